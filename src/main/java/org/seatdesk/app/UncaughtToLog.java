package org.seatdesk.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Every exception no code caught, on any thread (the JavaFX application thread's event handlers
/// included: JavaFX hands them to this handler), goes to the log file with its thread; an
/// `OutOfMemoryError`, or any failure on the render thread, is reported as a broken screen.
final class UncaughtToLog implements Thread.UncaughtExceptionHandler {

    private final RenderFailures failures;

    UncaughtToLog(RenderFailures failures) {
        this.failures = failures;
    }

    static void install(RenderFailures failures) {
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtToLog(failures));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        // looked up here, not when installed: the first lookup configures logging, and the command
        // chooses its log folder after this handler is installed
        Logger log = LoggerFactory.getLogger(UncaughtToLog.class);
        log.error("Uncaught exception on thread '{}'", thread.getName(), error);
        if (error instanceof OutOfMemoryError || thread.getName().startsWith("QuantumRenderer")) {
            failures.report(thread.getName() + ": " + error);
        }
    }
}
