package org.seatdesk.ticket;

import org.seatdesk.sync.OutboxOperation;

/// Everything that registering a ticket writes; the repository commits it in one transaction
/// (sync principle 1: nothing typed exists only in memory, and no row lacks its outbox entry).
public record Registration(Ticket ticket, TicketEvent firstEvent, OutboxOperation operation) {
}
