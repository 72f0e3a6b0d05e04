package org.seatdesk.app;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;

/// Starts the JavaFX toolkit without an `Application` subclass (so no static hand-over of
/// state), and runs work on its thread from a command's thread.
final class FxRuntime {

    private FxRuntime() {
    }

    /// No display on Linux: JavaFX 26's headless platform renders off-screen (snapshots, tests,
    /// `--exit-when-ready`).
    static boolean noDisplay() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return false;
        }
        return blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"));
    }

    static void useHeadlessPlatform() {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

    /// Starts the toolkit on its own thread; [FxStart#await()] returns when it is up, or throws
    /// [ToolkitUnavailableException] saying what is missing when it cannot start (no GTK 3, a
    /// display that does not answer): a console that waited on a toolkit that had failed hung
    /// for good.
    /// Whether the toolkit is up: `Platform.exit()` on a toolkit that failed to start waits for
    /// that start for ever (the JavaFX toolkit is one per process, so this is too).
    private static volatile boolean up;

    /// Stops the toolkit if it started; nothing otherwise.
    static void exit() {
        if (up) {
            Platform.exit();
        }
    }

    static FxStart startAsync() {
        FxStart start = new FxStart();
        Thread.ofPlatform().name("fx-startup").start(() -> {
            try {
                // The theme is loaded here, in parallel with opening the database.
                Platform.startup(() -> {
                    org.seatdesk.ui.Theme.install();
                    org.seatdesk.ui.Theme.warmUp();
                    up = true;
                    start.started();
                });
                Platform.setImplicitExit(false);
            } catch (Throwable e) {
                start.failed(e);
            }
        });
        return start;
    }

    static <T> T call(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /// Polls a condition on the FX thread until it holds; false on time-out.
    static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (call(condition::getAsBoolean)) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
