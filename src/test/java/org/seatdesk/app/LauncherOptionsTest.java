package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/// The console's JVM options as the launcher gives them (and, through it, the installed
/// console): sized for real windows on the software pipeline (ADR 0038).
class LauncherOptionsTest {

    @Test
    void theHeapHoldsARealWindowAndStartsLargerThanItsYoungGeneration() throws Exception {
        Process process = new ProcessBuilder("bash", Path.of("seatdesk").toAbsolutePath().toString(),
                "--print-jvm-options", "console").redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> options = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertThat(process.exitValue()).as(String.join("\n", options)).isZero();

        long max = size(options, "-Xmx");
        long initial = size(options, "-Xms");
        long young = size(options, "-Xmn");
        // 128 MB froze a 1920x1080 window: its live set alone is about 100 MB (ADR 0038)
        assertThat(max).isGreaterThanOrEqualTo(512L << 20);
        // a frame's 8 MB buffers must be able to die young
        assertThat(young).isGreaterThanOrEqualTo(64L << 20);
        // with the initial heap no larger than the young generation, the AOT cache's archived
        // objects found no room and the JVM refused to start
        assertThat(initial).isGreaterThan(young);
        assertThat(options).contains("-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=96m");
    }

    private static long size(List<String> options, String flag) {
        String value = options.stream().filter(o -> o.startsWith(flag)).reduce((a, b) -> b).orElseThrow()
                .substring(flag.length()).toLowerCase(Locale.ROOT);
        long number = Long.parseLong(value.replaceAll("[kmg]$", ""));
        return switch (value.charAt(value.length() - 1)) {
            case 'k' -> number << 10;
            case 'm' -> number << 20;
            case 'g' -> number << 30;
            default -> number;
        };
    }
}
