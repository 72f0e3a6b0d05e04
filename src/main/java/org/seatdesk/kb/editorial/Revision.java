package org.seatdesk.kb.editorial;

import java.time.Instant;
import java.util.UUID;

/// One saved version of an item's text (R-KB-2: versions with what changed). Append-only:
/// saving again adds revision `revisionNo + 1`; nothing is overwritten. `section` is the name
/// of a knowledge-base section (R-KB-3), `tags` comma-separated, `body` cleaned Markdown.
public record Revision(UUID id, UUID itemId, int revisionNo, String section, String category, String title,
                       String body, String language, String tags, UUID authorId, String authorName, Instant at) {

    public static final int TITLE_LIMIT = 200;
    /// The article body limit of the knowledge base (issue 6): a longer paste is refused, never cut.
    public static final int BODY_LIMIT = 12_000;
    public static final int CATEGORY_LIMIT = 64;
    public static final int TAGS_LIMIT = 200;

    /// Complete enough to be entered in the knowledge base (R-KB-1 ④).
    public boolean isComplete() {
        return notBlank(section) && notBlank(category) && notBlank(title) && notBlank(body) && notBlank(language);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
