package org.seatdesk.kb.editorial;

/// What the editor typed, before it is checked and cleaned into a {@link Revision}.
public record RevisionDraft(String section, String category, String title, String body, String language, String tags) {
}
