package io.mediaplane.mediaconnect.relay;

import java.util.function.LongSupplier;

/**
 * A bitrate worked out from a byte counter when it is read: bits per second over the time since
 * the previous reading at least a second ago, so the hot path only counts bytes.
 */
final class RateGauge {
    private final LongSupplier bytes;
    private long lastBytes;
    private long lastNanos = System.nanoTime();
    private double bitsPerSecond;

    RateGauge(LongSupplier bytes) {
        this.bytes = bytes;
        this.lastBytes = bytes.getAsLong();
    }

    synchronized double bitsPerSecond() {
        long now = System.nanoTime();
        if (now - lastNanos >= 1_000_000_000L) {
            long b = bytes.getAsLong();
            bitsPerSecond = (b - lastBytes) * 8e9 / (now - lastNanos);
            lastBytes = b;
            lastNanos = now;
        }
        return bitsPerSecond;
    }
}
