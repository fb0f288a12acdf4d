package io.mediaplane.observe;

import io.mediaplane.protocol.RequestObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The Prometheus registry: requests by service, operation and status, their latency histogram,
 * and JVM metrics. Meters are cached per label set, so recording stays cheap on the hot path.
 */
public final class Metrics implements RequestObserver, AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ConcurrentHashMap<String, Meters> meters = new ConcurrentHashMap<>();
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final ConcurrentHashMap<String, Supplier<?>> views = new ConcurrentHashMap<>();

    private record Meters(Counter count, Timer latency) {}

    /** Binds the JVM's memory, thread, GC, CPU and uptime meters; done once the server is ready. */
    public void bindJvmMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc.bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void answered(String service, String operation, int status, long nanos) {
        String key = service + '\0' + operation + '\0' + status;
        Meters m = meters.computeIfAbsent(
                key,
                k -> new Meters(
                        Counter.builder("mediaplane.requests")
                                .description("API requests answered")
                                .tags("service", service, "operation", operation, "status", Integer.toString(status))
                                .register(registry),
                        Timer.builder("mediaplane.request.duration")
                                .description("time to answer an API request")
                                .tags("service", service, "operation", operation)
                                .publishPercentileHistogram()
                                .register(registry)));
        m.count().increment();
        m.latency().record(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Serves {@code supplier}'s value as JSON at {@code /_mediaplane/<name>}: for what a service
     * reports per resource, which would make too many metric series (e.g. per-flow counters).
     */
    public void view(String name, Supplier<?> supplier) {
        views.put(name, supplier);
    }

    /** The view at {@code name}, or null. */
    public Supplier<?> view(String name) {
        return views.get(name);
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
