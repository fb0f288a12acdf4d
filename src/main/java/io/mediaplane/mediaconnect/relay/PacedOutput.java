package io.mediaplane.mediaconnect.relay;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code SmoothingLatency}: packets wait in a queue and a pacer thread sends them at the stream's
 * measured average rate, so bursts leave evenly spread; no packet waits longer than the latency
 * (then the pacer catches up). The queue holds the flow thread's copies (one producer, one
 * consumer); when it is full the packet is dropped and counted.
 */
final class PacedOutput implements Output {
    private static final int SLOTS = 8192;
    private static final long RATE_WINDOW = 1_000_000_000L;

    private final Output target;
    private final long latencyNanos;
    private final byte[][] data = new byte[SLOTS][];
    private final int[] length = new int[SLOTS];
    private final long[] arrival = new long[SLOTS];
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong tail = new AtomicLong();
    private final Thread pacer;
    private volatile boolean running = true;
    private long windowStart;
    private long windowBytes;
    private volatile double bytesPerNano;

    PacedOutput(Output target, int smoothingLatencyMillis, String threadName) {
        this.target = target;
        this.latencyNanos = smoothingLatencyMillis * 1_000_000L;
        this.pacer = Thread.ofPlatform().name(threadName).daemon().start(this::pace);
    }

    @Override
    public void send(byte[] buf, int off, int len) {
        long t = tail.get();
        if (t - head.get() >= SLOTS) {
            target.tally().add(Tally.Output.DROPPED, 1);
            return;
        }
        int s = (int) (t & (SLOTS - 1));
        byte[] d = data[s];
        if (d == null || d.length < len) {
            d = new byte[Math.max(len, 1500)];
            data[s] = d;
        }
        System.arraycopy(buf, off, d, 0, len);
        long now = System.nanoTime();
        length[s] = len;
        arrival[s] = now;
        measure(len, now);
        tail.lazySet(t + 1);
        if (t == head.get()) {
            LockSupport.unpark(pacer);
        }
    }

    private void pace() {
        long nextSend = 0;
        while (running) {
            long h = head.get();
            if (h == tail.get()) {
                LockSupport.parkNanos(1_000_000L);
                continue;
            }
            int s = (int) (h & (SLOTS - 1));
            long now = System.nanoTime();
            long due = Math.min(Math.max(nextSend, arrival[s]), arrival[s] + latencyNanos);
            if (now < due) {
                LockSupport.parkNanos(due - now);
                continue;
            }
            target.send(data[s], 0, length[s]);
            head.lazySet(h + 1);
            long interval = bytesPerNano > 0 ? (long) (length[s] / bytesPerNano) : 0;
            nextSend = Math.max(nextSend, now - latencyNanos) + interval;
        }
    }

    /** The average input rate over the last second (on the flow thread). */
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
        running = false;
        LockSupport.unpark(pacer);
        try {
            pacer.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        target.close();
    }
}
