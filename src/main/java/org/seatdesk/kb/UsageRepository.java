package org.seatdesk.kb;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.ticket.TicketEvent;

/// What one agent did with articles at this seat: pins and recently opened (R-KB-4: the answer
/// they need again is one click away; seat-local, never synced), and links to tickets, which are
/// history entries of the ticket and sync with it ({@link TicketLinks}).
public interface UsageRepository {

    void pin(UUID staffId, UUID articleId, Instant at);

    void unpin(UUID staffId, UUID articleId);

    /// Live pinned articles, newest pin first.
    List<Article> pinned(UUID staffId);

    void opened(UUID staffId, UUID articleId, Instant at);

    /// Live articles opened lately, newest first, at most `limit`.
    List<Article> recent(UUID staffId, int limit);

    /// In one transaction, unless the ticket's history already links `articleId`: the KB_LINKED
    /// history entry and its outbox operation. True if they were written.
    boolean linkToTicket(TicketEvent event, UUID articleId, OutboxOperation op);

    /// Articles the ticket's history links, oldest link first.
    List<UUID> linkedArticles(UUID ticketId);
}
