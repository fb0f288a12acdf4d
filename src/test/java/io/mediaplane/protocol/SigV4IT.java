package io.mediaplane.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.LiveServer;
import io.mediaplane.support.TestServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;
import software.amazon.awssdk.services.mediastore.model.MediaStoreException;

/** SigV4 against the running server: requests signed by the real SDK signer, then tampered with. */
class SigV4IT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String LIST = "{\"MaxResults\":5}";

    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    /** A ListContainers request signed by the SDK's signer at {@code at}, optionally presigned. */
    static SdkHttpRequest signed(String secret, Instant at, String body, Duration presign) {
        SdkHttpFullRequest unsigned = SdkHttpFullRequest.builder()
                .uri(server.endpoint())
                .method(SdkHttpMethod.POST)
                .putHeader("X-Amz-Target", "MediaStore_20170901.ListContainers")
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .build();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return AwsV4HttpSigner.create()
                .sign(r -> {
                    r.identity(AwsCredentialsIdentity.create("test", secret))
                            .request(unsigned)
                            .payload(() -> new ByteArrayInputStream(bytes))
                            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "mediastore")
                            .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                            .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC));
                    if (presign != null) {
                        r.putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
                                .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, presign);
                    }
                })
                .request();
    }

    static HttpResponse<String> send(SdkHttpRequest request, String body, Map<String, String> override)
            throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(request.getUri()).POST(HttpRequest.BodyPublishers.ofString(body));
        request.headers().forEach((k, values) -> {
            if (!List.of("host", "content-length").contains(k.toLowerCase()) && !override.containsKey(k)) {
                values.forEach(v -> b.header(k, v));
            }
        });
        override.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertRejected(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(code, r.headers().firstValue("x-amzn-ErrorType").orElse(null), r.body());
        assertTrue(r.body().contains("\"__type\":\"" + code + "\""), r.body());
    }

    @Test
    void aFreshSignatureIsAccepted() throws Exception {
        assertEquals(
                200,
                send(signed("test", Instant.now(), LIST, null), LIST, Map.of()).statusCode());
    }

    @Test
    void wrongSecretAndUnknownKeyThroughTheSdk() {
        try (MediaStoreClient wrong = Clients.mediaStore(server.endpoint(), "test", "not-the-secret", "us-east-1");
                MediaStoreClient unknown = Clients.mediaStore(server.endpoint(), "AKIDUNKNOWN", "x", "us-east-1")) {
            MediaStoreException e = assertThrows(MediaStoreException.class, () -> wrong.listContainers(r -> {}));
            assertEquals("InvalidSignatureException", e.awsErrorDetails().errorCode());
            assertEquals(403, e.statusCode());
            assertTrue(e.awsErrorDetails().errorMessage().contains("'test'"), "explains the configuration");
            MediaStoreException u = assertThrows(MediaStoreException.class, () -> unknown.listContainers(r -> {}));
            assertEquals("UnrecognizedClientException", u.awsErrorDetails().errorCode());
            assertEquals(403, u.statusCode());
        }
    }

    @Test
    void tamperedSignedHeaderOrBodyIsRejected() throws Exception {
        SdkHttpRequest ok = signed("test", Instant.now(), LIST, null);
        assertRejected(
                send(ok, LIST, Map.of("X-Amz-Target", "MediaStore_20170901.DescribeContainer")),
                403,
                "InvalidSignatureException");
        assertRejected(send(ok, "{\"MaxResults\":6}", Map.of()), 403, "InvalidSignatureException");
        String otherHash = "0".repeat(64);
        assertRejected(send(ok, LIST, Map.of("x-amz-content-sha256", otherHash)), 403, "InvalidSignatureException");
    }

    @Test
    void expiredAndFutureSignaturesAreRejected() throws Exception {
        assertRejected(
                send(signed("test", Instant.now().minus(Duration.ofMinutes(20)), LIST, null), LIST, Map.of()),
                403,
                "InvalidSignatureException");
        assertRejected(
                send(signed("test", Instant.now().plus(Duration.ofMinutes(20)), LIST, null), LIST, Map.of()),
                403,
                "InvalidSignatureException");
    }

    @Test
    void presignedRequestsWorkUntilTheyExpire() throws Exception {
        SdkHttpRequest presigned = signed("test", Instant.now(), LIST, Duration.ofMinutes(5));
        assertTrue(presigned.encodedQueryParameters().orElse("").contains("X-Amz-Signature="));
        assertEquals(200, send(presigned, LIST, Map.of()).statusCode());
        SdkHttpRequest old = signed("test", Instant.now().minus(Duration.ofMinutes(10)), LIST, Duration.ofMinutes(5));
        assertRejected(send(old, LIST, Map.of()), 403, "InvalidSignatureException");
        SdkHttpRequest wrong = signed("nope", Instant.now(), LIST, Duration.ofMinutes(5));
        assertRejected(send(wrong, LIST, Map.of()), 403, "InvalidSignatureException");
    }

    @Test
    void authNoneTakesTheAccountFromATwelveDigitKey() throws Exception {
        try (TestServer open = TestServer.start(Duration.ofSeconds(5), null, "none");
                MediaStoreClient client = Clients.mediaStore(open.endpoint(), "111122223333", "anything", "us-east-1");
                MediaStoreClient other = Clients.mediaStore(open.endpoint(), "whoever", "whatever", "us-east-1")) {
            String arn = client.createContainer(r -> r.containerName("open"))
                    .container()
                    .arn();
            assertEquals("arn:aws:mediastore:us-east-1:111122223333:container/open", arn);
            String defaultArn = other.createContainer(r -> r.containerName("open"))
                    .container()
                    .arn();
            assertEquals("arn:aws:mediastore:us-east-1:000000000000:container/open", defaultArn);
            var unsigned = HTTP.send(
                    HttpRequest.newBuilder(URI.create(open.endpoint() + "/"))
                            .header("X-Amz-Target", "MediaStore_20170901.ListContainers")
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, unsigned.statusCode());
            assertTrue(unsigned.body().contains(defaultArn), unsigned.body());
        }
    }
}
