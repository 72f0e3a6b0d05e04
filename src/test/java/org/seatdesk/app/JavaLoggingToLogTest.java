package org.seatdesk.app;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// What JavaFX and Lucene log with `java.util.logging` reaches the console's log file; their two
/// packaging warnings, printed on every start before, no longer reach the terminal.
class JavaLoggingToLogTest {

    @Test
    void aStartLogsJavaFxsPackagingWarningToTheFileAndNotToTheTerminal(@TempDir Path dir) throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")) // its logback-test.xml would replace the console's set-up
                .collect(joining(File.pathSeparator));
        Path data = dir.resolve("data");
        ProcessBuilder start = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", classPath, "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "org.seatdesk.app.Main", "demo", "--exit-when-ready", "--data", data.toString())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        start.environment().remove("DISPLAY"); // headless, as on a machine without a screen
        Process process = start.start();

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("exited").isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(Files.readString(dir.resolve("out.txt"))).startsWith("ready_ms=");
        assertThat(err).doesNotContain("Unsupported JavaFX configuration", "SLF4J");
        assertThat(Files.readString(data.resolve("logs").resolve("seatdesk.log")))
                .containsPattern("WARN +\\[[^]]+\\] javafx - Unsupported JavaFX configuration");
    }

    @Test
    void onlyTheKnownPackagingWarningsAreKeptOffTheTerminal() {
        PackagingNotices notices = new PackagingNotices();

        assertThat(notices.decide(warning("javafx",
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @63e31ee'")))
                .isEqualTo(FilterReply.DENY);
        assertThat(notices.decide(warning("org.apache.lucene.internal.vectorization.VectorizationProvider",
                "Java vector incubator module is not readable. For optimal vector performance, pass '--add-modules jdk.incubator.vector' to enable Vector API.")))
                .isEqualTo(FilterReply.DENY);
        assertThat(notices.decide(warning("javafx", "Unsupported Java version")))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(notices.decide(warning("org.seatdesk.store.Database", "Unsupported JavaFX configuration")))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    private static LoggingEvent warning(String logger, String message) {
        return new LoggingEvent(JavaLoggingToLogTest.class.getName(), new LoggerContext().getLogger(logger), Level.WARN,
                message, null, null);
    }
}
