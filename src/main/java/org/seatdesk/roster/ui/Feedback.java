package org.seatdesk.roster.ui;

import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.Outcome;
import org.seatdesk.ui.Background;

/// The line under a roster form: what happened to the last request or decision — saved, or the
/// rule that refused it — and whether one is being saved.
final class Feedback {

    private final Messages messages;
    private final Background background;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    Feedback(Messages messages, Background background) {
        this.messages = messages;
        this.background = background;
    }

    /// Runs `work` off the FX thread; `saved` gives the success text and does what follows a save.
    void submit(Supplier<Outcome> work, Supplier<String> saved) {
        busy.set(true);
        background.run(work, outcome -> {
            busy.set(false);
            if (outcome.isSaved()) {
                show(saved.get(), false);
            } else {
                show(RosterTexts.refusal(outcome.refusal(), messages), true);
            }
        }, error -> {
            busy.set(false);
            show(messages.get("roster.saveFailed"), true);
        });
    }

    void show(String text, boolean isRefusal) {
        refused.set(isRefusal);
        message.set(text);
    }

    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty refused() {
        return refused.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
