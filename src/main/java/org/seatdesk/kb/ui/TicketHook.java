package org.seatdesk.kb.ui;

import org.seatdesk.kb.Article;

/// What the reader may do to the ticket being written at this seat (the form keeps everything
/// else the agent typed).
public interface TicketHook {

    /// Appends a passage to the ticket's problem description.
    void appendToDescription(String passage);

    /// Links the article to the ticket being written (recorded when it is saved).
    void link(Article article);

    /// True if the article is linked to the ticket being written.
    boolean isLinked(Article article);
}
