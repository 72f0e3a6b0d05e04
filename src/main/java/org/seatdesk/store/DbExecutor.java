package org.seatdesk.store;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/// The one thread that does database work for the UI, so the JavaFX thread never waits on disk.
/// Its thread is never interrupted (no `shutdownNow`, no `cancel(true)`): H2 breaks on interrupts.
public final class DbExecutor implements Executor, AutoCloseable {

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("seatdesk-db").daemon(true).factory());

    @Override
    public void execute(Runnable command) {
        thread.execute(command);
    }

    public void schedule(Runnable command, Duration delay) {
        thread.schedule(command, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /// Lets queued and scheduled work finish (a save in flight must commit), then stops.
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
