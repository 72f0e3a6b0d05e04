package org.seatdesk.app;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.LoggerFactory;

/// Where start-up time goes, phase by phase, written to the log: the first thing to read when
/// `ready_ms` grows (docs/performance.md).
final class StartupTimer {

    private final Instant jvmStart;
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private long last = System.nanoTime();

    StartupTimer(Instant jvmStart) {
        this.jvmStart = jvmStart;
        phases.put("jvm to command", Duration.between(jvmStart, Instant.now()).toMillis());
    }

    void mark(String phase) {
        long now = System.nanoTime();
        phases.put(phase, (now - last) / 1_000_000);
        last = now;
    }

    Duration sinceJvmStart() {
        return Duration.between(jvmStart, Instant.now());
    }

    void log() {
        LoggerFactory.getLogger(StartupTimer.class).info("Ready in {} ms: {}", sinceJvmStart().toMillis(), phases);
    }
}
