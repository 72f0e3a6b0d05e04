package org.seatdesk.kb;

import java.util.UUID;

/// One search result: which article, its section (R-KB-3), and title and snippet with the
/// matches marked.
public record SearchHit(UUID id, Section section, String category, String language, Highlighted title,
                        Highlighted snippet, float score) {
}
