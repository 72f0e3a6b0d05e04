package org.seatdesk.app;

import org.slf4j.bridge.SLF4JBridgeHandler;

/// Sends what libraries log with `java.util.logging` (JavaFX, Lucene) to the console's own log
/// instead of straight to the terminal, where JavaFX's and Lucene's start-up warnings appeared on
/// every start with no time or context. It is named as `java.util.logging.config.class` before
/// anything else runs, so the JDK builds it when `java.util.logging` is first used, on whichever
/// thread that is: the bridge is in place before the first message, without a race with the
/// JavaFX thread, and a start that never logs that way never loads it.
public final class JavaLoggingToLog {

    /// Called by `java.util.logging.LogManager` in place of reading `logging.properties`, whose
    /// only handler is the terminal's.
    public JavaLoggingToLog() {
        SLF4JBridgeHandler.install();
    }

    static void installOnFirstUse() {
        System.setProperty("java.util.logging.config.class", JavaLoggingToLog.class.getName());
        // JavaFX's first warning comes from its own thread while the warm-up thread sets logging up
        // (in parallel, to keep it off the start's critical path): SLF4J holds the message, logs it
        // once logging is ready, and would tell the terminal it did so. Its errors still print.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
}
