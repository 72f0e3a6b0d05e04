package org.seatdesk.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.seatdesk.store.jooq.tables.records.HubChangeRecord;
import org.seatdesk.store.jooq.tables.records.HubOpRecord;
import org.seatdesk.ticket.CallRecord;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;

/// What one hub push transaction knows of its rows without asking the database again (read up
/// front, or written by itself), and the writes it has not sent yet (JooqHubStore.Tx, ADR 0019).
final class TxRows {

    final Map<UUID, Ticket> ticketInserts = new LinkedHashMap<>();
    final Map<UUID, Ticket> ticketUpdates = new LinkedHashMap<>();
    final List<TicketEvent> eventInserts = new ArrayList<>();
    final List<CallRecord> callInserts = new ArrayList<>();
    final List<HubChangeRecord> changes = new ArrayList<>();
    final List<HubOpRecord> ops = new ArrayList<>();
    /// Op ids recorded in this transaction (sent or not), with their seq.
    final Map<UUID, Long> opsRecorded = new HashMap<>();
    final Presence events = new Presence();
    final Presence calls = new Presence();

    private final Map<UUID, Ticket> tickets = new HashMap<>();
    private final Set<UUID> ticketsKnown = new HashSet<>();
    private final Set<String> numbersKnown = new HashSet<>();
    private final Set<String> numbersTaken = new HashSet<>();

    /// The database was asked for `asked` ids and `askedNumbers` and answered `found`.
    void ticketsRead(Collection<UUID> asked, Collection<String> askedNumbers, List<Ticket> found) {
        ticketsKnown.addAll(asked);
        numbersKnown.addAll(askedNumbers);
        found.forEach(this::known);
    }

    boolean knowsTicket(UUID id) {
        return ticketsKnown.contains(id);
    }

    Optional<Ticket> ticket(UUID id) {
        return Optional.ofNullable(tickets.get(id));
    }

    /// Whether a ticket with this id or this number exists (either may be null: not asked); null
    /// when that is not known here. A null half counts as known: the push asks for the id and the
    /// number apart, and treating the missing half as unknown sent every CREATE to the database
    /// after a flush of the batch so far (a third of the hub's time per op, ADR 0025).
    Boolean ticketOrNumberExists(UUID id, String number) {
        if ((id != null && tickets.containsKey(id)) || (number != null && numbersTaken.contains(number))) {
            return true;
        }
        boolean idKnown = id == null || ticketsKnown.contains(id);
        boolean numberKnown = number == null || numbersKnown.contains(number);
        return idKnown && numberKnown ? false : null;
    }

    void inserted(Ticket ticket) {
        ticketInserts.put(ticket.id(), ticket);
        known(ticket);
    }

    /// An update of a ticket inserted in this transaction and not sent yet replaces the insert.
    void updated(Ticket ticket) {
        if (ticketInserts.containsKey(ticket.id())) {
            ticketInserts.put(ticket.id(), ticket);
        } else {
            ticketUpdates.put(ticket.id(), ticket);
        }
        known(ticket);
    }

    private void known(Ticket ticket) {
        tickets.put(ticket.id(), ticket);
        ticketsKnown.add(ticket.id());
        numbersTaken.add(ticket.number());
        numbersKnown.add(ticket.number());
    }

    /// The buffered writes were sent; what is known stays known.
    void written() {
        ticketInserts.clear();
        ticketUpdates.clear();
        eventInserts.clear();
        callInserts.clear();
        changes.clear();
        ops.clear();
    }

    /// Which ids of an append-only table exist, for the ids asked about or written.
    static final class Presence {
        private final Set<UUID> known = new HashSet<>();
        private final Set<UUID> present = new HashSet<>();

        void read(Collection<UUID> asked, Collection<UUID> found) {
            known.addAll(asked);
            present.addAll(found);
        }

        void written(UUID id) {
            known.add(id);
            present.add(id);
        }

        boolean knows(UUID id) {
            return known.contains(id);
        }

        boolean present(UUID id) {
            return present.contains(id);
        }
    }
}
