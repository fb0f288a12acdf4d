package io.mediaplane.http;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clients that leave or go idle mid-request are ordinary client behaviour, not a fault of ours: they
 * are logged as one line at INFO (no stack trace), at most one line per interval, the next one
 * counting those left out meanwhile. 500 slow readers cut off at once write one line, not 500 traces.
 */
final class CutOffLog {
    private static final Logger LOG = LoggerFactory.getLogger(CutOffLog.class);

    private final long intervalNanos;
    private final AtomicLong nextLineAt = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong suppressed = new AtomicLong();

    CutOffLog(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** Logs (or counts) one client cut off; returns whether it was an idle timeout. */
    boolean cutOff(String method, String path, Throwable e) {
        long now = System.nanoTime();
        long next = nextLineAt.get();
        boolean idle = idle(e);
        if ((next != Long.MIN_VALUE && now - next < 0) || !nextLineAt.compareAndSet(next, now + intervalNanos)) {
            suppressed.incrementAndGet();
            return idle;
        }
        long others = suppressed.getAndSet(0);
        LOG.info(
                "client cut off during {} {}: {}{}",
                method,
                path,
                idle ? "idle timeout" : "connection closed",
                others == 0 ? "" : " (" + others + " more since the last such line)");
        return idle;
    }

    private static boolean idle(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof BodyTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
