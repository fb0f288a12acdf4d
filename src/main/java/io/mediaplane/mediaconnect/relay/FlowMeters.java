package io.mediaplane.mediaconnect.relay;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The Micrometer meters of one running flow, its sources and its outputs: they read the relay's
 * {@link Tally} counters when scraped (nothing extra on the hot path) and are removed from the
 * registry when the flow stops or the output goes. Names: {@code mediaplane.mediaconnect.flow.*},
 * {@code .source.*}, {@code .output.*}; tags {@code account}, {@code flow}, {@code flow_arn}, and
 * {@code source} / {@code output} (their names).
 */
final class FlowMeters implements AutoCloseable {
    private static final String PREFIX = "mediaplane.mediaconnect.";

    private final MeterRegistry registry;
    private final Tags flowTags;
    private final List<Meter> flowMeters = new ArrayList<>();
    private final Map<Output, List<Meter>> outputMeters = new IdentityHashMap<>();

    FlowMeters(MeterRegistry registry, FlowPlan plan, List<Ingest> ingests, RunningFlow flow) {
        this.registry = registry;
        this.flowTags = Tags.of(
                "account",
                String.valueOf(plan.accountId()),
                "flow",
                String.valueOf(plan.flowName()),
                "flow_arn",
                plan.flowArn());
        counter(
                flowMeters,
                "flow.packets",
                "packets received by the flow's sources",
                flowTags,
                flow,
                f -> f.stats().packetsReceived());
        counter(
                flowMeters,
                "flow.bytes",
                "bytes received by the flow's sources",
                flowTags,
                flow,
                f -> f.stats().bytesReceived());
        counter(
                flowMeters,
                "flow.lost",
                "packets lost (sequence gaps not filled)",
                flowTags,
                flow,
                f -> f.stats().packetsLost());
        counter(
                flowMeters,
                "flow.recovered",
                "packets recovered by FEC",
                flowTags,
                flow,
                f -> f.stats().packetsRecovered());
        counter(
                flowMeters,
                "flow.dropped",
                "packets dropped by the allow-list",
                flowTags.and("reason", "allow_list"),
                flow,
                f -> f.stats().droppedByAllowList());
        counter(
                flowMeters,
                "flow.dropped",
                "packets dropped by the bitrate cap",
                flowTags.and("reason", "bitrate"),
                flow,
                f -> f.stats().droppedByBitrate());
        counter(
                flowMeters,
                "flow.malformed",
                "malformed packets ignored",
                flowTags,
                flow,
                f -> f.stats().malformed());
        counter(
                flowMeters,
                "flow.sent",
                "packets sent to the flow's outputs",
                flowTags,
                flow,
                f -> f.stats().packetsSent());
        RateGauge flowRate = new RateGauge(() -> flow.stats().bytesReceived());
        flowMeters.add(Gauge.builder(PREFIX + "flow.bitrate", flowRate, RateGauge::bitsPerSecond)
                .description("bits per second received")
                .baseUnit("bits")
                .tags(flowTags)
                .register(registry));
        for (Ingest ingest : ingests) {
            Tags tags = flowTags.and("source", String.valueOf(ingest.plan.name()));
            Tally t = ingest.tally;
            sourceCounter("packets", "packets received", tags, t, Tally.Source.PACKETS);
            sourceCounter("bytes", "bytes received", tags, t, Tally.Source.BYTES);
            sourceCounter("lost", "packets lost (sequence gaps not filled)", tags, t, Tally.Source.LOST);
            sourceCounter("recovered", "packets recovered by FEC", tags, t, Tally.Source.RECOVERED);
            sourceCounter(
                    "dropped",
                    "packets dropped by the allow-list",
                    tags.and("reason", "allow_list"),
                    t,
                    Tally.Source.DROPPED_ALLOW_LIST);
            sourceCounter(
                    "dropped",
                    "packets dropped by the bitrate cap",
                    tags.and("reason", "bitrate"),
                    t,
                    Tally.Source.DROPPED_BITRATE);
            sourceCounter("malformed", "malformed packets ignored", tags, t, Tally.Source.MALFORMED);
            sourceCounter("late", "packets late or duplicated, dropped", tags, t, Tally.Source.LATE);
            sourceCounter("fec.packets", "FEC packets received", tags, t, Tally.Source.FEC_PACKETS);
            RateGauge rate = new RateGauge(() -> t.get(Tally.Source.BYTES));
            flowMeters.add(Gauge.builder(PREFIX + "source.bitrate", rate, RateGauge::bitsPerSecond)
                    .description("bits per second received")
                    .baseUnit("bits")
                    .tags(tags)
                    .register(registry));
        }
    }

    private void sourceCounter(String name, String description, Tags tags, Tally t, Tally.Source key) {
        counter(flowMeters, "source." + name, description, tags, t, x -> x.get(key));
    }

    private <T> void counter(
            List<Meter> into, String name, String description, Tags tags, T source, ToDoubleFunction<T> fn) {
        into.add(FunctionCounter.builder(PREFIX + name, source, fn)
                .description(description)
                .tags(tags)
                .register(registry));
    }

    synchronized void addOutput(Output output) {
        List<Meter> meters = new ArrayList<>();
        Tags tags = flowTags.and("output", String.valueOf(output.plan().name()));
        Tally t = output.tally();
        counter(meters, "output.packets", "packets sent", tags, t, x -> x.get(Tally.Output.PACKETS));
        counter(meters, "output.bytes", "bytes sent", tags, t, x -> x.get(Tally.Output.BYTES));
        counter(
                meters,
                "output.dropped",
                "packets dropped (smoothing queue full)",
                tags,
                t,
                x -> x.get(Tally.Output.DROPPED));
        counter(meters, "output.errors", "packets the network refused", tags, t, x -> x.get(Tally.Output.ERRORS));
        counter(meters, "output.fec.packets", "FEC packets sent", tags, t, x -> x.get(Tally.Output.FEC_PACKETS));
        RateGauge rate = new RateGauge(() -> t.get(Tally.Output.BYTES));
        meters.add(Gauge.builder(PREFIX + "output.bitrate", rate, RateGauge::bitsPerSecond)
                .description("bits per second sent")
                .baseUnit("bits")
                .tags(tags)
                .register(registry));
        outputMeters.put(output, meters);
    }

    synchronized void removeOutput(Output output) {
        List<Meter> meters = outputMeters.remove(output);
        if (meters != null) {
            meters.forEach(registry::remove);
        }
    }

    @Override
    public synchronized void close() {
        flowMeters.forEach(registry::remove);
        outputMeters.values().forEach(list -> list.forEach(registry::remove));
        outputMeters.clear();
    }
}
