package io.mediaplane.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SigV4 by hand, for requests an SDK would never send: every choice an attacker could bend is the
 * test's (which headers the signature covers, the payload hash it claims, the scope), and headers
 * can be added or changed after signing. Paths must be plain (unreserved characters and '/'),
 * queries empty: the canonical forms here are the simple ones.
 */
public final class RawSigV4 {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final URI endpoint;
    private final String method;
    private final String path;
    private final Map<String, String> signed = new LinkedHashMap<>();
    private final Map<String, String> unsigned = new LinkedHashMap<>();
    private String accessKey = "test";
    private String secret = "test";
    private String region = "us-east-1";
    private String service = "mediastore";
    private String payloadHash;
    private byte[] signedBody = new byte[0];
    private byte[] sentBody;

    private RawSigV4(URI endpoint, String method, String path) {
        this.endpoint = endpoint;
        this.method = method;
        this.path = path;
    }

    /** A request to {@code path} on the server at {@code endpoint}, signed by test/test for mediastore in us-east-1. */
    public static RawSigV4 request(URI endpoint, String method, String path) {
        return new RawSigV4(endpoint, method, path);
    }

    /** A MediaStore (awsJson1.1) call with its target and content type signed. */
    public static RawSigV4 mediaStore(URI endpoint, String operation, String json) {
        return request(endpoint, "POST", "/")
                .header("X-Amz-Target", "MediaStore_20170901." + operation)
                .header("Content-Type", "application/x-amz-json-1.1")
                .body(json);
    }

    /** A header the signature covers. */
    public RawSigV4 header(String name, String value) {
        signed.put(name, value);
        return this;
    }

    /** A header sent but left out of the signature (or, for a signed name, sent with another value). */
    public RawSigV4 unsignedHeader(String name, String value) {
        unsigned.put(name, value);
        return this;
    }

    public RawSigV4 as(String accessKey, String secret) {
        this.accessKey = accessKey;
        this.secret = secret;
        return this;
    }

    /** The credential scope's region and service. */
    public RawSigV4 scope(String region, String service) {
        this.region = region;
        this.service = service;
        return this;
    }

    /** The body signed (and sent, unless {@link #sendBody} says otherwise). */
    public RawSigV4 body(String text) {
        signedBody = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** Another body than the one signed, as a tampering proxy would send. */
    public RawSigV4 sendBody(String text) {
        sentBody = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** Declares {@code x-amz-content-sha256} (signed) as this value, e.g. UNSIGNED-PAYLOAD. */
    public RawSigV4 payloadHash(String value) {
        payloadHash = value;
        return this;
    }

    /** The headers to send: the signed ones, X-Amz-Date, Authorization, then the unsigned ones. */
    public Map<String, String> headers(Instant at) {
        Map<String, String> all = new LinkedHashMap<>(signed);
        String amzDate = AMZ_DATE.format(at);
        all.put("X-Amz-Date", amzDate);
        if (payloadHash != null) {
            all.put("x-amz-content-sha256", payloadHash);
        }
        TreeMap<String, String> canonical = new TreeMap<>();
        all.forEach((k, v) -> canonical.put(k.toLowerCase(Locale.ROOT), v.trim()));
        canonical.put("host", endpoint.getHost() + ":" + endpoint.getPort());
        String names = String.join(";", canonical.keySet());
        StringBuilder request =
                new StringBuilder().append(method).append('\n').append(path).append("\n\n");
        canonical.forEach((k, v) -> request.append(k).append(':').append(v).append('\n'));
        request.append('\n')
                .append(names)
                .append('\n')
                .append(payloadHash != null ? payloadHash : hex(sha256(signedBody)));
        String date = amzDate.substring(0, 8);
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(request.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(hmac(hmac(key, region), service), "aws4_request");
        all.put(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + names + ", Signature="
                        + hex(hmac(key, toSign)));
        all.putAll(unsigned);
        return all;
    }

    /** The bytes to send as the body. */
    public byte[] bodyToSend() {
        return sentBody != null ? sentBody : signedBody;
    }

    /** Signs now and sends. */
    public HttpResponse<String> send() throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bodyToSend()));
        headers(Instant.now()).forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A MediaStore call with no signature at all. */
    public static HttpResponse<String> unsignedMediaStore(URI endpoint, String operation) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(endpoint.resolve("/"))
                        .header("X-Amz-Target", "MediaStore_20170901." + operation)
                        .header("Content-Type", "application/x-amz-json-1.1")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An anonymous GET. */
    public static HttpResponse<String> unsignedGet(URI endpoint, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(endpoint.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
