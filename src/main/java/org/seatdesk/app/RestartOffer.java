package org.seatdesk.app;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.seatdesk.i18n.Messages;

/// What a console whose screen broke shows instead of a frozen window: what happened and a
/// restart. Drafts are kept because they are in the database already (the ticket form saves its
/// draft as it is typed); the restart closes the console the normal way first, so queued
/// database work is finished before the new process opens the same data.
final class RestartOffer {

    static final String RESTART_BUTTON_ID = "restart-now";

    private RestartOffer() {
    }

    /// From now on, a failure reported to `failures` shows the offer over `window`'s stage.
    static void attach(Window window, Messages messages, RenderFailures failures) {
        failures.onFailure(what -> Platform.runLater(() -> show(window, messages, failures, what)));
    }

    private static void show(Window window, Messages messages, RenderFailures failures, String what) {
        ButtonType restart = new ButtonType(messages.get("render.failed.restart"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("render.failed.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.get("render.failed.body"), restart, keep);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("render.failed.title"));
        alert.initOwner(window);
        alert.getDialogPane().lookupButton(restart).setId(RESTART_BUTTON_ID);
        alert.showAndWait().filter(restart::equals).ifPresent(chosen -> {
            failures.requestRestart();
            if (window instanceof Stage stage) {
                stage.close(); // the command closes the console, then Main starts it again
            }
        });
    }
}
