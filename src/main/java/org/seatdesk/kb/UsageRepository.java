package org.seatdesk.kb;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/// What one agent did with articles at this seat: pins, recently opened, links to tickets
/// (R-KB-4: the answer they need again is one click away). Seat-local, never synced.
public interface UsageRepository {

    void pin(UUID staffId, UUID articleId, Instant at);

    void unpin(UUID staffId, UUID articleId);

    /// Live pinned articles, newest pin first.
    List<Article> pinned(UUID staffId);

    void opened(UUID staffId, UUID articleId, Instant at);

    /// Live articles opened lately, newest first, at most `limit`.
    List<Article> recent(UUID staffId, int limit);

    /// True if the link is new.
    boolean link(UUID ticketId, UUID articleId, UUID staffId, Instant at);

    List<UUID> linkedArticles(UUID ticketId);
}
