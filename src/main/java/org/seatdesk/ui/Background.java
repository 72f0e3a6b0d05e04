package org.seatdesk.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/// Runs work off the JavaFX thread and hands the result back to it. Injected into view models;
/// tests construct it with `Runnable::run` twice to run everything on the calling thread.
public record Background(Executor worker, Executor fx) {

    /// Work offered after the worker was closed (the console is shutting down) is dropped: the
    /// worker finishes what it had accepted, so no save that was started is lost.
    public <T> CompletableFuture<T> run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CompletableFuture<T> result;
        try {
            result = CompletableFuture.supplyAsync(work, worker);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            return CompletableFuture.failedFuture(closing);
        }
        result.whenCompleteAsync((value, error) -> {
            if (error == null) {
                try {
                    onSuccess.accept(value);
                } catch (RuntimeException | Error bug) {
                    // Never swallowed: the log has it and the screen says the step failed.
                    org.slf4j.LoggerFactory.getLogger(Background.class).error("Showing a result failed", bug);
                    onFailure.accept(bug);
                }
            } else {
                onFailure.accept(error instanceof java.util.concurrent.CompletionException ce ? ce.getCause() : error);
            }
        }, fx);
        return result;
    }
}
