package io.mediaplane.mediastore.data.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mediaplane.support.Clients;
import io.mediaplane.support.Containers;
import io.mediaplane.support.LiveServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastore.model.ContainerLevelMetrics;
import software.amazon.awssdk.services.mediastore.model.MetricPolicyRule;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;
import software.amazon.awssdk.services.mediastoredata.model.ObjectNotFoundException;

/** Metric policies on the real server: counters per container and object group at /_mediaplane/metrics. */
class MetricPolicyIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    private static String scrape() throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(server.endpoint() + "/_mediaplane/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** Listeners run just after the response is sent: waits until every expected line is in the scrape. */
    private static String awaitLines(List<String> lines) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String text = scrape();
            if (lines.stream().allMatch(text::contains)) {
                return text;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("missing "
                        + lines.stream().filter(l -> !text.contains(l)).toList() + " in\n" + text);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void countsPerContainerAndObjectGroup() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "metered");
        String name = Containers.nameOf(server, endpoint);
        String plainEndpoint = Containers.activeEndpoint(server, "unmetered");
        String plain = Containers.nameOf(server, plainEndpoint);
        server.mediaStore()
                .putMetricPolicy(r -> r.containerName(name)
                        .metricPolicy(p -> p.containerLevelMetrics(ContainerLevelMetrics.ENABLED)
                                .metricPolicyRules(
                                        MetricPolicyRule.builder()
                                                .objectGroup("sports/football")
                                                .objectGroupName("football")
                                                .build(),
                                        MetricPolicyRule.builder()
                                                .objectGroup("*.m3u8")
                                                .objectGroupName("manifests")
                                                .build())));
        MediaStoreDataClient data = Clients.mediaStoreData(endpoint);
        data.putObject(
                r -> r.path("sports/football/index.m3u8"),
                RequestBody.fromBytes("#EXTM3U\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        data.putObject(
                r -> r.path("sports/football/seg1.ts"),
                RequestBody.fromBytes("0123456789".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        data.getObjectAsBytes(r -> r.path("sports/football/seg1.ts"));
        try {
            data.getObjectAsBytes(r -> r.path("news/missing.ts"));
        } catch (ObjectNotFoundException expected) {
            // counted as a 4xx
        }
        Clients.mediaStoreData(plainEndpoint)
                .putObject(
                        r -> r.path("a.ts"),
                        RequestBody.fromBytes("x".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        String c = "container=\"" + name + "\"";
        String text = awaitLines(List.of(
                "mediaplane_mediastore_requests_total{" + c + ",object_group=\"\",operation=\"PutObject\","
                        + "status_class=\"2xx\"} 2",
                "mediaplane_mediastore_requests_total{" + c + ",object_group=\"\",operation=\"GetObject\","
                        + "status_class=\"4xx\"} 1",
                "mediaplane_mediastore_requests_total{" + c + ",object_group=\"football\",operation=\"PutObject\","
                        + "status_class=\"2xx\"} 2",
                "mediaplane_mediastore_requests_total{" + c + ",object_group=\"football\",operation=\"GetObject\","
                        + "status_class=\"2xx\"} 1",
                "mediaplane_mediastore_requests_total{" + c + ",object_group=\"manifests\",operation=\"PutObject\","
                        + "status_class=\"2xx\"} 1",
                "mediaplane_mediastore_bytes_uploaded_total{" + c + ",object_group=\"football\"} 18",
                "mediaplane_mediastore_bytes_downloaded_total{" + c + ",object_group=\"football\"} 10"));
        assertFalse(text.contains("object_group=\"football\",operation=\"GetObject\",status_class=\"4xx\""));
        assertFalse(text.contains("container=\"" + plain + "\""));
    }
}
