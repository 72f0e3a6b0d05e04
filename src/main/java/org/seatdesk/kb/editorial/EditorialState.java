package org.seatdesk.kb.editorial;

/// Where a knowledge-base item stands in the editors' flow (R-KB-1), plus the removal of
/// R-KB-2. The order of declaration is the order of the flow.
public enum EditorialState {
    /// A business notice arrived from a department (R-KB-1 ①).
    NOTICE_RECEIVED,
    /// The centre director has read it (R-KB-1 ②).
    READ_BY_DIRECTOR,
    /// Editors study it and collect related material (R-KB-1 ③).
    BEING_EDITED,
    /// Entered in the knowledge base, waiting for the issuing department (R-KB-1 ④).
    ENTERED,
    /// The issuing department confirmed the wording (R-KB-1 ⑤).
    CONFIRMED,
    /// On every seat (R-KB-1 ⑥).
    PUBLISHED,
    /// A removal was started (R-KB-2: its start time); the article is still on the seats.
    REMOVAL_STARTED,
    /// Gone from the seats' search; kept in history (R-KB-2: the removal's end time).
    REMOVED
}
