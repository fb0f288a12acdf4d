package io.mediaplane.mediastore.data.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.mediastore.ContainerRecord;
import io.mediaplane.mediastore.PolicyShapes.ContainerLevelMetrics;
import io.mediaplane.mediastore.PolicyShapes.MetricPolicy;
import io.mediaplane.mediastore.PolicyShapes.MetricPolicyRule;
import io.mediaplane.mediastore.data.DataRequest;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricPolicyListenerTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MetricPolicyListener listener = new MetricPolicyListener(registry);

    private static final MetricPolicy FOOTBALL = new MetricPolicy(
            ContainerLevelMetrics.ENABLED,
            List.of(
                    new MetricPolicyRule("sports/football/saturday", "footballGroup1"),
                    new MetricPolicyRule("sports/football", "footballGroup2"),
                    new MetricPolicyRule("*.m3u8", "manifests")));

    static ContainerRecord container(String name, MetricPolicy policy) {
        return new ContainerRecord(name, "ep-" + name, 0, null, false, null, null, null, null, policy, Map.of());
    }

    static DataRequest request(ContainerRecord c, String operation, String path, int status, long in, long out) {
        return new DataRequest(
                c,
                operation,
                path,
                "GET",
                "/" + path,
                status,
                null,
                in,
                out,
                null,
                12,
                3,
                "r",
                "127.0.0.1",
                null,
                null,
                null,
                "localhost",
                Instant.EPOCH,
                false);
    }

    private double requests(String container, String group, String operation, String statusClass) {
        var c = registry.find("mediaplane.mediastore.requests")
                .tags(
                        "container",
                        container,
                        "object_group",
                        group,
                        "operation",
                        operation,
                        "status_class",
                        statusClass)
                .counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void countsPerContainerAndPerMatchingObjectGroup() {
        ContainerRecord c = container("LiveEvents", FOOTBALL);
        listener.completed(request(c, "GetObject", "sports/football/saturday/seg1.ts", 200, 0, 1000));
        listener.completed(request(c, "GetObject", "sports/football/sunday/seg1.ts", 404, 0, 80));
        listener.completed(request(c, "PutObject", "sports/football/index.m3u8", 200, 500, 0));
        listener.completed(request(c, "DeleteObject", "news/a.ts", 500, 0, 0));

        assertEquals(1, requests("LiveEvents", "", "GetObject", "2xx"));
        assertEquals(1, requests("LiveEvents", "", "GetObject", "4xx"));
        assertEquals(1, requests("LiveEvents", "", "PutObject", "2xx"));
        assertEquals(1, requests("LiveEvents", "", "DeleteObject", "5xx"));
        assertEquals(1, requests("LiveEvents", "footballGroup1", "GetObject", "2xx"));
        assertEquals(0, requests("LiveEvents", "footballGroup1", "GetObject", "4xx"));
        assertEquals(1, requests("LiveEvents", "footballGroup2", "GetObject", "2xx"));
        assertEquals(1, requests("LiveEvents", "footballGroup2", "GetObject", "4xx"));
        assertEquals(1, requests("LiveEvents", "footballGroup2", "PutObject", "2xx"));
        assertEquals(1, requests("LiveEvents", "manifests", "PutObject", "2xx"));
        assertEquals(0, requests("LiveEvents", "manifests", "DeleteObject", "5xx"));

        String text = registry.scrape();
        assertTrue(
                text.contains("mediaplane_mediastore_requests_total{container=\"LiveEvents\",object_group="
                        + "\"footballGroup2\",operation=\"GetObject\",status_class=\"4xx\"} 1"),
                text);
        assertTrue(
                text.contains("mediaplane_mediastore_bytes_downloaded_total{container=\"LiveEvents\","
                        + "object_group=\"\"} 1080"),
                text);
        assertTrue(
                text.contains("mediaplane_mediastore_bytes_uploaded_total{container=\"LiveEvents\","
                        + "object_group=\"manifests\"} 500"),
                text);
        assertTrue(
                text.contains("mediaplane_mediastore_total_time_seconds_count{container=\"LiveEvents\","
                        + "object_group=\"footballGroup1\",operation=\"GetObject\"} 1"),
                text);
        assertTrue(
                text.contains("mediaplane_mediastore_turnaround_time_seconds_sum{container=\"LiveEvents\","
                        + "object_group=\"footballGroup1\",operation=\"GetObject\"} 0.003"),
                text);
    }

    @Test
    void disabledContainerLevelMetricsCountOnlyObjectGroups() {
        ContainerRecord c = container(
                "c", new MetricPolicy(ContainerLevelMetrics.DISABLED, List.of(new MetricPolicyRule("live", "live"))));
        listener.completed(request(c, "GetObject", "live/a.ts", 200, 0, 10));
        listener.completed(request(c, "GetObject", "vod/a.ts", 200, 0, 10));
        assertEquals(0, requests("c", "", "GetObject", "2xx"));
        assertEquals(1, requests("c", "live", "GetObject", "2xx"));
        assertFalse(registry.scrape().contains("object_group=\"\""));
    }

    @Test
    void containersWithoutMetricPolicyAreNotCounted() {
        listener.completed(request(container("plain", null), "GetObject", "a", 200, 0, 10));
        assertFalse(registry.scrape().contains("mediaplane_mediastore_requests_total"));
    }

    @Test
    void labelValuesStayBounded() {
        MetricPolicyListener bounded = new MetricPolicyListener(registry, 2);
        MetricPolicy enabled = new MetricPolicy(ContainerLevelMetrics.ENABLED, null);
        bounded.completed(request(container("a", enabled), "GetObject", "x", 200, 0, 0));
        bounded.completed(request(container("b", enabled), "Bogus", "x", 200, 0, 0));
        bounded.completed(request(container("c", enabled), "GetObject", "x", 200, 0, 0));
        bounded.completed(request(container("d", enabled), "GetObject", "x", 200, 0, 0));
        bounded.completed(request(container("a", enabled), "GetObject", "x", 200, 0, 0));
        assertEquals(2, requests("a", "", "GetObject", "2xx"));
        assertEquals(1, requests("b", "", "Other", "2xx"));
        assertEquals(2, requests(MetricPolicyListener.OVERFLOW, MetricPolicyListener.OVERFLOW, "GetObject", "2xx"));
        assertEquals(0, requests("c", "", "GetObject", "2xx"));
    }
}
