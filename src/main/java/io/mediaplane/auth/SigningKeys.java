package io.mediaplane.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 and SHA-256 with per-thread instances, and the derived SigV4 signing keys, cached per
 * (secret, date, region, service): a key changes once a day, and deriving it costs four HMACs.
 * The cache is bounded by clearing it when full; only known access keys reach it.
 */
final class SigningKeys {

    static final String HMAC_SHA256 = "HmacSHA256";
    private static final int MAX_CACHED = 1024;
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(SigningKeys::newMac);
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(SigningKeys::newSha256);

    private record CacheKey(String secret, String date, String region, String service) {}

    private final ConcurrentHashMap<CacheKey, SecretKeySpec> cache = new ConcurrentHashMap<>();

    /** The signing key: HMAC chain "AWS4"+secret -> date -> region -> service -> "aws4_request". */
    SecretKeySpec signingKey(String secret, SignatureScope scope) {
        CacheKey key = new CacheKey(secret, scope.date(), scope.region(), scope.service());
        SecretKeySpec cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] k = ("AWS4" + secret).getBytes(StandardCharsets.UTF_8);
        k = hmac(k, scope.date());
        k = hmac(k, scope.region());
        k = hmac(k, scope.service());
        k = hmac(k, SignatureScope.TERMINATOR);
        SecretKeySpec derived = new SecretKeySpec(k, HMAC_SHA256);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, derived);
        return derived;
    }

    int cachedKeys() {
        return cache.size();
    }

    static byte[] hmac(byte[] key, String data) {
        return hmac(new SecretKeySpec(key, HMAC_SHA256), data.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(SecretKeySpec key, byte[] data) {
        Mac mac = mac();
        try {
            mac.init(key);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
        return mac.doFinal(data);
    }

    /** SHA-256 of {@code prefix} followed by {@code suffix}. */
    static byte[] sha256(byte[] prefix, byte[] suffix) {
        MessageDigest md = sha256();
        md.reset();
        md.update(prefix);
        md.update(suffix);
        return md.digest();
    }

    /** Per-thread instances; a virtual thread gets a fresh one, since caching it would outlive the request. */
    private static Mac mac() {
        return Thread.currentThread().isVirtual() ? newMac() : MAC.get();
    }

    private static MessageDigest sha256() {
        return Thread.currentThread().isVirtual() ? newSha256() : SHA256.get();
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance(HMAC_SHA256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
