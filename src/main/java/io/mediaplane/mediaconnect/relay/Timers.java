package io.mediaplane.mediaconnect.relay;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that runs timed work for many flows: each {@link Timer} is a task that does what is
 * due and says when it next needs to run ({@link #NONE}: not until scheduled again). Nothing is
 * queued while nothing is held, so idle flows cost no wake-ups. The thread sleeps until the
 * earliest deadline and runs what is due within {@link #SLACK} of it, so one wake-up serves a
 * burst of packets; tasks see {@code now + SLACK} as their time.
 */
final class Timers implements AutoCloseable {
    static final long NONE = Long.MAX_VALUE;
    /** Work due this soon runs now: deadlines are kept to about 0.1 ms, one wake-up per batch. */
    static final long SLACK = 100_000L;

    private static final Logger LOG = LoggerFactory.getLogger(Timers.class);

    /** A task, run on the timers' thread only: given the time, it returns when it next wants to run. */
    static final class Timer {
        private final LongUnaryOperator task;
        private long queued = NONE;

        private Timer(LongUnaryOperator task) {
            this.task = task;
        }
    }

    private record Entry(long due, Timer timer) {}

    private final PriorityQueue<Entry> queue = new PriorityQueue<>(Comparator.comparingLong(Entry::due));
    private final Thread thread;
    private volatile boolean running = true;
    private long sleepingUntil = NONE;

    Timers(String name) {
        thread = Thread.ofPlatform().name(name).daemon().start(this::loop);
    }

    Timer timer(LongUnaryOperator task) {
        return new Timer(task);
    }

    /** Makes sure the timer runs by {@code due} (nanoTime); an earlier run already queued stands. */
    void schedule(Timer timer, long due) {
        if (due == NONE) {
            return;
        }
        boolean wake;
        synchronized (queue) {
            if (due >= timer.queued) {
                return;
            }
            timer.queued = due;
            queue.add(new Entry(due, timer));
            wake = due - SLACK < sleepingUntil;
        }
        if (wake) {
            LockSupport.unpark(thread);
        }
    }

    private void loop() {
        while (running) {
            long now = System.nanoTime();
            Timer due = null;
            long sleep = NONE;
            synchronized (queue) {
                Entry e = queue.peek();
                while (e != null && e.due != e.timer.queued) {
                    queue.poll();
                    e = queue.peek();
                }
                if (e != null && e.due - SLACK <= now) {
                    queue.poll();
                    due = e.timer;
                    due.queued = NONE;
                    sleepingUntil = Long.MIN_VALUE; // awake: it looks at the queue again before sleeping
                } else {
                    sleep = e == null ? NONE : e.due - SLACK;
                    sleepingUntil = sleep;
                }
            }
            if (due == null) {
                if (sleep == NONE) {
                    LockSupport.park(this);
                } else {
                    LockSupport.parkNanos(this, sleep - now);
                }
                continue;
            }
            long next;
            try {
                next = due.task.applyAsLong(now + SLACK);
            } catch (RuntimeException e) {
                LOG.warn("relay timer task failed", e);
                next = NONE;
            }
            schedule(due, next);
        }
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
