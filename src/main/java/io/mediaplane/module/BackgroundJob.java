package io.mediaplane.module;

/**
 * Work a module runs beside the request path (a sweeper, a log writer, resuming flows): started
 * before requests reach the module's endpoints, closed at shutdown after the listener stopped.
 */
public interface BackgroundJob extends AutoCloseable {
    /** A name for logs. */
    String name();

    void start() throws Exception;

    /** Stops the job, finishing what it owes (e.g. writing queued records). */
    @Override
    void close() throws Exception;

    /** A job from its name, its start and its stop. */
    static BackgroundJob of(String name, Action start, Action stop) {
        return new BackgroundJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void start() throws Exception {
                start.run();
            }

            @Override
            public void close() throws Exception {
                stop.run();
            }
        };
    }

    /** A step that may fail. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }
}
