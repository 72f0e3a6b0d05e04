package org.seatdesk.app;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/// The JavaFX toolkit starting on its own thread: up, or failed with what the user must do.
final class FxStart {

    /// Longer than any start seen on a loaded two-core machine (the toolkit is up in about a
    /// second); an X server that accepts the connection and never answers ends here.
    static final Duration LIMIT = Duration.ofSeconds(30);

    private final CompletableFuture<Void> up = new CompletableFuture<>();

    void started() {
        up.complete(null);
    }

    void failed(Throwable error) {
        up.completeExceptionally(error);
    }

    /// Returns once the toolkit is up; throws [ToolkitUnavailableException] when it cannot start.
    void await() throws InterruptedException {
        try {
            up.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new ToolkitUnavailableException(explain(e.getCause(), System.getenv("DISPLAY")), e.getCause());
        } catch (TimeoutException e) {
            throw new ToolkitUnavailableException("JavaFX did not start within " + LIMIT.toSeconds()
                    + " s: the display " + System.getenv("DISPLAY") + " does not answer. Check the desktop session"
                    + " (or xvfb-run) and start the console again.", e);
        }
    }

    /// What to tell the person at the terminal, from what JavaFX threw.
    static String explain(Throwable error, String display) {
        String message = String.valueOf(error.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("unable to open display")) {
            return "Cannot open the display " + display + ": no X server answers there. Start the console in a"
                    + " desktop session, or under xvfb-run (Debian: apt-get install xvfb).";
        }
        if (error instanceof UnsatisfiedLinkError || lower.contains("gtk")) {
            return "JavaFX could not load GTK 3, which it draws its windows with (" + message + "). Install it:"
                    + " libgtk-3-0 on Debian and Ubuntu (the README lists every package a desktop needs).";
        }
        return "JavaFX could not start (" + error + "). See the log file for details.";
    }

    /// The toolkit cannot start: the message says what is missing; exit code
    /// [Launch#EXIT_NO_DISPLAY].
    static final class ToolkitUnavailableException extends RuntimeException {
        ToolkitUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
