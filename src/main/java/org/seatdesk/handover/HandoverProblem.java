package org.seatdesk.handover;

/// One thing wrong with a handover entry being written; the UI words it in its language.
/// `detail` is the offending ticket number, or the limit for TOO_LONG.
public record HandoverProblem(Field field, Kind kind, String detail) {

    public enum Field {
        CATEGORY,
        BODY,
        TICKETS
    }

    public enum Kind {
        REQUIRED,
        TOO_LONG,
        BAD_TICKET_NUMBER,
        UNKNOWN_TICKET,
        TOO_MANY_TICKETS
    }
}
