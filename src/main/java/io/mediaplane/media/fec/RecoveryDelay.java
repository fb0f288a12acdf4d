package io.mediaplane.media.fec;

/**
 * How long a SMPTE 2022-1 receiver must hold packets so that the FEC able to rebuild a lost one
 * can still arrive: a matrix of L columns and D rows sends its column FEC during the next matrix
 * (FFmpeg spreads it over the whole of it), so a packet's last chance comes about 2 × L × D
 * packets after it, plus a row (2 × L with row FEC only). In time that is those packets at the
 * stream's packet rate, with a quarter more as margin, and never less than {@code floor} nor more
 * than {@code cap}. The matrix comes from the FEC headers, the rate from the media packets. The
 * delay rises at once when more is needed (one pause in the output) and falls by at most 1 % of
 * the time that passes (the output runs 1 % fast), so it never bursts. One thread only.
 */
public final class RecoveryDelay {
    private static final long RATE_WINDOW = 1_000_000_000L;
    private static final long ADJUST_EVERY = 100_000_000L;
    private static final int MIN_PACKETS = 8;
    /** A pause longer than this is silence, not a slow stream: the rate is measured afresh after it. */
    private static final long SILENCE = 500_000_000L;

    private final long floor;
    private final long cap;
    private int columns;
    private int rows;
    private long windowStart;
    private long windowPackets;
    private long lastPacket;
    private boolean fullWindow;
    private double nanosPerPacket;
    private long current;
    private long lastAdjust;

    public RecoveryDelay(long floorNanos, long capNanos) {
        this.floor = floorNanos;
        this.cap = capNanos;
        this.current = floorNanos;
    }

    /** A FEC packet: a column one says L (its offset) and D (its count), a row one says L. */
    public void onFec(FecHeader h) {
        if (h.row()) {
            columns = Math.max(columns, h.na());
        } else {
            columns = Math.max(columns, h.offset());
            rows = Math.max(rows, h.na());
        }
    }

    /** A media packet arrived at {@code now}; returns the delay to hold packets for. */
    public long onMedia(long now) {
        if (windowPackets == 0 || now - lastPacket > SILENCE) {
            windowStart = now;
            windowPackets = 0;
        }
        lastPacket = now;
        windowPackets++;
        long span = now - windowStart;
        if (windowPackets >= MIN_PACKETS && (!fullWindow || span >= RATE_WINDOW)) {
            nanosPerPacket = span / (double) (windowPackets - 1);
        }
        if (span >= RATE_WINDOW) {
            fullWindow = true;
            windowPackets = 0;
        }
        if (now - lastAdjust >= ADJUST_EVERY || current == floor) {
            adjust(now);
        }
        return current;
    }

    private void adjust(long now) {
        long target = target();
        if (target > current) {
            current = target;
        } else if (target < current && lastAdjust != 0) {
            current = Math.max(target, current - (now - lastAdjust) / 100);
        }
        lastAdjust = now;
    }

    /** The delay the matrix and rate seen so far need, within [floor, cap]. */
    long target() {
        if (columns == 0 || nanosPerPacket == 0) {
            return floor;
        }
        long packets = rows == 0 ? 2L * columns : 2L * columns * rows + 2L * columns;
        long needed = (long) (packets * nanosPerPacket * 1.25);
        return Math.max(floor, Math.min(cap, needed));
    }

    public long current() {
        return current;
    }
}
