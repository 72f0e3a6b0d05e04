package org.seatdesk.kb;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/// What a published article must satisfy (the widths of V6's kb_article): checked by the hub
/// on every PUBLISH, and by the editor before it sends one. Answers a sentence naming the field,
/// never the value.
public final class ArticleLimits {

    public static final int TITLE = 200;
    public static final int CATEGORY = 64;
    /// The body fits, as JSON, in a change payload of 20,000 characters (hub_change, outbox).
    public static final int BODY = 12_000;
    public static final int TAGS = 500;
    public static final Set<String> LANGUAGES = Set.of("zh", "en");

    private ArticleLimits() {
    }

    /// Null when the article can be published as `id`; otherwise what is wrong.
    public static String problem(Article a, UUID id) {
        if (a.id() == null || a.section() == null || blank(a.category()) || blank(a.title()) || a.body() == null
                || a.language() == null || a.publishedBy() == null) {
            return "an article needs id, section, category, title, body, language and publishedBy";
        }
        if (!a.id().equals(id)) {
            return "entityId differs from the payload's id";
        }
        if (!LANGUAGES.contains(a.language())) {
            return "language must be zh or en";
        }
        if (a.version() < 1) {
            return "version must be at least 1";
        }
        if (a.title().length() > TITLE) {
            return "title is longer than " + TITLE + " characters";
        }
        if (a.category().length() > CATEGORY) {
            return "category is longer than " + CATEGORY + " characters";
        }
        if (a.body().length() > BODY) {
            return "body is longer than " + BODY + " characters";
        }
        return tagsProblem(a.tags());
    }

    private static String tagsProblem(List<String> tags) {
        for (String tag : tags) {
            if (blank(tag) || tag.contains(",")) {
                return "a tag is empty or contains a comma";
            }
        }
        if (String.join(",", tags).length() > TAGS) {
            return "tags are longer than " + TAGS + " characters together";
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
