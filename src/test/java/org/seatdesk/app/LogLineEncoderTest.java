package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

/// The log's own encoder writes the lines logback's pattern wrote before it (the admin guide
/// describes them; people grep them), exceptions included.
class LogLineEncoderTest {

    private final LoggerContext context = new LoggerContext();

    @Test
    void aFileLineIsTheOldPatternsLine() {
        ILoggingEvent event = event(Level.INFO, "Ready in {} ms", null, 2120);

        assertThat(new String(file().encode(event), StandardCharsets.UTF_8))
                .isEqualTo(pattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n", event))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO  \\[main\\] "
                        + "org\\.seatdesk\\.app\\.StartupTimer - Ready in 2120 ms\\R");
    }

    @Test
    void anExceptionIsWrittenWithItsCauseAsBefore() {
        Exception failure = new IllegalStateException("hub did not start", new java.io.IOException("port in use"));
        ILoggingEvent event = event(Level.ERROR, "The demo's in-process hub did not start", failure);

        String line = new String(file().encode(event), StandardCharsets.UTF_8);

        assertThat(line).isEqualTo(pattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n", event))
                .contains("ERROR [main]", "java.lang.IllegalStateException: hub did not start",
                        "Caused by: java.io.IOException: port in use", "\tat org.seatdesk.app.LogLineEncoderTest");
    }

    @Test
    void theTerminalLineHasNoDateNorThreadAndShortensALongLoggerName() {
        LoggingEvent event = new LoggingEvent("test", context.getLogger("org.seatdesk.store.JooqTicketConflictRepository"),
                Level.WARN, "Sync: {} rejected", null, new Object[] {3});
        event.setThreadName("seatdesk-db");

        assertThat(new String(new LogLineEncoder("HH:mm:ss.SSS", false).encode(event), StandardCharsets.UTF_8))
                .isEqualTo(pattern("%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n", event))
                .endsWith("WARN  o.s.s.JooqTicketConflictRepository - Sync: 3 rejected" + System.lineSeparator());
    }

    private static LogLineEncoder file() {
        return new LogLineEncoder("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", true);
    }

    private ILoggingEvent event(Level level, String message, Throwable thrown, Object... arguments) {
        LoggingEvent event = new LoggingEvent("test", context.getLogger(StartupTimer.class), level, message, thrown, arguments);
        event.setThreadName("main");
        return event;
    }

    private String pattern(String pattern, ILoggingEvent event) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(pattern);
        encoder.start();
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }
}
