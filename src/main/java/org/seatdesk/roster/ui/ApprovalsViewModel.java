package org.seatdesk.roster.ui;

import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.RequestService;
import org.seatdesk.roster.RequestSummary;
import org.seatdesk.roster.Verdict;
import org.seatdesk.security.Staff;
import org.seatdesk.ui.Background;

/// An approver's inbox (R-LV-2, R-SW-1): the requests waiting for this person, each with the rule
/// it would break now; approve or refuse re-runs every check before the decision is written.
public final class ApprovalsViewModel {

    private final RequestService requests;
    private final Staff approver;
    private final Messages messages;
    private final Background background;
    private final Runnable decided;
    private final ObservableList<RequestSummary> inbox = FXCollections.observableArrayList();
    // One read-only view per list, kept: such a view listens to its list weakly, so a view made
    // per call could be collected with the listeners added to it, and the screen stop following.
    private final ObservableList<RequestSummary> readOnlyInbox = FXCollections.unmodifiableObservableList(inbox);
    private final ObjectProperty<RequestSummary> selected = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final Feedback feedback;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    /// @param decided runs after a decision was saved (the console nudges sync)
    public ApprovalsViewModel(RequestService requests, Staff approver, Messages messages, Background background,
                              Runnable decided) {
        this.requests = requests;
        this.approver = approver;
        this.messages = messages;
        this.background = background;
        this.decided = decided;
        this.feedback = new Feedback(messages, background);
    }

    public void refresh() {
        UUID keep = selected.get() == null ? null : selected.get().id();
        background.run(() -> requests.inbox(approver), list -> {
            inbox.setAll(list);
            selected.set(list.stream().filter(r -> r.id().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.getFirst()));
            loaded.set(true);
        }, error -> feedback.show(messages.get("roster.loadFailed"), true));
    }

    public void approve() {
        decide(Verdict.APPROVED);
    }

    public void refuse() {
        decide(Verdict.REFUSED);
    }

    private void decide(Verdict verdict) {
        RequestSummary request = selected.get();
        if (request == null) {
            feedback.show(messages.get("roster.approvals.noneSelected"), true);
            return;
        }
        String text = note.get();
        feedback.submit(() -> requests.decide(approver, request.id(), verdict, text), () -> {
            note.set("");
            decided.run();
            refresh();
            return messages.get(verdict == Verdict.APPROVED ? "roster.approvals.approved" : "roster.approvals.refused",
                    request.personName());
        });
    }

    public Staff approver() {
        return approver;
    }

    public ObservableList<RequestSummary> inbox() {
        return readOnlyInbox;
    }

    public ObjectProperty<RequestSummary> selectedProperty() {
        return selected;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty messageProperty() {
        return feedback.message();
    }

    public ReadOnlyBooleanProperty refusedProperty() {
        return feedback.refused();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return feedback.busy();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
