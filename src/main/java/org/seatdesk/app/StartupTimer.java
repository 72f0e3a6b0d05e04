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
    // Set by ready() on the JavaFX thread, read by the command's thread after it learnt of it
    // through a CompletableFuture (which orders the two).
    private long readyNanos;
    private Instant readyAt;
    private Duration processorTimeAtReady;

    void mark(String phase) {
        mark(phase, System.nanoTime());
    }

    private void mark(String phase, long now) {
        phases.put(phase, (now - last) / 1_000_000);
        last = now;
    }

    /// Called at the moment the console turns ready, on the thread that turns it (the JavaFX
    /// thread). Polling for it from the command's thread noticed it up to a poll's interval late,
    /// and the demo's hub, which starts at ready, ran on the two cores in between (ADR 0028).
    void ready() {
        readyNanos = System.nanoTime();
        readyAt = Instant.now();
        processorTimeAtReady = processorTime();
    }

    /// The last phase, which ends at {@link #ready()}.
    void markReady(String phase) {
        mark(phase, readyNanos);
    }

    /// Each phase's length in milliseconds, in order.
    Map<String, Long> phases() {
        return java.util.Collections.unmodifiableMap(phases);
    }

    /// From the JVM's own record of its start (millisecond precision; the process start time on
    /// Linux derives from the boot time in whole seconds, too coarse) to {@link #ready()}. Read
    /// only afterwards, so loading the management classes is not part of what is measured.
    Duration untilReady() {
        return Duration.between(jvmStart(), readyAt);
    }

    void log() {
        Map<String, Long> all = new LinkedHashMap<>();
        all.put("jvm to command", Duration.between(jvmStart(), commandStart).toMillis());
        all.putAll(phases);
        LoggerFactory.getLogger(StartupTimer.class).info("Ready in {} ms, processor time {} ms: {}",
                untilReady().toMillis(), processorTimeAtReady.toMillis(), all);
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
