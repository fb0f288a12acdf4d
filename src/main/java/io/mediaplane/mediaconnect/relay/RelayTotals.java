package io.mediaplane.mediaconnect.relay;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * Server-wide counters of every source and output the relay has run: those still running are
 * summed when read, those gone were added here when they went, so the totals only ever grow (as
 * Prometheus counters must) and cost nothing per packet.
 */
final class RelayTotals {
    private final long[] source = new long[Tally.Source.values().length];
    private final long[] output = new long[Tally.Output.values().length];
    private final Supplier<Collection<RunningFlow>> running;

    RelayTotals(Supplier<Collection<RunningFlow>> running) {
        this.running = running;
    }

    /**
     * Sources or outputs stop: {@code unlink} takes them out of the running flows and their counts
     * move here, in one step, so a reading never counts them twice or not at all.
     */
    synchronized void retire(Runnable unlink, Collection<Tally> tallies) {
        unlink.run();
        for (Tally tally : tallies) {
            long[] into = tally.isSource() ? source : output;
            for (int i = 0; i < into.length; i++) {
                into[i] += tally.get(i);
            }
        }
    }

    synchronized long source(Tally.Source key) {
        long sum = source[key.ordinal()];
        for (RunningFlow f : running.get()) {
            for (Ingest i : f.ingests()) {
                sum += i.tally.get(key);
            }
        }
        return sum;
    }

    synchronized long output(Tally.Output key) {
        long sum = output[key.ordinal()];
        for (RunningFlow f : running.get()) {
            for (Output o : f.outputs()) {
                sum += o.tally().get(key);
            }
        }
        return sum;
    }
}
