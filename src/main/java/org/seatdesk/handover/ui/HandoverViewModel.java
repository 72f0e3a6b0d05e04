package org.seatdesk.handover.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.seatdesk.handover.HandoverCategory;
import org.seatdesk.handover.HandoverItem;
import org.seatdesk.handover.HandoverProblem;
import org.seatdesk.handover.HandoverService;
import org.seatdesk.handover.InvalidHandoverException;
import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketQuery;
import org.seatdesk.ticket.TicketService;
import org.seatdesk.ui.Background;

/// R-SH-2 at a seat: the outgoing shift writes entries (linking tickets), the incoming shift
/// acknowledges them. What is typed stays in the form until it is written.
public final class HandoverViewModel {

    /// Open tickets offered in the "link from the queue" menu.
    static final int PICKABLE_TICKETS = 20;

    private final ObjectProperty<HandoverCategory> category = new SimpleObjectProperty<>();
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty tickets = new SimpleStringProperty("");
    private final Map<HandoverProblem.Field, ReadOnlyStringWrapper> errors = new EnumMap<>(HandoverProblem.Field.class);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<HandoverItem> items = FXCollections.observableArrayList();
    // One read-only view per list, kept: such a view listens to its list weakly, so a view made
    // per call could be collected with the listeners added to it, and the screen stop following.
    private final ObservableList<HandoverItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ObservableList<String> pickable = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyPickable = FXCollections.unmodifiableObservableList(pickable);

    private final HandoverService handover;
    private final TicketService ticketService;
    private final Author me;
    private final Messages messages;
    private final Background background;
    private final ZoneId zone;
    private final Runnable onWritten;
    private final DateTimeFormatter time; // the UI language's date and time: one date format on the page

    /// @param onWritten runs after an entry or acknowledgement is stored (the console pushes it)
    public HandoverViewModel(HandoverService handover, TicketService ticketService, Author me, Messages messages,
                             Background background, ZoneId zone, Runnable onWritten) {
        this.handover = handover;
        this.ticketService = ticketService;
        this.me = me;
        this.messages = messages;
        this.time = messages.dateTimeFormat();
        this.background = background;
        this.zone = zone;
        this.onWritten = onWritten;
        for (HandoverProblem.Field field : HandoverProblem.Field.values()) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    public ObjectProperty<HandoverCategory> categoryProperty() {
        return category;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    /// Linked ticket numbers as typed: separated by commas or spaces.
    public StringProperty ticketsProperty() {
        return tickets;
    }

    public ReadOnlyStringProperty errorProperty(HandoverProblem.Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /// "Entry written." or why it failed.
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /// "N entries wait for your acknowledgement", or empty.
    public ReadOnlyStringProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<HandoverItem> items() {
        return readOnlyItems;
    }

    /// Numbers of open tickets from the queue, to link with one click.
    public ObservableList<String> pickableTickets() {
        return readOnlyPickable;
    }

    public void refresh() {
        background.run(() -> new Loaded(handover.recent(me.region()), ticketService.queue(
                        new TicketQuery(null, null, null, "", PICKABLE_TICKETS, true)).tickets().stream()
                        .map(Ticket::number).toList()),
                loaded -> {
                    items.setAll(loaded.items());
                    pickable.setAll(loaded.pickable());
                    long count = HandoverService.waitingFor(loaded.items(), me);
                    waiting.set(count == 0 ? "" : messages.get("handover.waiting", count));
                },
                error -> notice.set(messages.get("handover.loadFailed")));
    }

    private record Loaded(List<HandoverItem> items, List<String> pickable) {
    }

    /// Adds a ticket number to the linked ones (from the queue menu), unless it is there already.
    public void link(String number) {
        List<String> linked = HandoverService.parseTicketNumbers(tickets.get());
        if (!linked.contains(number)) {
            tickets.set(linked.isEmpty() ? number : String.join(", ", linked) + ", " + number);
        }
    }

    /// R-SH-2: writes the entry; on a problem the messages appear at the fields and the text stays.
    public void write() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        HandoverCategory chosen = category.get();
        String text = body.get();
        List<String> numbers = HandoverService.parseTicketNumbers(tickets.get());
        background.run(() -> handover.write(chosen, text, numbers, me),
                written -> {
                    busy.set(false);
                    errors.values().forEach(e -> e.set(""));
                    body.set("");
                    tickets.set("");
                    category.set(null);
                    notice.set(messages.get("handover.written"));
                    onWritten.run();
                    refresh();
                },
                error -> {
                    busy.set(false);
                    errors.values().forEach(e -> e.set(""));
                    if (error instanceof InvalidHandoverException invalid) {
                        invalid.problems().forEach(p -> errors.get(p.field()).set(text(p)));
                        notice.set(messages.get("handover.fix"));
                    } else {
                        notice.set(messages.get("handover.failed"));
                    }
                });
    }

    String text(HandoverProblem problem) {
        return switch (problem.kind()) {
            case REQUIRED -> messages.get("handover.problem.required");
            case TOO_LONG -> messages.get("handover.problem.tooLong", problem.detail());
            case BAD_TICKET_NUMBER -> messages.get("handover.problem.badTicket", problem.detail());
            case UNKNOWN_TICKET -> messages.get("handover.problem.unknownTicket", problem.detail());
            case TOO_MANY_TICKETS -> messages.get("handover.problem.tooManyTickets", problem.detail());
        };
    }

    public boolean mayAcknowledge(HandoverItem item) {
        return item != null && item.mayBeAcknowledgedBy(me.staffId(), me.seatCode());
    }

    /// R-SH-2: the incoming shift acknowledges; recorded with who, when and at which seat.
    public void acknowledge(HandoverItem item) {
        if (!mayAcknowledge(item) || busy.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> handover.acknowledge(item, me),
                ack -> {
                    busy.set(false);
                    notice.set(messages.get("handover.acknowledged"));
                    onWritten.run();
                    refresh();
                },
                error -> {
                    busy.set(false);
                    notice.set(messages.get("handover.failed"));
                });
    }

    /// How many hours back the log looks (setting `handover.window.hours`).
    public long windowHours() {
        return handover.window().toHours();
    }

    public String when(HandoverItem item) {
        return time.format(item.entry().writtenAt().atZone(zone));
    }

    /// "李娜 · S08 · 11-24 08:02; …": who acknowledged, where and when.
    public String acknowledgements(HandoverItem item) {
        return item.acks().stream()
                .map(a -> messages.get("handover.ackBy", a.staffName(), a.seatCode(), time.format(a.acknowledgedAt().atZone(zone))))
                .collect(Collectors.joining("\n"));
    }

    public String status(HandoverItem item) {
        return messages.label(item.status());
    }

    public String tickets(HandoverItem item) {
        return String.join(", ", item.entry().ticketNumbers());
    }
}
