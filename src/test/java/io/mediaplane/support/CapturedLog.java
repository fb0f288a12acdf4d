package io.mediaplane.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What one class logs while a test provokes it on purpose: kept here for the test to assert on,
 * instead of printed in the build's output, where an expected warning reads like a failure.
 *
 * <pre>{@code
 * try (CapturedLog log = CapturedLog.of(LifecycleSweeper.class)) {
 *     ...
 *     assertEquals(1, log.at(Level.WARN).size());
 * }
 * }</pre>
 */
public final class CapturedLog implements AutoCloseable {
    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final boolean additive;

    private CapturedLog(Logger logger) {
        this.logger = logger;
        this.additive = logger.isAdditive();
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
    }

    public static CapturedLog of(Class<?> type) {
        return new CapturedLog((Logger) LoggerFactory.getLogger(type));
    }

    /** The events logged at exactly this level so far. */
    public List<ILoggingEvent> at(Level level) {
        synchronized (appender.list) {
            return appender.list.stream().filter(e -> e.getLevel() == level).toList();
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setAdditive(additive);
        appender.stop();
    }
}
