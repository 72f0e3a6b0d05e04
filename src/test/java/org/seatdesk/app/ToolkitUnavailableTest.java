package org.seatdesk.app;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// When JavaFX cannot start, the console exits within seconds and says what is missing; it used
/// to wait for the toolkit for ever.
class ToolkitUnavailableTest {

    @Test
    void aDisplayThatDoesNotAnswerEndsTheConsoleWithExitFourAndWhatToDo(@TempDir Path dir) throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(joining(File.pathSeparator));
        ProcessBuilder start = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", classPath, "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "org.seatdesk.app.Main", "demo", "--data", dir.resolve("data").toString())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        start.environment().put("DISPLAY", ":97"); // no X server there
        start.environment().remove("WAYLAND_DISPLAY");
        Process process = start.start();

        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited).as("the console exited instead of hanging").isTrue();
        assertThat(process.exitValue()).isEqualTo(Launch.EXIT_NO_DISPLAY);
        String said = Files.readString(dir.resolve("out.txt")) + Files.readString(dir.resolve("err.txt"));
        // what is missing: the display (CI installs GTK 3), or GTK 3 itself on a machine without it
        assertThat(said).satisfiesAnyOf(
                text -> assertThat(text).contains("Cannot open the display :97", "xvfb-run"),
                text -> assertThat(text).contains("could not load GTK 3", "libgtk-3-0"));
        assertThat(said).doesNotContain("\tat com.sun.glass");
    }

    @Test
    void theMessageNamesWhatIsMissing() {
        assertThat(FxStart.explain(new UnsupportedOperationException("Unable to open DISPLAY"), ":0"))
                .startsWith("Cannot open the display :0");
        assertThat(FxStart.explain(new UnsatisfiedLinkError("libgtk-3.so.0: cannot open shared object file"), ":0"))
                .contains("GTK 3", "libgtk-3-0");
        assertThat(FxStart.explain(new IllegalStateException("something else"), ":0"))
                .startsWith("JavaFX could not start").contains("something else");
    }
}
