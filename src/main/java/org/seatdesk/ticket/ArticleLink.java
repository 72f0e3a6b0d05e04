package org.seatdesk.ticket;

import java.util.Optional;
import java.util.UUID;

/// The detail of a {@link TicketEvent.Kind#KB_LINKED} history entry: which article, and its title
/// when it was linked — the entry stays readable at a seat or console that lacks the article, or
/// after the article was removed (R-KB-2 keeps it in history; R-TK-13 keeps the entry).
public record ArticleLink(UUID articleId, String title) {

    /// Stored as "id title": the id first, so a seat finds the links of an article by prefix.
    public String detail() {
        return articleId + " " + title;
    }

    /// The link a detail names; empty for a detail of another form.
    public static Optional<ArticleLink> parse(String detail) {
        if (detail == null || detail.length() < 36) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(detail.substring(0, 36));
            return Optional.of(new ArticleLink(id, detail.substring(36).strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
