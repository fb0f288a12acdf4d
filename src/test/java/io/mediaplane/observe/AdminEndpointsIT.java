package io.mediaplane.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;

class AdminEndpointsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAndMetrics() throws Exception {
        try (TestServer server = TestServer.start();
                MediaStoreClient client = Clients.mediaStore(server.endpoint())) {
            HttpResponse<String> health = get(server.endpoint().resolve("/_mediaplane/health"));
            assertEquals(200, health.statusCode());
            assertTrue(
                    health.body().contains("\"status\":\"ok\"") && health.body().contains("\"mediastore\""),
                    health.body());
            assertTrue(
                    health.body()
                            .contains(
                                    "\"services\":[\"mediastore\",\"mediastore-data\",\"mediaconnect\",\"mediatailor\",\"mediapackage-vod\",\"secretsmanager\"]"),
                    "health lists exactly the services mounted: " + health.body());
            assertTrue(health.headers().firstValue("x-amzn-RequestId").isEmpty());

            client.listContainers(r -> {});
            try {
                client.describeContainer(r -> r.containerName("missing"));
            } catch (RuntimeException expected) {
                // counted below
            }
            String metrics =
                    get(server.endpoint().resolve("/_mediaplane/metrics")).body();
            assertTrue(
                    metrics.contains(
                            "mediaplane_requests_total{operation=\"ListContainers\",service=\"mediastore\",status=\"200\"} 1.0"),
                    metrics);
            assertTrue(
                    metrics.contains(
                            "mediaplane_requests_total{operation=\"DescribeContainer\",service=\"mediastore\",status=\"400\"} 1.0"));
            assertTrue(metrics.contains("mediaplane_request_duration_seconds_bucket"));
            assertTrue(metrics.contains("jvm_memory_used_bytes"));
        }
    }

    @Test
    void everyApiResponseCarriesARequestIdAndUnroutableRequestsGetClearErrors() throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> r = get(server.endpoint().resolve("/no/such/api"));
            assertEquals(404, r.statusCode());
            assertTrue(r.headers().firstValue("x-amzn-RequestId").isPresent());
            assertEquals(
                    "UnknownOperationException",
                    r.headers().firstValue("x-amzn-ErrorType").orElseThrow());
            assertTrue(r.body().contains("No operation of any service matches GET /no/such/api"), r.body());
            HttpResponse<String> data = get(server.endpoint().resolve("/mediastore-data/abcdefghijklmn/a.ts"));
            assertEquals(404, data.statusCode());
            assertTrue(data.headers().firstValue("x-amzn-RequestId").isPresent());
            assertEquals(
                    "ContainerNotFoundException",
                    data.headers().firstValue("x-amzn-ErrorType").orElseThrow());
        }
    }
}
