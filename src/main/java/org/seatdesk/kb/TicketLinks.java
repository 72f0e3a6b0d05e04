package org.seatdesk.kb;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ticket.ArticleLink;
import org.seatdesk.ticket.TicketEvent;

/// Articles an agent answered from, linked to the ticket (R-KB-4). A link is an entry of the
/// ticket's history (R-TK-13, kind KB_LINKED), written with its `ticket_event APPEND` operation in
/// one transaction: append-only, it never conflicts, and it reaches the hub, the supervisors and
/// every seat of the region like any other history entry (ADR 0022). Blocking: database thread.
public final class TicketLinks {

    private final UsageRepository usage;
    private final Clock clock;
    private final TimeOrderedIds ids;

    public TicketLinks(UsageRepository usage, Clock clock, TimeOrderedIds ids) {
        this.usage = usage;
        this.clock = clock;
        this.ids = ids;
    }

    /// Links the article to the ticket, as done by the person logged in; false if this seat
    /// already holds a link of the ticket to the article (nothing is written twice).
    public boolean link(UUID ticketId, Article article, UUID staffId, String staffName) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
        TicketEvent event = new TicketEvent(ids.next(), ticketId, now, staffId, staffName, TicketEvent.Kind.KB_LINKED,
                new ArticleLink(article.id(), article.title()).detail());
        OutboxOperation op = new OutboxOperation(ids.next(), "ticket_event", event.id(), OutboxOperation.Kind.APPEND, 0,
                Payloads.json(event), now);
        return usage.linkToTicket(event, article.id(), op);
    }

    /// The articles linked to the ticket, here or at any seat this one has synced with, oldest first.
    public List<UUID> linked(UUID ticketId) {
        return usage.linkedArticles(ticketId);
    }
}
