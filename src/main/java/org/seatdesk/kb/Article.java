package org.seatdesk.kb;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/// A published knowledge-base article as hub and seats store it (R-KB-2, R-KB-3), and as the
/// `kb_article PUBLISH` payload carries it (docs/hub-api.md). `body` is Markdown; `language` is
/// `zh` or `en`; `removedAt` is null while the article is live (a removed article stays in
/// history but leaves the seats' search).
public record Article(UUID id, Section section, String category, String title, String body, String language,
                      List<String> tags, int version, Instant publishedAt, UUID publishedBy, Instant removedAt) {

    public Article {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public boolean live() {
        return removedAt == null;
    }

    public Article removed(Instant at) {
        return new Article(id, section, category, title, body, language, tags, version, publishedAt, publishedBy, at);
    }

    /// As published at `at`: live again if it had been removed.
    public Article asPublished(Instant at) {
        return new Article(id, section, category, title, body, language, tags, version, at, publishedBy, null);
    }
}
