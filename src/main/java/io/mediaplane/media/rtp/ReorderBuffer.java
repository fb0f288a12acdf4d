package io.mediaplane.media.rtp;

/**
 * Puts an RTP stream back in sequence order. In-order packets leave at once, straight from the
 * caller's buffer; a packet after a gap is held until the gap fills or until it has waited
 * {@code maxLatency}, when the missing packets are counted lost and skipped. Packets that arrive after
 * their slot was given up are late and dropped. Held packets are bounded by the capacity (a power
 * of two): a packet further ahead than that forces the oldest gaps to be given up.
 *
 * <p>With {@code keepHistory} every packet stays in its slot after it leaves, until the slot is
 * reused {@code capacity} packets later, so that FEC can read the packets a lost one was protected
 * with. A new SSRC, or a run of packets far behind the window, restarts the sequence without
 * counting the jump as loss (three packets in a row more than {@code capacity} behind: the sender
 * restarted with the same SSRC; the first two are dropped as late). One thread only.
 */
public final class ReorderBuffer {
    /** Receives packets in order. The buffer is only valid during the call. */
    @FunctionalInterface
    public interface Sink {
        void emit(byte[] buf, int off, int len, long extSeq);
    }

    public enum Outcome {
        EMITTED,
        HELD,
        DUPLICATE,
        LATE,
        INVALID
    }

    private static final long NONE = Long.MIN_VALUE;
    private static final int DEFAULT_SLOT = 1500;
    private static final int RESYNC_AFTER_LATE = 3;

    private final int mask;
    private final long maxLatencyNanos;
    private final boolean keepHistory;
    private final byte[][] data;
    private final int[] length;
    private final long[] seqOf;
    private final long[] arrival;
    private final boolean[] held;
    private long next = NONE;
    private long highest = NONE;
    private long ssrc = -1;
    private int heldCount;
    private int lateStreak;
    private long lost;
    private long late;
    private long duplicates;

    public ReorderBuffer(int capacity, long maxLatencyNanos, boolean keepHistory) {
        if (capacity < 16 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two >= 16");
        }
        this.mask = capacity - 1;
        this.maxLatencyNanos = maxLatencyNanos;
        this.keepHistory = keepHistory;
        this.data = new byte[capacity][];
        this.length = new int[capacity];
        this.seqOf = new long[capacity];
        this.arrival = new long[capacity];
        this.held = new boolean[capacity];
        java.util.Arrays.fill(seqOf, NONE);
    }

    /** Takes one RTP packet; releases whatever is now in order (and whatever has waited too long). */
    public Outcome offer(byte[] buf, int off, int len, long now, Sink sink) {
        if (!RtpHeader.isValid(buf, off, len)) {
            return Outcome.INVALID;
        }
        long packetSsrc = RtpHeader.ssrc(buf, off);
        int seq = RtpHeader.sequence(buf, off);
        if (next == NONE || packetSsrc != ssrc) {
            restart(seq, packetSsrc, sink);
        }
        long ext = Seq.extend(seq, next);
        Outcome outcome;
        if (ext < next) {
            outcome = behind(ext, seq, packetSsrc, buf, off, len, now, sink);
        } else {
            lateStreak = 0;
            outcome = ahead(ext, buf, off, len, now, sink);
        }
        expire(now, sink);
        return outcome;
    }

    private Outcome behind(long ext, int seq, long packetSsrc, byte[] buf, int off, int len, long now, Sink sink) {
        if (seqOf[slot(ext)] == ext) {
            duplicates++;
            return Outcome.DUPLICATE;
        }
        if (next - ext > mask && ++lateStreak >= RESYNC_AFTER_LATE) {
            restart(seq, packetSsrc, sink);
            lateStreak = 0;
            return ahead(next, buf, off, len, now, sink);
        }
        late++;
        return Outcome.LATE;
    }

    private Outcome ahead(long ext, byte[] buf, int off, int len, long now, Sink sink) {
        highest = Math.max(highest, ext);
        while (ext - next > mask) {
            skip(sink);
        }
        int s = slot(ext);
        if (held[s] && seqOf[s] == ext) {
            duplicates++;
            return Outcome.DUPLICATE;
        }
        if (ext == next && heldCount == 0) {
            if (keepHistory) {
                store(s, ext, buf, off, len, now);
            }
            next++;
            sink.emit(buf, off, len, ext);
            return Outcome.EMITTED;
        }
        store(s, ext, buf, off, len, now);
        held[s] = true;
        heldCount++;
        if (ext != next) {
            return Outcome.HELD;
        }
        drain(sink);
        return Outcome.EMITTED;
    }

    /** Gives up gaps whose following packet has waited {@code maxLatency}; call it on a timer too. */
    public void expire(long now, Sink sink) {
        while (heldCount > 0) {
            long first = next;
            while (!(held[slot(first)] && seqOf[slot(first)] == first)) {
                first++;
            }
            if (now - arrival[slot(first)] < maxLatencyNanos) {
                return;
            }
            lost += first - next;
            next = first;
            drain(sink);
        }
    }

    /** Releases everything held, in order, counting the gaps between as lost (the stream ended or changed). */
    public void flush(Sink sink) {
        while (heldCount > 0) {
            skip(sink);
        }
    }

    private void restart(int seq, long packetSsrc, Sink sink) {
        if (next != NONE) {
            flush(sink);
        }
        java.util.Arrays.fill(seqOf, NONE);
        ssrc = packetSsrc;
        next = next == NONE ? seq : Seq.extend(seq, next + 0x10000L * 4);
        highest = next - 1;
    }

    private void skip(Sink sink) {
        int s = slot(next);
        if (held[s] && seqOf[s] == next) {
            drain(sink);
        } else {
            lost++;
            next++;
            drain(sink);
        }
    }

    private void drain(Sink sink) {
        while (heldCount > 0) {
            int s = slot(next);
            if (!held[s] || seqOf[s] != next) {
                return;
            }
            held[s] = false;
            heldCount--;
            if (!keepHistory) {
                seqOf[s] = NONE;
            }
            long ext = next++;
            sink.emit(data[s], 0, length[s], ext);
        }
    }

    private void store(int s, long ext, byte[] buf, int off, int len, long now) {
        byte[] d = data[s];
        if (d == null || d.length < len) {
            d = new byte[Math.max(len, DEFAULT_SLOT)];
            data[s] = d;
        }
        System.arraycopy(buf, off, d, 0, len);
        length[s] = len;
        seqOf[s] = ext;
        arrival[s] = now;
    }

    private int slot(long ext) {
        return (int) ext & mask;
    }

    /** The slot holding extended sequence number {@code ext} (held, or kept as history), or -1. */
    public int find(long ext) {
        return next != NONE && seqOf[slot(ext)] == ext ? slot(ext) : -1;
    }

    public byte[] data(int slot) {
        return data[slot];
    }

    public int length(int slot) {
        return length[slot];
    }

    /** The extended sequence number of the next packet to leave; a reference for {@link Seq#extend}. */
    public long nextExpected() {
        return next;
    }

    /** The highest extended sequence number received so far; packets before it that are missing are gaps. */
    public long highest() {
        return highest;
    }

    /** The SSRC of the current stream. */
    public long ssrc() {
        return ssrc;
    }

    public boolean started() {
        return next != NONE;
    }

    public int capacity() {
        return mask + 1;
    }

    public int heldCount() {
        return heldCount;
    }

    public long lost() {
        return lost;
    }

    public long late() {
        return late;
    }

    public long duplicates() {
        return duplicates;
    }
}
