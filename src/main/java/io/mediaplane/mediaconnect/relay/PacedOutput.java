package io.mediaplane.mediaconnect.relay;

/**
 * {@code SmoothingLatency}: packets wait in a queue and leave at the stream's measured average
 * rate, so bursts leave evenly spread; no packet waits longer than the latency (then the output
 * catches up). The flow's timers send them (a timer runs only while packets wait). When the queue
 * is full the packet is dropped and counted.
 */
final class PacedOutput implements Output {
    private static final int SLOTS = 8192;
    private static final long RATE_WINDOW = 1_000_000_000L;

    private final Output target;
    private final long latencyNanos;
    private final Timers timers;
    private final Timers.Timer timer;
    private final byte[][] data = new byte[SLOTS][];
    private final int[] length = new int[SLOTS];
    private final long[] arrival = new long[SLOTS];
    private long head;
    private long tail;
    private long nextSend;
    private long windowStart;
    private long windowBytes;
    private double bytesPerNano;
    private boolean closed;

    PacedOutput(Output target, int smoothingLatencyMillis, Timers timers) {
        this.target = target;
        this.latencyNanos = smoothingLatencyMillis * 1_000_000L;
        this.timers = timers;
        this.timer = timers.timer(this::pace);
    }

    @Override
    public void send(byte[] buf, int off, int len) {
        long now = System.nanoTime();
        synchronized (this) {
            if (closed) {
                return;
            }
            if (tail - head >= SLOTS) {
                target.tally().add(Tally.Output.DROPPED, 1);
                return;
            }
            int s = (int) (tail & (SLOTS - 1));
            byte[] d = data[s];
            if (d == null || d.length < len) {
                d = new byte[Math.max(len, 1500)];
                data[s] = d;
            }
            System.arraycopy(buf, off, d, 0, len);
            length[s] = len;
            arrival[s] = now;
            measure(len, now);
            if (tail++ != head) {
                return; // already timed
            }
        }
        timers.schedule(timer, now);
    }

    /** Sends what is due; returns when the next packet is. */
    private synchronized long pace(long now) {
        while (!closed && head < tail) {
            int s = (int) (head & (SLOTS - 1));
            long due = Math.min(Math.max(nextSend, arrival[s]), arrival[s] + latencyNanos);
            if (now < due) {
                return due;
            }
            target.send(data[s], 0, length[s]);
            head++;
            long interval = bytesPerNano > 0 ? (long) (length[s] / bytesPerNano) : 0;
            nextSend = Math.max(nextSend, now - latencyNanos) + interval;
        }
        return Timers.NONE;
    }

    /** The average input rate over the last second. */
    private void measure(int len, long now) {
        if (windowStart == 0) {
            windowStart = now;
        }
        windowBytes += len;
        long span = now - windowStart;
        if (span >= RATE_WINDOW) {
            bytesPerNano = windowBytes / (double) span;
            windowStart = now;
            windowBytes = 0;
        }
    }

    @Override
    public FlowPlan.OutputPlan plan() {
        return target.plan();
    }

    @Override
    public Tally tally() {
        return target.tally();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        target.close();
    }
}
