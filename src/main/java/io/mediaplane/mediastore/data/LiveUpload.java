package io.mediaplane.mediastore.data;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A STREAMING upload still in progress, readable as it arrives: the writer appends, readers copy
 * what is there and wait for more until the writer completes (readers finish normally) or fails
 * (readers' responses are broken off). Held in memory: streaming objects are at most 10 MB.
 * Lock and condition rather than {@code synchronized}, so waiting readers do not pin virtual threads.
 */
final class LiveUpload {
    private final String contentType;
    private final String cacheControl;
    private final Instant startedAt;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private byte[] bytes = new byte[64 * 1024];
    private int length;
    private boolean complete;
    private boolean failed;

    LiveUpload(String contentType, String cacheControl, Instant startedAt) {
        this.contentType = contentType;
        this.cacheControl = cacheControl;
        this.startedAt = startedAt;
    }

    String contentType() {
        return contentType;
    }

    String cacheControl() {
        return cacheControl;
    }

    Instant startedAt() {
        return startedAt;
    }

    void append(byte[] data, int off, int len) {
        lock.lock();
        try {
            if (length + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + len));
            }
            System.arraycopy(data, off, bytes, length, len);
            length += len;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void complete() {
        finish(false);
    }

    void fail() {
        finish(true);
    }

    private void finish(boolean failure) {
        lock.lock();
        try {
            complete = !failure;
            failed = failure;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Writes everything the upload has and will have, flushing as bytes arrive. */
    void writeTo(OutputStream out) throws IOException {
        int sent = 0;
        while (true) {
            byte[] snapshot;
            int available;
            boolean done;
            lock.lock();
            try {
                while (sent == length && !complete && !failed) {
                    changed.await(1, TimeUnit.SECONDS);
                }
                if (failed) {
                    throw new Failed();
                }
                snapshot = bytes;
                available = length;
                done = complete;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the upload", e);
            } finally {
                lock.unlock();
            }
            if (available > sent) {
                out.write(snapshot, sent, available - sent); // the array only grows by copying: safe to read unlocked
                out.flush();
                sent = available;
            }
            if (done && sent == available) {
                return;
            }
        }
    }

    /** Thrown to a reader when the upload it streams from fails: its response cannot be completed. */
    static final class Failed extends IOException {
        Failed() {
            super("the streaming upload failed; its bytes are gone");
        }
    }
}
