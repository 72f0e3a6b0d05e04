package org.seatdesk.ticket;

import java.time.Instant;
import java.util.UUID;

/// One entry of a ticket's history: who, when, what (R-TK-13). Append-only.
public record TicketEvent(UUID id, UUID ticketId, Instant at, UUID actorId, String actorName, Kind kind, String detail) {

    public enum Kind {
        CREATED,
        UPDATED,
        DISPATCHED,
        HANDLING_REPORTED,
        CALLBACK,
        CLOSED,
        /// R-KB-4: the agent answered from a knowledge-base article and linked it to the ticket;
        /// the detail is an {@link ArticleLink}. Travels like every history entry (R-TK-13).
        KB_LINKED
    }
}
