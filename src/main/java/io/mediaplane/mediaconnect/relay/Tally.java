package io.mediaplane.mediaconnect.relay;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counters of a source or an output, written by the relay threads and read by the metrics scrape
 * and {@code stats}. Plain atomic adds: uncontended, a few nanoseconds each.
 */
final class Tally {
    enum Source {
        PACKETS,
        BYTES,
        LOST,
        RECOVERED,
        DROPPED_ALLOW_LIST,
        DROPPED_BITRATE,
        DROPPED_OVERLOAD,
        MALFORMED,
        LATE,
        FEC_PACKETS,
        RESTARTS
    }

    enum Output {
        PACKETS,
        BYTES,
        DROPPED,
        ERRORS,
        FEC_PACKETS
    }

    private final AtomicLongArray values;
    private final boolean source;

    private Tally(int size, boolean source) {
        this.values = new AtomicLongArray(size);
        this.source = source;
    }

    static Tally forSource() {
        return new Tally(Source.values().length, true);
    }

    static Tally forOutput() {
        return new Tally(Output.values().length, false);
    }

    boolean isSource() {
        return source;
    }

    long get(int index) {
        return values.get(index);
    }

    void add(Enum<?> key, long n) {
        values.getAndAdd(key.ordinal(), n);
    }

    void set(Enum<?> key, long n) {
        values.lazySet(key.ordinal(), n);
    }

    long get(Enum<?> key) {
        return values.get(key.ordinal());
    }
}
