package org.seatdesk.ticket;

/// What a return visit call achieved (R-TK-7, R-TK-10); the detail of a CALLBACK history event.
public enum CallbackOutcome {
    REACHED,
    NO_ANSWER
}
