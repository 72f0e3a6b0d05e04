package org.seatdesk.app;

import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/// Logging set up in code rather than `logback.xml`: parsing XML loaded some 600 classes and
/// cost a few hundred milliseconds of every start; lines are written by {@link LogLineEncoder}, not
/// logback's `PatternLayout`, for the same reason. A rolling file in `seatdesk.logdir` (daily and
/// at 10 MB, 14 days, 200 MB at most); the terminal only hears about problems. An explicit
/// `-Dlogback.configurationFile=…` or a `logback-test.xml` (tests) takes over instead. What
/// libraries log with `java.util.logging` arrives here too ({@link JavaLoggingToLog}).
public final class LoggingSetup extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LoggingSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String dir = System.getProperty("seatdesk.logdir",
                Path.of(System.getProperty("user.home"), ".local", "share", "seatdesk", "logs").toString());

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/seatdesk.log");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/seatdesk.%d{yyyy-MM-dd}.%i.log.gz");
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("200MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder(context, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", true));
        file.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err"); // standard output is for what commands print (ready_ms=N)
        ThresholdFilter problemsOnly = new ThresholdFilter();
        problemsOnly.setLevel("WARN");
        problemsOnly.start();
        console.addFilter(problemsOnly);
        PackagingNotices packagingNotices = new PackagingNotices();
        packagingNotices.start();
        console.addFilter(packagingNotices);
        console.setEncoder(encoder(context, "HH:mm:ss.SSS", false));
        console.start();
        // Straight to the terminal, not through System.err: that is copied into this log
        // (StandardErrorToLog), and what the log prints would be logged a second time.
        console.setOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.err));

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        root.addAppender(console);
        // Libraries that log every query, migration, pool event or request at INFO.
        // What was printed on standard error is on the terminal already: into the file only.
        Logger stderr = context.getLogger(StandardErrorToLog.LOGGER);
        stderr.setAdditive(false);
        stderr.addAppender(file);
        for (String noisy : new String[] {"org.jooq", "org.flywaydb", "com.zaxxer", "org.eclipse.jetty"}) {
            context.getLogger(noisy).setLevel(Level.WARN);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static LogLineEncoder encoder(LoggerContext context, String timePattern, boolean withThread) {
        LogLineEncoder encoder = new LogLineEncoder(timePattern, withThread);
        encoder.setContext(context);
        encoder.start();
        return encoder;
    }
}
