package org.seatdesk.kb;

/// Where an article sits in the knowledge base: the four sections of R-KB-3, plus the standard
/// scripts of R-TK-12, which agents search like any other article.
public enum Section {
    COMPREHENSIVE,
    BUSINESS,
    ENCYCLOPEDIA,
    LIFE,
    SCRIPTS
}
