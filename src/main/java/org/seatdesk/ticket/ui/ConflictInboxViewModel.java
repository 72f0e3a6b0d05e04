package org.seatdesk.ticket.ui;

import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.TicketConflict;
import org.seatdesk.ticket.TicketConflicts;
import org.seatdesk.ui.Background;

/// The conflict inbox (sync principle 6): each edit the hub refused because the same field was
/// changed elsewhere, with both values, until a person keeps theirs or applies this seat's value over it.
public final class ConflictInboxViewModel {

    private final ObservableList<TicketConflict> conflicts = FXCollections.observableArrayList();
    /// One wrapper, held here: a fresh unmodifiable view per call listens weakly and would drop its listeners.
    private final ObservableList<TicketConflict> readOnly = FXCollections.unmodifiableObservableList(conflicts);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final TicketConflicts service;
    private final Author author;
    private final Messages messages;
    private final Background background;
    private final Runnable resolved;

    /// @param resolved runs on the FX thread after a resolution was saved (status bar, queue, sync nudge)
    public ConflictInboxViewModel(TicketConflicts service, Author author, Messages messages, Background background,
                                  Runnable resolved) {
        this.service = service;
        this.author = author;
        this.messages = messages;
        this.background = background;
        this.resolved = resolved;
    }

    public ObservableList<TicketConflict> conflicts() {
        return readOnly;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public void refresh() {
        background.run(service::open, (List<TicketConflict> open) -> {
                    if (!conflicts.equals(open)) { // unchanged: the cards on screen stay as they are
                        conflicts.setAll(open);
                    }
                },
                error -> failure.set(messages.get("conflicts.loadFailed")));
    }

    public void keepTheirs(TicketConflict conflict) {
        resolve(conflict, () -> service.keepTheirs(conflict, author));
    }

    public void applyMine(TicketConflict conflict) {
        resolve(conflict, () -> service.applyMine(conflict, author));
    }

    private void resolve(TicketConflict conflict, Runnable work) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        failure.set("");
        background.run(() -> {
            work.run();
            return conflict;
        }, done -> {
            busy.set(false);
            conflicts.remove(done);
            resolved.run();
            refresh();
        }, error -> {
            busy.set(false);
            failure.set(messages.get("conflicts.resolveFailed", conflict.ticketNumber()));
            refresh();
        });
    }
}
