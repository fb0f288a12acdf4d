package io.mediaplane.media.rtp;

/**
 * Puts an RTP stream back in sequence order and plays it out at a constant delay: each packet
 * leaves {@code delay} after it arrived (or just before a later-numbered packet that is due
 * first, so the order holds), so the packets keep their spacing whether or not a gap before them
 * is filled. A gap still open when the packet after it is due is given up and counted lost; a
 * packet arriving after its place was passed is late. Packets stay in their slot after they
 * leave (until the slot is reused), so FEC can read the packets a lost one was protected with.
 *
 * <p>Restarts, as RFC 3550 (appendix A.1) detects them: a new SSRC starts the sequence again at
 * once. Packets of the same SSRC that do not fit the stream (more than {@link #MAX_DROPOUT} ahead,
 * or behind what already left, or a different packet under a sequence number already held) are
 * kept aside; two consecutive ones (three when they are within {@link #MAX_MISORDER} of the
 * stream, where reordering and duplicates live) are a sender that restarted with new sequence
 * numbers: what is held leaves at once and the sequence starts again with those packets, so a
 * restart loses nothing. Slots grow with the packets in flight up to a maximum; beyond it the
 * oldest leave early. One thread only.
 */
public final class ReorderBuffer {
    /** Receives packets in order. The buffer is only valid during the call. */
    @FunctionalInterface
    public interface Sink {
        void emit(byte[] buf, int off, int len, long extSeq);
    }

    public enum Outcome {
        HELD,
        DUPLICATE,
        LATE,
        INVALID
    }

    /** {@link #release} and {@link #nextDue} when nothing is held. */
    public static final long NONE = Long.MAX_VALUE;
    /** A jump ahead up to this many packets is a gap; further is a restart once confirmed (RFC 3550 A.1). */
    static final int MAX_DROPOUT = 3000;
    /** Within this many packets behind, a packet is more likely reordered or duplicated than a restart. */
    static final int MAX_MISORDER = 100;

    private static final long NO_SEQ = Long.MIN_VALUE;
    private static final int DEFAULT_SLOT = 1500;
    private static final long RESTART_GAP = 0x10000L * 4;

    private final int maxCapacity;
    private final ArrivalQueue queue;
    private final RestartProbe probe = new RestartProbe();
    private long delayNanos;
    private int mask;
    private byte[][] data;
    private int[] length;
    private long[] seqOf;
    private long[] arrival;
    private boolean[] held;
    private long next = NO_SEQ;
    private long highest = NO_SEQ;
    private long ssrc = -1;
    private int heldCount;
    private long lost;
    private long late;
    private long duplicates;
    private long restarts;

    /**
     * @param maxCapacity the most packets kept (a power of two, at least 16)
     * @param delayNanos how long after its arrival each packet leaves
     * @param forFec start with room for a FEC matrix's history rather than growing into it
     */
    public ReorderBuffer(int maxCapacity, long delayNanos, boolean forFec) {
        if (maxCapacity < 16 || Integer.bitCount(maxCapacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two >= 16");
        }
        this.maxCapacity = maxCapacity;
        this.delayNanos = delayNanos;
        int first = Math.min(maxCapacity, forFec ? 256 : 64);
        allocate(first);
        this.queue = new ArrivalQueue(first);
    }

    /** Takes one RTP packet that arrived at {@code now}; it leaves in order at {@code now + delay}. */
    public Outcome offer(byte[] buf, int off, int len, long now, Sink sink) {
        if (!RtpHeader.isValid(buf, off, len)) {
            return Outcome.INVALID;
        }
        long packetSsrc = RtpHeader.ssrc(buf, off);
        if (next == NO_SEQ || packetSsrc != ssrc) {
            probe.clear();
            restart(RtpHeader.sequence(buf, off), packetSsrc, sink);
            return hold(next, buf, off, len, now, sink);
        }
        long ext = Seq.extend(RtpHeader.sequence(buf, off), highest);
        if (ext - highest > MAX_DROPOUT) {
            return suspect(buf, off, len, now, false, sink);
        }
        if (ext < next || held[slot(ext)] && seqOf[slot(ext)] == ext) {
            if (sameAsStored(ext, buf, off, len)) {
                duplicates++;
                return Outcome.DUPLICATE;
            }
            return suspect(buf, off, len, now, highest - ext <= MAX_MISORDER, sink);
        }
        probe.clear();
        return hold(ext, buf, off, len, now, sink);
    }

    /**
     * Sends every packet that is due at {@code now}, in sequence order, giving up the gaps before
     * them; returns when the next one is due, or {@link #NONE}.
     */
    public long release(long now, Sink sink) {
        return release(now, Integer.MAX_VALUE, sink);
    }

    /** As {@link #release(long, Sink)}, stopping once {@code limit} packets left (then the next is due now). */
    public long release(long now, int limit, Sink sink) {
        long before = next;
        while (queue.size() > 0) {
            if (next - before >= limit) {
                return now;
            }
            long e = queue.headExt();
            if (!isHeld(e)) {
                queue.pop();
                continue;
            }
            long due = queue.headTime() + delayNanos;
            if (due > now) {
                return due;
            }
            queue.pop();
            releaseThrough(e, sink);
        }
        return NONE;
    }

    /** When the next held packet is due, or {@link #NONE}. */
    public long nextDue() {
        while (queue.size() > 0 && !isHeld(queue.headExt())) {
            queue.pop();
        }
        return queue.size() == 0 ? NONE : queue.headTime() + delayNanos;
    }

    /** Releases everything held, in order, counting the gaps between as lost (the stream ended or changed). */
    public void flush(Sink sink) {
        if (heldCount > 0) {
            releaseThrough(highest, sink);
        }
        queue.clear();
    }

    /**
     * When a packet rebuilt now would have arrived: between the packets around it, so it leaves
     * in its place in the spacing; {@code now} when there is nothing to go by.
     */
    public long estimateArrival(int seq, long now) {
        if (next == NO_SEQ) {
            return now;
        }
        long ext = Seq.extend(seq, highest);
        long before = nearest(ext, -1);
        long after = nearest(ext, 1);
        if (after == NO_SEQ) {
            return now;
        }
        if (before == NO_SEQ) {
            return Math.min(now, arrival[slot(after)]);
        }
        long from = arrival[slot(before)];
        long to = arrival[slot(after)];
        return Math.min(now, from + (to - from) * (ext - before) / (after - before));
    }

    private long nearest(long ext, int direction) {
        for (int i = 1; i <= 32; i++) {
            long x = ext + (long) direction * i;
            if (seqOf[slot(x)] == x) {
                return x;
            }
        }
        return NO_SEQ;
    }

    private Outcome suspect(byte[] buf, int off, int len, long now, boolean near, Sink sink) {
        int run = probe.add(buf, off, len, now);
        if (run < (near ? 3 : 2)) {
            late++;
            return Outcome.LATE;
        }
        late -= run - 1;
        restarts++;
        restart(RtpHeader.sequence(probe.data(0), 0), ssrc, sink);
        for (int i = 0; i < run; i++) {
            hold(next + i, probe.data(i), 0, probe.length(i), probe.arrival(i), sink);
        }
        probe.clear();
        return Outcome.HELD;
    }

    /** Starts the sequence again at {@code seq}: what is held leaves now; old numbers never match new ones. */
    private void restart(int seq, long packetSsrc, Sink sink) {
        if (next != NO_SEQ) {
            flush(sink);
        }
        ssrc = packetSsrc;
        next = next == NO_SEQ ? seq : Seq.extend(seq, highest + RESTART_GAP);
        highest = next - 1;
    }

    private Outcome hold(long ext, byte[] buf, int off, int len, long now, Sink sink) {
        while (ext - next >= capacity() / 2 && capacity() < maxCapacity) {
            grow();
        }
        while (ext - next >= capacity()) {
            releaseThrough(next, sink);
        }
        while (queue.isFull()) {
            long e = queue.headExt();
            queue.pop();
            if (isHeld(e)) {
                releaseThrough(e, sink);
            }
        }
        if (ext < next) {
            late++;
            return Outcome.LATE;
        }
        int s = slot(ext);
        byte[] d = data[s];
        if (d == null || d.length < len) {
            d = new byte[Math.max(len, DEFAULT_SLOT)];
            data[s] = d;
        }
        System.arraycopy(buf, off, d, 0, len);
        length[s] = len;
        seqOf[s] = ext;
        arrival[s] = now;
        held[s] = true;
        heldCount++;
        highest = Math.max(highest, ext);
        queue.add(ext, now);
        return Outcome.HELD;
    }

    private void releaseThrough(long last, Sink sink) {
        while (next <= last) {
            int s = slot(next);
            long ext = next++;
            if (held[s] && seqOf[s] == ext) {
                held[s] = false;
                heldCount--;
                sink.emit(data[s], 0, length[s], ext);
            } else {
                lost++;
            }
        }
    }

    private boolean sameAsStored(long ext, byte[] buf, int off, int len) {
        int s = slot(ext);
        return seqOf[s] == ext && length[s] == len && java.util.Arrays.equals(data[s], 0, len, buf, off, off + len);
    }

    private boolean isHeld(long ext) {
        int s = slot(ext);
        return held[s] && seqOf[s] == ext;
    }

    private void allocate(int capacity) {
        mask = capacity - 1;
        data = new byte[capacity][];
        length = new int[capacity];
        seqOf = new long[capacity];
        arrival = new long[capacity];
        held = new boolean[capacity];
        java.util.Arrays.fill(seqOf, NO_SEQ);
    }

    /** Doubles the slots; entries keep their sequence numbers (no two old slots meet in one new one). */
    private void grow() {
        byte[][] oldData = data;
        int[] oldLength = length;
        long[] oldSeq = seqOf;
        long[] oldArrival = arrival;
        boolean[] oldHeld = held;
        allocate(oldData.length * 2);
        for (int i = 0; i < oldData.length; i++) {
            if (oldSeq[i] != NO_SEQ) {
                int s = slot(oldSeq[i]);
                data[s] = oldData[i];
                length[s] = oldLength[i];
                seqOf[s] = oldSeq[i];
                arrival[s] = oldArrival[i];
                held[s] = oldHeld[i];
            }
        }
        queue.grow(data.length);
    }

    private int slot(long ext) {
        return (int) ext & mask;
    }

    /** The slot holding extended sequence number {@code ext} (held, or kept after it left), or -1. */
    public int find(long ext) {
        return next != NO_SEQ && seqOf[slot(ext)] == ext ? slot(ext) : -1;
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
        return next != NO_SEQ;
    }

    public int capacity() {
        return mask + 1;
    }

    public int heldCount() {
        return heldCount;
    }

    public long delayNanos() {
        return delayNanos;
    }

    /** Changes the delay for packets not yet released (a FEC source sets it once it knows its matrix). */
    public void setDelayNanos(long nanos) {
        delayNanos = nanos;
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

    /** How many times a sender restarted with new sequence numbers under the same SSRC. */
    public long restarts() {
        return restarts;
    }
}
