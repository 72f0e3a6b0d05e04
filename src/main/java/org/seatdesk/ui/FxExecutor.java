package org.seatdesk.ui;

import java.util.concurrent.Executor;

import javafx.application.Platform;

/// Runs work on the JavaFX thread; view models receive it as a plain Executor so tests can
/// pass `Runnable::run`.
public final class FxExecutor implements Executor {

    @Override
    public void execute(Runnable command) {
        if (Platform.isFxApplicationThread()) {
            command.run();
        } else {
            Platform.runLater(command);
        }
    }
}
