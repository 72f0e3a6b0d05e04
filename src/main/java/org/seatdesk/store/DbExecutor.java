package org.seatdesk.store;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/// The one thread that does database work for the UI, so the JavaFX thread never waits on disk.
/// Its thread is never interrupted (no `shutdownNow`, no `cancel(true)`): H2 breaks on interrupts.
public final class DbExecutor implements Executor, AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("seatdesk-db").daemon(true).factory());

    @Override
    public void execute(Runnable command) {
        thread.execute(command);
    }

    /// Lets queued work finish (a save in flight must commit), then stops.
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
