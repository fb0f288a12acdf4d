package io.mediaplane.mediastore.data.accesslog;

import io.mediaplane.mediastore.data.DataRequest;
import io.mediaplane.mediastore.data.DataRequestListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Writes one JSON line per data-plane request of every container with access logging enabled (see
 * {@link AccessLogFiles} for where). The request thread only offers the request to a bounded queue; one writer
 * thread formats and appends in batches. When the queue is full the record is dropped and counted in
 * {@code mediaplane_mediastore_access_log_dropped_total{reason="queue_full"}} (records that fail to write count
 * under {@code reason="write_failed"}): as in MediaStore, delivery is best effort and never slows or fails a request.
 */
public final class AccessLogListener implements DataRequestListener, AutoCloseable {
    /** Queue capacity used by the server. */
    public static final int DEFAULT_CAPACITY = 65_536;
    /** Queued after the last record by {@link #close}. */
    private static final Object STOP = new Object();

    private final BlockingQueue<Object> queue;
    private final AccessLogWriter writer;
    private final Counter droppedFull;
    private final Thread thread;
    private volatile boolean closed;

    /** A listener whose writer thread is not started yet (see {@link #startWriter}); until then records queue up. */
    public AccessLogListener(AccessLogFiles files, int capacity, MeterRegistry registry) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.droppedFull = dropped(registry, "queue_full");
        this.writer = new AccessLogWriter(files, dropped(registry, "write_failed"));
        this.thread = Thread.ofPlatform().name("access-log-writer").daemon().unstarted(this::run);
    }

    /** Starts a listener writing under {@code files}. */
    public static AccessLogListener start(AccessLogFiles files, int capacity, MeterRegistry registry) {
        AccessLogListener listener = new AccessLogListener(files, capacity, registry);
        listener.startWriter();
        return listener;
    }

    /** Starts the writer thread. */
    public void startWriter() {
        thread.start();
    }

    private static Counter dropped(MeterRegistry registry, String reason) {
        return Counter.builder("mediaplane.mediastore.access.log.dropped")
                .description("access-log records not written")
                .tag("reason", reason)
                .register(registry);
    }

    @Override
    public void completed(DataRequest request) {
        if (!request.container().accessLoggingEnabled()) {
            return;
        }
        if (closed || !queue.offer(request)) {
            droppedFull.increment();
        }
    }

    /** Waits until every record offered before this call is written. */
    public void flush() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        queue.put(done);
        done.await();
    }

    private void run() {
        List<Object> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, 4095);
            List<DataRequest> requests = new ArrayList<>(batch.size());
            for (Object item : batch) {
                if (item instanceof DataRequest r) {
                    requests.add(r);
                } else {
                    writer.write(requests);
                    requests.clear();
                    if (item == STOP) {
                        return;
                    }
                    ((CountDownLatch) item).countDown();
                }
            }
            writer.write(requests);
            batch.clear();
        }
    }

    /** Stops taking records, writes those queued, and stops the writer thread. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        if (thread.isAlive()) {
            queue.put(STOP);
            thread.join();
        }
    }
}
