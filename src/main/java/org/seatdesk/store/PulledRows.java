package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.TICKET;
import static org.seatdesk.store.jooq.Tables.TICKET_EVENT;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;
import org.seatdesk.sync.HubWire.Change;

/// The seat's own rows for the tickets and ticket events a pulled page names, read in two queries
/// instead of one or two per change, and kept current while the page is applied (a catch-up pulls
/// back thousands of the seat's own changes; ADR 0019). Asked about anything else, it says it
/// does not know, and the caller queries as before.
final class PulledRows {

    private final Set<UUID> ticketsAsked = new HashSet<>();
    private final Map<UUID, Integer> versions = new HashMap<>();
    private final Set<UUID> eventsAsked = new HashSet<>();
    private final Set<UUID> events = new HashSet<>();

    static PulledRows read(DSLContext tx, List<Change> changes) {
        PulledRows rows = new PulledRows();
        for (Change c : changes) {
            if ("ticket".equals(c.entity())) {
                rows.ticketsAsked.add(c.entityId());
            } else if ("ticket_event".equals(c.entity())) {
                rows.eventsAsked.add(c.entityId());
                JsonNode ticket = c.payload() == null ? null : c.payload().get("ticketId");
                if (ticket != null && ticket.isTextual()) {
                    try {
                        rows.ticketsAsked.add(UUID.fromString(ticket.asText()));
                    } catch (IllegalArgumentException notAnId) {
                        // the apply refuses it as before
                    }
                }
            }
        }
        if (!rows.ticketsAsked.isEmpty()) {
            tx.select(TICKET.ID, TICKET.VERSION).from(TICKET).where(TICKET.ID.in(rows.ticketsAsked))
                    .forEach(r -> rows.versions.put(r.value1(), r.value2()));
        }
        if (!rows.eventsAsked.isEmpty()) {
            rows.events.addAll(tx.select(TICKET_EVENT.ID).from(TICKET_EVENT).where(TICKET_EVENT.ID.in(rows.eventsAsked))
                    .fetch(TICKET_EVENT.ID));
        }
        return rows;
    }

    boolean knowsTicket(UUID id) {
        return ticketsAsked.contains(id);
    }

    /// The local version, or null when this seat has no such ticket (only if {@link #knowsTicket}).
    Integer version(UUID id) {
        return versions.get(id);
    }

    void ticketWritten(UUID id, int version) {
        ticketsAsked.add(id);
        versions.put(id, version);
    }

    boolean knowsEvent(UUID id) {
        return eventsAsked.contains(id);
    }

    boolean hasEvent(UUID id) {
        return events.contains(id);
    }

    void eventWritten(UUID id) {
        eventsAsked.add(id);
        events.add(id);
    }
}
