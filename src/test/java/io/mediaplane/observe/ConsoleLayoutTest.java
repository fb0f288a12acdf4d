package io.mediaplane.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The hand-written console line is the line logback's pattern printed, stack traces included. */
class ConsoleLayoutTest {
    private final LoggerContext context = new LoggerContext();

    @Test
    void printsWhatThePatternPrinted() {
        Logger logger = context.getLogger("io.mediaplane.mediastore.data.lifecycle.LifecycleSweeper");
        for (LoggingEvent event : new LoggingEvent[] {
            event(logger, Level.INFO, "ready in {} ms", null, 812),
            event(logger, Level.WARN, "sweep failed", new IllegalStateException("disk", new RuntimeException("cause"))),
            event(context.getLogger("Main"), Level.ERROR, "x", null)
        }) {
            assertEquals(format(pattern(), event), format(new ConsoleLayout(), event));
        }
    }

    private LoggingEvent event(Logger logger, Level level, String message, Throwable thrown, Object... args) {
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, level, message, thrown, args);
        event.setInstant(Instant.parse("2025-03-01T07:08:09.012Z"));
        return event;
    }

    private PatternLayout pattern() {
        PatternLayout layout = new PatternLayout();
        layout.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n");
        return layout;
    }

    private String format(LayoutBase<ILoggingEvent> layout, ILoggingEvent event) {
        layout.setContext(context);
        layout.start();
        return layout.doLayout(event);
    }
}
