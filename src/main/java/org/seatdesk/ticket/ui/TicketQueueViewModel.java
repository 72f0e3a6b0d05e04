package org.seatdesk.ticket.ui;

import java.time.Duration;
import java.time.Instant;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.Deadlines;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketPage;
import org.seatdesk.ticket.TicketQuery;
import org.seatdesk.ticket.TicketService;
import org.seatdesk.ticket.StatusFilter;
import org.seatdesk.ticket.TicketType;
import org.seatdesk.ui.Background;
import org.seatdesk.ui.DurationText;

/// The ticket queue: filters and search run in the database (urgent first, then oldest); the
/// deadline clocks of R-TK-4 and R-TK-9 count down against `now`, which a ticker advances.
public final class TicketQueueViewModel {

    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.OPEN);
    private final ObjectProperty<TicketType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Ticket> rows = FXCollections.observableArrayList();
    // One read-only view per list, kept: such a view listens to its list weakly, so a view made
    // per call could be collected with the listeners added to it, and the screen stop following.
    private final ObservableList<Ticket> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Instant> now;

    private final TicketService tickets;
    private final Deadlines deadlines;
    private final Messages messages;
    private final DurationText durations;
    private final Background background;
    private long generation;
    private long answered;
    private final java.util.List<Runnable> whenAnswered = new java.util.ArrayList<>();

    public TicketQueueViewModel(TicketService tickets, Deadlines deadlines, Messages messages, Background background,
                                Instant now) {
        this.tickets = tickets;
        this.deadlines = deadlines;
        this.messages = messages;
        this.durations = new DurationText(messages);
        this.background = background;
        this.now = new ReadOnlyObjectWrapper<>(now);
        status.addListener(o -> refresh());
        type.addListener(o -> refresh());
        level.addListener(o -> refresh());
        search.addListener(o -> refresh());
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public ObjectProperty<TicketType> typeProperty() {
        return type;
    }

    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Ticket> rows() {
        return readOnlyRows;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /// True once the first page is shown: the console is ready for work.
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public void tick(Instant instant) {
        now.set(instant);
    }

    /// Runs the current filter; a slower earlier answer never overwrites a newer one.
    public void refresh() {
        long mine = ++generation;
        StatusFilter filter = status.get() == null ? StatusFilter.ANY : status.get();
        TicketQuery query = filter.query(type.get(), level.get(), search.get(), TicketQuery.DEFAULT_LIMIT);
        background.run(() -> tickets.queue(query), page -> {
            if (mine == generation) {
                show(page);
                answered = mine;
                var waiting = java.util.List.copyOf(whenAnswered);
                whenAnswered.clear();
                waiting.forEach(Runnable::run);
            }
        }, failure -> {
            whenAnswered.clear();
            error.set(messages.get("queue.loadFailed", String.valueOf(failure.getMessage())));
        });
    }

    /// Runs `action` when the rows answer the search as typed now: at once when they do, else
    /// when the database has answered. Enter straight after typing a number opens that ticket,
    /// not the first row of the search before.
    public void whenCurrent(Runnable action) {
        if (answered == generation) {
            action.run();
        } else {
            whenAnswered.add(action);
        }
    }

    private void show(TicketPage page) {
        rows.setAll(page.tickets());
        total.set(page.totalMatching());
        countText.set(page.atLeast()
                ? messages.get("queue.countAtLeast", rows.size(), page.totalMatching())
                : messages.get("queue.count", rows.size(), page.totalMatching()));
        error.set("");
        loaded.set(true);
    }

    /// "500 shown of 1,000+" when the count stopped at its cap (TicketPage.atLeast).
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /// The one clock that runs on an undispatched ticket: dispatch (R-TK-4) or, for a complaint,
    /// distribution (R-TK-9), in words: "due in 6 min", "late by 6 min"; blank when the clock has
    /// stopped. Which clock it is follows from the type on the same row (a complaint's is
    /// distribution), so the cell says only how long, and stays whole in a narrow window.
    public String deadlineText(Ticket ticket) {
        return deadlines.dispatchTimeLeft(ticket, now.get())
                .or(() -> deadlines.distributionTimeLeft(ticket, now.get()))
                .map(durations::countdown)
                .orElse("");
    }

    public boolean isLate(Ticket ticket) {
        return deadlines.isLate(ticket, now.get());
    }

    public String ageText(Ticket ticket) {
        return durations.age(Duration.between(ticket.createdAt(), now.get()));
    }

    /// The second line under the number: the type (R-TK-8), and "urgent" where it is.
    public String typeText(Ticket ticket) {
        return ticket.level() == Level.URGENT
                ? messages.get("queue.typeUrgent", messages.label(ticket.type()), messages.label(ticket.level()))
                : messages.label(ticket.type());
    }

    /// The branch's handling status (R-TK-6) once there is one: it says more than "dispatched".
    public String statusText(Ticket ticket) {
        return ticket.handlingStatus() == null || ticket.status() == org.seatdesk.ticket.TicketStatus.CLOSED
                ? messages.label(ticket.status())
                : messages.label(ticket.handlingStatus());
    }

    public String requesterText(Ticket ticket) {
        String kind = messages.label(ticket.requesterKind());
        return ticket.requesterName().isBlank() ? kind : kind + " · " + ticket.requesterName();
    }
}
