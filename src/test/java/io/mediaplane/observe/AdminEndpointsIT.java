package io.mediaplane.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Assumptions;
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
            assertTrue(r.body().contains("No operation of any service matches GET '/no/such/api'"), r.body());
            HttpResponse<String> data = get(server.endpoint().resolve("/mediastore-data/abcdefghijklmn/a.ts"));
            assertEquals(404, data.statusCode());
            assertTrue(data.headers().firstValue("x-amzn-RequestId").isPresent());
            assertEquals(
                    "ContainerNotFoundException",
                    data.headers().firstValue("x-amzn-ErrorType").orElseThrow());
        }
    }

    static HttpResponse<String> get(URI uri, String authorization) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", authorization)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTokenGuardsMetricsButNotHealth() throws Exception {
        try (TestServer server = TestServer.start(c -> c.withAdmin("127.0.0.1", null, "s3cret-token"))) {
            URI metrics = server.endpoint().resolve("/_mediaplane/metrics");
            HttpResponse<String> none = get(metrics);
            assertEquals(401, none.statusCode(), none.body());
            assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertTrue(!none.body().contains("mediaplane_"), none.body());
            assertEquals(401, get(metrics, "Bearer wrong").statusCode());
            assertEquals(401, get(metrics, "s3cret-token").statusCode());
            HttpResponse<String> ok = get(metrics, "Bearer s3cret-token");
            assertEquals(200, ok.statusCode());
            assertTrue(ok.body().contains("jvm_memory_used_bytes"));
            assertEquals(
                    200, get(server.endpoint().resolve("/_mediaplane/health")).statusCode());
        }
    }

    @Test
    void aSeparateAdminListenerTakesTheAdminPathsOffTheApiPort() throws Exception {
        try (TestServer server = TestServer.start(c -> c.withAdmin("127.0.0.1", 0, null))) {
            int adminPort = server.mediaplane().adminPort();
            URI admin = URI.create("http://127.0.0.1:" + adminPort + "/_mediaplane/");
            assertEquals(200, get(admin.resolve("health")).statusCode());
            HttpResponse<String> metrics = get(admin.resolve("metrics"));
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.body().contains("jvm_memory_used_bytes"));
            HttpResponse<String> onApi = get(server.endpoint().resolve("/_mediaplane/metrics"));
            assertEquals(404, onApi.statusCode(), onApi.body());
            assertTrue(!onApi.body().contains("jvm_memory_used_bytes"), onApi.body());
            assertEquals(404, get(admin.resolve("/v1/flows")).statusCode(), "the admin port serves no API");
        }
    }

    @Test
    void withoutATokenOnlyLoopbackClientsMayScrape() throws Exception {
        String address = nonLoopbackAddress();
        Assumptions.assumeTrue(address != null, "skipped: this machine has no non-loopback IPv4 address");
        try (TestServer server = TestServer.start(c -> c.withHost("0.0.0.0"))) {
            URI outside = URI.create("http://" + address + ":" + server.port() + "/_mediaplane/");
            HttpResponse<String> metrics = get(outside.resolve("metrics"));
            assertEquals(403, metrics.statusCode(), metrics.body());
            assertTrue(!metrics.body().contains("mediaplane_"), metrics.body());
            assertEquals(200, get(outside.resolve("health")).statusCode());
            assertEquals(
                    200,
                    get(URI.create("http://127.0.0.1:" + server.port() + "/_mediaplane/metrics"))
                            .statusCode());
        }
    }

    private static String nonLoopbackAddress() throws Exception {
        for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (var a : java.util.Collections.list(nic.getInetAddresses())) {
                if (a instanceof java.net.Inet4Address && !a.isLoopbackAddress()) {
                    return a.getHostAddress();
                }
            }
        }
        return null;
    }
}
