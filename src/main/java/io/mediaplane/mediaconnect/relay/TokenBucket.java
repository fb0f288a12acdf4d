package io.mediaplane.mediaconnect.relay;

/**
 * {@code MaxBitrate}: a token bucket in bytes, filled at the maximum rate, holding at most 100 ms
 * of it (at least 64 KiB), so a stream at the limit with ordinary jitter passes and anything above
 * it is dropped. UDP payload bytes count. One thread only.
 */
final class TokenBucket {
    private final double bytesPerNano;
    private final double capacity;
    private double tokens;
    private long last;

    TokenBucket(long bitsPerSecond, long now) {
        this.bytesPerNano = bitsPerSecond / 8.0 / 1e9;
        this.capacity = Math.max(65_536, bitsPerSecond / 8.0 / 10);
        this.tokens = capacity;
        this.last = now;
    }

    boolean take(int bytes, long now) {
        tokens = Math.min(capacity, tokens + (now - last) * bytesPerNano);
        last = now;
        if (tokens < bytes) {
            return false;
        }
        tokens -= bytes;
        return true;
    }
}
