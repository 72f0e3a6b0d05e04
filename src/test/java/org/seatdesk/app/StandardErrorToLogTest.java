package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// What is printed on standard error reaches the log file too, and an exception that JavaFX's
/// render thread prints (it never throws them) tells the console that its screen broke.
class StandardErrorToLogTest {

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final RenderFailures failures = new RenderFailures();
    private final List<String> reported = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Logger logger;
    private PrintStream err;

    @BeforeEach
    void tee() {
        LoggerContext context = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        logger = context.getLogger("stderr-test");
        logged.start();
        logger.addAppender(logged);
        failures.onFailure(reported::add);
        err = new PrintStream(new StandardErrorToLog(new PrintStream(terminal, true, StandardCharsets.UTF_8), () -> logger, failures),
                true, StandardCharsets.UTF_8);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(logged);
    }

    @Test
    void everyLineReachesTheTerminalUnchangedAndTheLogAsOneEvent() {
        err.print("first half, ");
        err.println("second half");
        err.print("中文一行\nlast\n");

        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEqualTo("first half, second half\n中文一行\nlast\n");
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("first half, second half", "中文一行", "last");
        assertThat(reported).isEmpty();
    }

    @Test
    void aStackTracePrintedOnTheRenderThreadReportsABrokenScreenOnce() throws Exception {
        Thread render = new Thread(() -> {
            new NullPointerException("Cannot read field \"physicalWidth\"").printStackTrace(err);
            new IllegalStateException("again").printStackTrace(err);
        }, "QuantumRenderer-0");
        render.start();
        render.join();

        assertThat(reported).hasSize(1);
        assertThat(reported.getFirst()).startsWith("QuantumRenderer-0: java.lang.NullPointerException");
        assertThat(failures.failed()).isTrue();
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.startsWith("\tat org.seatdesk.app.StandardErrorToLogTest"));
    }

    @Test
    void aStackTraceOnAnotherThreadIsLoggedButIsNoBrokenScreen() throws Exception {
        Thread worker = new Thread(() -> new NullPointerException("elsewhere").printStackTrace(err), "db-1");
        worker.start();
        worker.join();

        assertThat(reported).isEmpty();
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("java.lang.NullPointerException: elsewhere");
    }

    @Test
    void anUncaughtExceptionIsLoggedWithItsThreadAndAnOutOfMemoryErrorBreaksTheScreen() throws Exception {
        LoggerContext context = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        Logger handlerLog = context.getLogger(UncaughtToLog.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        handlerLog.addAppender(events);
        try {
            UncaughtToLog handler = new UncaughtToLog(failures);
            Thread worker = new Thread(() -> {
                throw new IllegalArgumentException("bad row");
            }, "sync-1");
            worker.setUncaughtExceptionHandler(handler);
            worker.start();
            worker.join();
            assertThat(reported).isEmpty();

            handler.uncaughtException(new Thread("JavaFX Application Thread"), new OutOfMemoryError("Java heap space"));

            assertThat(events.list).extracting(ILoggingEvent::getFormattedMessage)
                    .containsExactly("Uncaught exception on thread 'sync-1'",
                            "Uncaught exception on thread 'JavaFX Application Thread'");
            assertThat(events.list.getFirst().getThrowableProxy().getMessage()).isEqualTo("bad row");
            assertThat(reported).containsExactly("JavaFX Application Thread: java.lang.OutOfMemoryError: Java heap space");
        } finally {
            handlerLog.detachAppender(events);
        }
    }
}
