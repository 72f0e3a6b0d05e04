package org.seatdesk.ticket;

import org.seatdesk.sync.OutboxOperation;

/// Everything that registering a ticket writes; the repository commits it in one transaction
/// (sync principle 1: nothing typed exists only in memory, and no row lacks its outbox entry):
/// the ticket's CREATE and its first history entry's APPEND, so every seat gets both (R-TK-13).
public record Registration(Ticket ticket, TicketEvent firstEvent, OutboxOperation operation,
                           OutboxOperation eventOperation) {
}
