package org.seatdesk.ticket.ui;

import java.util.List;
import java.util.UUID;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;
import org.seatdesk.ticket.TicketService;
import org.seatdesk.ui.Background;

/// One ticket with its full history (R-TK-13), loaded off the FX thread.
public final class TicketDetailViewModel {

    private final ReadOnlyObjectWrapper<Ticket> ticket = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TicketEvent> history = FXCollections.observableArrayList();
    // One read-only view per list, kept: such a view listens to its list weakly, so a view made
    // per call could be collected with the listeners added to it, and the screen stop following.
    private final ObservableList<TicketEvent> readOnlyHistory = FXCollections.unmodifiableObservableList(history);
    private final TicketService tickets;
    private final Background background;

    public TicketDetailViewModel(TicketService tickets, Background background) {
        this.tickets = tickets;
        this.background = background;
    }

    public ReadOnlyObjectProperty<Ticket> ticketProperty() {
        return ticket.getReadOnlyProperty();
    }

    public ObservableList<TicketEvent> history() {
        return readOnlyHistory;
    }

    /// Reads the shown ticket again (a pull changed it), history included.
    public void reload() {
        Ticket shown = ticket.get();
        if (shown == null) {
            return;
        }
        UUID id = shown.id();
        background.run(() -> tickets.find(id), found -> found.ifPresent(t -> {
            if (ticket.get() != null && ticket.get().id().equals(id) && !t.equals(ticket.get())) {
                show(t);
            }
        }), error -> { });
    }

    public void show(Ticket shown) {
        ticket.set(shown);
        history.clear();
        UUID id = shown.id();
        background.run(() -> tickets.history(id), (List<TicketEvent> events) -> {
            if (ticket.get() != null && ticket.get().id().equals(id)) {
                history.setAll(events);
            }
        }, error -> history.clear());
    }
}
