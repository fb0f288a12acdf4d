package io.mediaplane.media.ts;

/** Unwraps 33-bit PTS/DTS values into a running 64-bit timeline. */
final class Timestamps {
    private static final long WRAP = 1L << 33;
    private long last = -1;

    long unwrap(long ts) {
        if (last < 0) {
            last = ts;
            return ts;
        }
        long base = last - (last & Pes.TIMESTAMP_MASK);
        long v = base + ts;
        if (v < last - WRAP / 2) {
            v += WRAP;
        } else if (v > last + WRAP / 2) {
            v -= WRAP;
        }
        last = v;
        return v;
    }
}
