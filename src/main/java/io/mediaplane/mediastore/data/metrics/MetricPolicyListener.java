package io.mediaplane.mediastore.data.metrics;

import io.mediaplane.mediastore.PolicyShapes.ContainerLevelMetrics;
import io.mediaplane.mediastore.PolicyShapes.MetricPolicy;
import io.mediaplane.mediastore.PolicyShapes.MetricPolicyRule;
import io.mediaplane.mediastore.data.DataRequest;
import io.mediaplane.mediastore.data.DataRequestListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts data-plane requests as a container's metric policy asks, in the shape of MediaStore's CloudWatch metrics
 * (RequestCount, 4xxErrorCount, 5xxErrorCount, BytesUploaded, BytesDownloaded, TotalTime, TurnAroundTime):
 * <ul>
 *   <li>{@code mediaplane_mediastore_requests_total{container, object_group, operation, status_class}}</li>
 *   <li>{@code mediaplane_mediastore_bytes_uploaded_total{container, object_group}} (PutObject request bodies)</li>
 *   <li>{@code mediaplane_mediastore_bytes_downloaded_total{container, object_group}} (GetObject response bodies)</li>
 *   <li>{@code mediaplane_mediastore_total_time_seconds} and {@code mediaplane_mediastore_turnaround_time_seconds}
 *       {@code {container, object_group, operation}} (count, sum, max)</li>
 * </ul>
 * Container-level series ({@code ContainerLevelMetrics: ENABLED}) have {@code object_group=""}; each rule whose
 * ObjectGroup covers the request's path ({@link ObjectGroups}) adds a series labelled with its ObjectGroupName, so
 * a request matching two rules counts in both, as CloudWatch shows one data point per matching rule. Containers
 * without a metric policy are not counted. Label values are bounded: operations outside the data plane's six are
 * {@code Other}, and past {@link #MAX_SERIES} container/group pairs new pairs count under {@code _overflow}.
 */
public final class MetricPolicyListener implements DataRequestListener {
    /** Most distinct (container, object group) label pairs kept. */
    public static final int MAX_SERIES = 2000;

    static final String OVERFLOW = "_overflow";
    private static final Set<String> OPERATIONS =
            Set.of("PutObject", "GetObject", "DescribeObject", "DeleteObject", "ListItems", "Preflight");

    private final MeterRegistry registry;
    private final int maxSeries;
    private final Set<String> groups = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, Meters> meters = new ConcurrentHashMap<>();

    private record Meters(Counter requests, Counter uploaded, Counter downloaded, Timer total, Timer turnaround) {}

    public MetricPolicyListener(MeterRegistry registry) {
        this(registry, MAX_SERIES);
    }

    MetricPolicyListener(MeterRegistry registry, int maxSeries) {
        this.registry = registry;
        this.maxSeries = maxSeries;
    }

    @Override
    public void completed(DataRequest request) {
        MetricPolicy policy = request.container().metricPolicy();
        if (policy == null) {
            return;
        }
        if (policy.containerLevelMetrics() == ContainerLevelMetrics.ENABLED) {
            record(request, "");
        }
        if (policy.metricPolicyRules() != null) {
            for (MetricPolicyRule rule : policy.metricPolicyRules()) {
                if (ObjectGroups.covers(rule.objectGroup(), request.objectPath())) {
                    record(request, rule.objectGroupName());
                }
            }
        }
    }

    private void record(DataRequest r, String group) {
        String container = r.container().name();
        String pair = container + '\0' + group;
        if (!groups.contains(pair)) {
            if (groups.size() >= maxSeries) {
                container = OVERFLOW;
                group = OVERFLOW;
            } else {
                groups.add(pair);
            }
        }
        String operation = OPERATIONS.contains(r.operation()) ? r.operation() : "Other";
        String statusClass = (r.httpStatus() / 100) + "xx";
        Meters m = meters(container, group, operation, statusClass);
        m.requests().increment();
        if (operation.equals("PutObject")) {
            m.uploaded().increment(r.bytesReceived());
        } else if (operation.equals("GetObject")) {
            m.downloaded().increment(r.bytesSent());
        }
        m.total().record(r.totalTimeMillis(), TimeUnit.MILLISECONDS);
        m.turnaround().record(r.turnAroundTimeMillis(), TimeUnit.MILLISECONDS);
    }

    private Meters meters(String container, String group, String operation, String statusClass) {
        String key = container + '\0' + group + '\0' + operation + '\0' + statusClass;
        return meters.computeIfAbsent(
                key,
                k -> new Meters(
                        Counter.builder("mediaplane.mediastore.requests")
                                .description("MediaStore data-plane requests")
                                .tags(
                                        "container",
                                        container,
                                        "object_group",
                                        group,
                                        "operation",
                                        operation,
                                        "status_class",
                                        statusClass)
                                .register(registry),
                        Counter.builder("mediaplane.mediastore.bytes.uploaded")
                                .description("bytes received by PutObject")
                                .tags("container", container, "object_group", group)
                                .register(registry),
                        Counter.builder("mediaplane.mediastore.bytes.downloaded")
                                .description("bytes sent by GetObject")
                                .tags("container", container, "object_group", group)
                                .register(registry),
                        Timer.builder("mediaplane.mediastore.total.time")
                                .description("first request byte received to last response byte sent")
                                .tags("container", container, "object_group", group, "operation", operation)
                                .register(registry),
                        Timer.builder("mediaplane.mediastore.turnaround.time")
                                .description("last request byte received to first response byte sent")
                                .tags("container", container, "object_group", group, "operation", operation)
                                .register(registry)));
    }
}
