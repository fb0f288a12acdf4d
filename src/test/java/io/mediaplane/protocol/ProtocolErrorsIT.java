package io.mediaplane.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.LiveServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;
import software.amazon.awssdk.services.mediastoredata.model.MediaStoreDataException;

/** What a client that is not an AWS SDK may send: each gets a clear 4xx in the right dialect, never a 500. */
class ProtocolErrorsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    static HttpResponse<String> post(Map<String, String> headers, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.endpoint().resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertError(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(code, r.headers().firstValue("x-amzn-ErrorType").orElse(null), r.body());
        assertTrue(r.headers().firstValue("x-amzn-RequestId").isPresent());
    }

    @Test
    void unsignedControlPlaneRequestsAreRefused() throws Exception {
        var r = post(
                Map.of(
                        "X-Amz-Target",
                        "MediaStore_20170901.ListContainers",
                        "Content-Type",
                        "application/x-amz-json-1.1"),
                "{}".getBytes());
        assertError(r, 403, "MissingAuthenticationTokenException");
        assertTrue(r.body().contains("\"__type\":\"MissingAuthenticationTokenException\""), r.body());
        assertTrue(r.body().contains("'test'"), "the message says how to configure credentials: " + r.body());
    }

    @Test
    void malformedAuthorizationIsAnIncompleteSignature() throws Exception {
        var r = post(
                Map.of(
                        "X-Amz-Target",
                        "MediaStore_20170901.ListContainers",
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=test/20250101"),
                "{}".getBytes());
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(
                "IncompleteSignatureException",
                r.headers().firstValue("x-amzn-ErrorType").orElse(null));
    }

    /**
     * With AWS_ENDPOINT_URL (one endpoint for every service) the CLI sends mediastore-data's REST
     * calls, signed as mediastore, to the server's endpoint: the answer says where they belong.
     */
    @Test
    void mediaStoreDataAtTheServiceEndpointIsToldWhereItsEndpointIs() {
        try (MediaStoreDataClient misdirected =
                Clients.mediaStoreData(server.endpoint().toString())) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(
                    MediaStoreDataException.class,
                    () -> misdirected.putObject(r -> r.path("hls/seg1.ts"), RequestBody.fromString("x")));
            assertEquals(404, e.statusCode());
            assertEquals("UnknownOperationException", e.awsErrorDetails().errorCode());
            String message = e.awsErrorDetails().errorMessage();
            assertTrue(message.startsWith("PUT /hls/seg1.ts is not a mediastore operation."), message);
            assertTrue(message.contains("each container's own Endpoint (DescribeContainer"), message);
            assertTrue(message.contains("AWS_ENDPOINT_URL_MEDIASTORE_DATA or --endpoint-url"), message);
        }
    }

    @Test
    void unknownTargetsAreUnknownOperations() throws Exception {
        assertError(
                post(Map.of("X-Amz-Target", "MediaStore_20170901.FlyToTheMoon"), "{}".getBytes()),
                400,
                "UnknownOperationException");
        var unknownService = post(Map.of("X-Amz-Target", "Nothing_20200101.Op"), "{}".getBytes());
        assertError(unknownService, 400, "UnknownOperationException"); // awsJson1.1 answers every unknown target 400
        assertTrue(unknownService.body().contains("\"Message\""), "in the awsJson1.1 shape: " + unknownService.body());
    }

    @Test
    void oversizeBodiesAreRefusedBeforeAnythingElse() throws Exception {
        byte[] big = new byte[(1 << 20) + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        assertError(
                post(Map.of("X-Amz-Target", "MediaStore_20170901.ListContainers"), big),
                413,
                "RequestEntityTooLargeException");
    }

    @Test
    void healthIsNotAnApi() throws Exception {
        var r = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.endpoint() + "/_mediaplane/nope"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());
    }
}
