package org.seatdesk.app;

import java.util.Map;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/// Keeps off the terminal two warnings that every start printed and that describe how SeatDesk is
/// packaged, not a problem to act on: JavaFX's, because its classes come from the one application
/// jar rather than from modules (ADR 0001), and Lucene's, because the incubating vector API it
/// could use is not added to the JVM (an incubator module makes the JVM print a warning of its
/// own on every start). The log file keeps both; every other warning still reaches the terminal.
final class PackagingNotices extends Filter<ILoggingEvent> {

    /// Logger name, and how its packaging warning begins.
    private static final Map<String, String> KNOWN = Map.of(
            "javafx", "Unsupported JavaFX configuration",
            "org.apache.lucene.internal.vectorization.VectorizationProvider", "Java vector incubator module is not readable");

    @Override
    public FilterReply decide(ILoggingEvent event) {
        String start = KNOWN.get(event.getLoggerName());
        return start != null && event.getFormattedMessage().startsWith(start) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
