package org.seatdesk.loadtest;

import java.util.concurrent.locks.LockSupport;

/// How long a runnable thread of the load test waits for a processor: a platform thread asks to
/// sleep 5 ms again and again and records how much later than asked it wakes. On a machine where
/// the load test and the hub share two cores, a propagation tail is only the hub's when this
/// stays small; when it is as large as the tail, the generator itself is starved (its clock for
/// "seen at the other seat" runs late), and the figure says nothing about the hub.
final class SchedulingProbe implements AutoCloseable {

    private static final long PERIOD_NANOS = 5_000_000;

    private final LoadTest.Samples late = new LoadTest.Samples(1_000_000);
    private final Thread thread;
    private volatile boolean stopped;

    SchedulingProbe() {
        thread = Thread.ofPlatform().daemon().name("loadtest-scheduling-probe").start(this::run);
    }

    private void run() {
        while (!stopped) {
            long asked = System.nanoTime() + PERIOD_NANOS;
            LockSupport.parkNanos(PERIOD_NANOS);
            late.add(Math.max(0, System.nanoTime() - asked));
        }
    }

    /// The lateness of the wake-ups so far, in milliseconds (p50, p99, max); null before the first.
    LoadTestReport.Propagation lateness() {
        return late.summary();
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
    }
}
