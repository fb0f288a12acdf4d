package io.mediaplane.auth;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Signs requests with the real AWS SDK for Java v2 signer ({@link AwsV4HttpSigner}, defaults: double
 * URL encoding and path normalisation on) at a fixed instant.
 */
final class SdkSigner {

    static {
        // the SDK signer logs every canonical request at DEBUG; keep the test output readable
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("software.amazon.awssdk"))
                .setLevel(ch.qos.logback.classic.Level.INFO);
    }

    static final Instant SIGNED_AT = Instant.parse("2025-01-01T00:00:00Z");
    static final String AMZ_DATE = "20250101T000000Z";

    private final AwsCredentialsIdentity identity;
    private String service = "mediastore";
    private String region = "us-east-1";
    private boolean payloadSigning = true;
    private Duration presignFor;

    private SdkSigner(AwsCredentialsIdentity identity) {
        this.identity = identity;
    }

    static SdkSigner as(String accessKeyId, String secret) {
        return new SdkSigner(AwsCredentialsIdentity.create(accessKeyId, secret));
    }

    static SdkSigner withSessionToken(String accessKeyId, String secret, String token) {
        return new SdkSigner(AwsSessionCredentialsIdentity.create(accessKeyId, secret, token));
    }

    SdkSigner service(String s) {
        this.service = s;
        return this;
    }

    SdkSigner region(String r) {
        this.region = r;
        return this;
    }

    /** Off: over https the signer sends UNSIGNED-PAYLOAD; over http it signs the payload anyway. */
    SdkSigner payloadSigning(boolean on) {
        this.payloadSigning = on;
        return this;
    }

    /** Presign into the query string instead of the Authorization header. */
    SdkSigner presign(Duration expires) {
        this.presignFor = expires;
        return this;
    }

    /** Signs; {@code uri} carries the path and query, which the SDK then encodes as it would send them. */
    TestRequest sign(SdkHttpMethod method, SdkHttpFullRequest.Builder request, String body) {
        SdkHttpFullRequest unsigned = request.method(method).build();
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        var signed = AwsV4HttpSigner.create().sign(r -> {
            r.identity(identity)
                    .request(unsigned)
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                    .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, payloadSigning)
                    .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(SIGNED_AT, ZoneOffset.UTC));
            if (bytes != null) {
                r.payload(() -> new ByteArrayInputStream(bytes));
            }
            if (presignFor != null) {
                r.putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
                        .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, presignFor);
            }
        });
        return TestRequest.of(signed.request());
    }

    static SdkHttpFullRequest.Builder request(String uri) {
        return SdkHttpFullRequest.builder().uri(URI.create(uri));
    }

    static String sha256Hex(String body) {
        return sha256Hex(body.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
