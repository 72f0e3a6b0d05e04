package org.seatdesk.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/// Where a console learns that its screen stopped drawing: an exception on JavaFX's render thread
/// (which JavaFX only prints, see [StandardErrorToLog]) or an `OutOfMemoryError` anywhere. Without
/// it the window stayed half-painted and no key worked (issue: the console on a real desk); with
/// it the console says so and offers a restart ([RestartOffer]) that keeps the drafts, which live
/// in the seat's database. One per process, made by [Main] and handed to the console commands.
final class RenderFailures {

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean reported = new AtomicBoolean();
    private final AtomicBoolean restart = new AtomicBoolean();

    /// Looked up when first used: this class is made before a command has chosen its log folder,
    /// and the first lookup configures logging.
    private static org.slf4j.Logger log() {
        return org.slf4j.LoggerFactory.getLogger(RenderFailures.class);
    }

    /// `listener` hears the first failure (with what it was); later ones are only logged.
    void onFailure(Consumer<String> listener) {
        listeners.add(listener);
    }

    /// Called from any thread; tells the listeners once.
    void report(String what) {
        if (reported.compareAndSet(false, true)) {
            log().error("The console's rendering failed ({}); offering a restart", what);
            listeners.forEach(listener -> listener.accept(what));
        }
    }

    boolean failed() {
        return reported.get();
    }

    /// The user chose to restart: once the console has closed (its database closed, its lock
    /// released), [#restartIfRequested()] starts the same command again.
    void requestRestart() {
        restart.set(true);
    }

    boolean restartRequested() {
        return restart.get();
    }

    /// Starts this process's command line again (the same JVM options, AOT cache and arguments),
    /// sharing the terminal; this process then exits.
    void restartIfRequested() {
        if (!restart.get()) {
            return;
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        List<String> command = new ArrayList<>();
        info.command().ifPresent(command::add);
        info.arguments().ifPresent(arguments -> command.addAll(List.of(arguments)));
        if (command.isEmpty()) {
            log().error("Cannot restart: this platform does not tell the process's command line");
            return;
        }
        try {
            new ProcessBuilder(command).inheritIO().start();
            log().info("Restarted the console: {}", command.getFirst());
        } catch (IOException e) {
            log().error("Could not restart the console with {}", command, e);
        }
    }
}
