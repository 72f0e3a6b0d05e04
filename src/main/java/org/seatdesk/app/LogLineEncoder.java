package org.seatdesk.app;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.EncoderBase;

/// One log line per event, `TIME LEVEL [THREAD] LOGGER - MESSAGE`, then the stack trace of a
/// throwable: what logback's `%d{…} %-5level [%thread] %logger{36} - %msg%n` pattern wrote, without
/// its `PatternLayout`, whose set-up (about 200 classes, 68 of them lambdas spun at run time, and
/// the pattern's parser) cost every console start about a tenth of a second of processor time
/// (docs/performance.md, "Start-up pass 3").
final class LogLineEncoder extends EncoderBase<ILoggingEvent> {

    private final DateTimeFormatter time;
    private final boolean withThread;
    private final TargetLengthBasedClassNameAbbreviator loggerName = new TargetLengthBasedClassNameAbbreviator(36);

    /// @param timePattern a `DateTimeFormatter` pattern, in the system's time zone
    /// @param withThread  whether the line names the thread that logged
    LogLineEncoder(String timePattern, boolean withThread) {
        this.time = DateTimeFormatter.ofPattern(timePattern).withZone(ZoneId.systemDefault());
        this.withThread = withThread;
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return line(event).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }

    String line(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        time.formatTo(Instant.ofEpochMilli(event.getTimeStamp()), line);
        String level = event.getLevel().toString();
        line.append(' ').append(level).repeat(' ', Math.max(0, 5 - level.length())).append(' ');
        if (withThread) {
            line.append('[').append(event.getThreadName()).append("] ");
        }
        line.append(loggerName.abbreviate(event.getLoggerName())).append(" - ")
                .append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(ThrowableProxyUtil.asString(thrown)); // ends with a line break
        }
        return line.toString();
    }
}
