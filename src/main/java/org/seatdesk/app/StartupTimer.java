package org.seatdesk.app;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.LoggerFactory;

/// Where start-up time goes, phase by phase, written to the log: the first thing to read when
/// `ready_ms` grows (docs/performance.md).
final class StartupTimer {

    private final Instant commandStart = Instant.now();
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void mark(String phase) {
        long now = System.nanoTime();
        phases.put(phase, (now - last) / 1_000_000);
        last = now;
    }

    /// Since the JVM's own record of its start (millisecond precision; the process start time on
    /// Linux derives from the boot time in whole seconds, too coarse). Read only at the end, so
    /// loading the management classes is not part of what is measured.
    Duration sinceJvmStart() {
        Instant now = Instant.now();
        return Duration.between(jvmStart(), now);
    }

    void log() {
        Map<String, Long> all = new LinkedHashMap<>();
        all.put("jvm to command", Duration.between(jvmStart(), commandStart).toMillis());
        all.putAll(phases);
        LoggerFactory.getLogger(StartupTimer.class).info("Ready in {} ms, processor time {} ms: {}",
                sinceJvmStart().toMillis(), processorTime().toMillis(), all);
    }

    /// User and system time of every thread of this process so far (compilers and GC included):
    /// on two shared cores start-up is processor-bound, so this is the figure that other work on
    /// the machine disturbs least (docs/performance.md, "Start-up pass 2"; `bench/startcpu.sh`).
    static Duration processorTime() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static Instant jvmStart() {
        return Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    }
}
