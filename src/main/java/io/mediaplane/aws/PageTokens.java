package io.mediaplane.aws;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, stable pagination tokens: the cursor (the last key a page returned) sealed with an
 * HMAC over the listing it belongs to, in the standard base64 alphabet MediaStore's pattern
 * allows. A token from another listing, account or a tampered one is refused. The key lives in
 * the metadata store, so tokens stay valid across restarts and across nodes.
 */
public final class PageTokens {
    private static final int MAC_BYTES = 16;
    private final SecretKeySpec key;

    public PageTokens(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Seals a cursor for one listing (e.g. "mediastore/ListContainers/<account>/<region>"). */
    public String issue(String listing, String cursor) {
        byte[] body = cursor.getBytes(StandardCharsets.UTF_8);
        byte[] mac = mac(listing, body);
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(body.length + MAC_BYTES)
                        .put(body)
                        .put(mac)
                        .array());
    }

    /** Opens a token issued for this listing; throws IllegalArgumentException when it is not one. */
    public String open(String listing, String token) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The pagination token is not valid");
        }
        if (raw.length < MAC_BYTES) {
            throw new IllegalArgumentException("The pagination token is not valid");
        }
        byte[] body = Arrays.copyOf(raw, raw.length - MAC_BYTES);
        byte[] mac = Arrays.copyOfRange(raw, raw.length - MAC_BYTES, raw.length);
        if (!MessageDigest.isEqual(mac, mac(listing, body))) {
            throw new IllegalArgumentException("The pagination token is not valid for this request");
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private byte[] mac(String listing, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(listing.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(body), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
