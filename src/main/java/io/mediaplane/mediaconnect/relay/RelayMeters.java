package io.mediaplane.mediaconnect.relay;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.ToDoubleFunction;

/**
 * The relay's Prometheus meters: server-wide totals over every flow, a fixed set however many
 * flows run ({@code mediaplane_mediaconnect_source_*}, {@code _output_*}, {@code _flows_running}),
 * read from the relay's counters when scraped. Per-flow numbers are in the per-flow view
 * ({@link FlowRuntime#view()}): a thousand flows would otherwise be tens of thousands of series.
 */
final class RelayMeters implements AutoCloseable {
    private static final String PREFIX = "mediaplane.mediaconnect.";

    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    RelayMeters(MeterRegistry registry, RelayTotals totals, IntSupplier running) {
        this.registry = registry;
        meters.add(Gauge.builder(PREFIX + "flows.running", running, IntSupplier::getAsInt)
                .description("flows relaying on this server")
                .strongReference(true)
                .register(registry));
        for (Tally.Source key : Tally.Source.values()) {
            counter("source", key, totals, t -> t.source(key));
        }
        for (Tally.Output key : Tally.Output.values()) {
            counter("output", key, totals, t -> t.output(key));
        }
        RateGauge in = new RateGauge(() -> totals.source(Tally.Source.BYTES));
        meters.add(Gauge.builder(PREFIX + "source.bitrate", in, RateGauge::bitsPerSecond)
                .description("bits per second received by every flow")
                .baseUnit("bits")
                .strongReference(true)
                .register(registry));
        RateGauge out = new RateGauge(() -> totals.output(Tally.Output.BYTES));
        meters.add(Gauge.builder(PREFIX + "output.bitrate", out, RateGauge::bitsPerSecond)
                .description("bits per second sent by every flow")
                .baseUnit("bits")
                .strongReference(true)
                .register(registry));
    }

    /** {@code source.lost}, {@code source.fec.packets}; the drop reasons as a tag: {@code source.dropped{reason=bitrate}}. */
    private void counter(String kind, Enum<?> key, RelayTotals totals, ToDoubleFunction<RelayTotals> read) {
        String words = key.name().toLowerCase(Locale.ROOT);
        boolean reason = words.startsWith("dropped_");
        String name = reason ? "dropped" : words;
        FunctionCounter.Builder<RelayTotals> b = FunctionCounter.builder(
                        PREFIX + kind + "." + name.replace('_', '.'), totals, read)
                .description("every flow's " + kind + "s: " + words.replace('_', ' '));
        if (reason) {
            b.tag("reason", words.substring("dropped_".length()));
        }
        meters.add(b.register(registry));
    }

    @Override
    public void close() {
        meters.forEach(registry::remove);
    }
}
