package org.seatdesk.ticket;

import java.util.List;

import org.seatdesk.sync.OutboxOperation;

/// Everything one edit of a ticket writes, committed in one transaction (sync principle 1): the
/// ticket as edited, its history entries (R-TK-13) and the outbox operations carrying both.
///
/// @param resolvesConflict the conflict (its refused op id) that this update settles, closed in the
///                         same transaction; null for an ordinary edit
public record TicketUpdate(Ticket ticket, List<TicketEvent> events, List<OutboxOperation> operations,
                           java.util.UUID resolvesConflict) {

    public TicketUpdate {
        events = List.copyOf(events);
        operations = List.copyOf(operations);
    }

    public TicketUpdate(Ticket ticket, List<TicketEvent> events, List<OutboxOperation> operations) {
        this(ticket, events, operations, null);
    }

    public TicketUpdate resolving(java.util.UUID conflictOpId) {
        return new TicketUpdate(ticket, events, operations, conflictOpId);
    }
}
