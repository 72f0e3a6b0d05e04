package org.seatdesk.notice;

/// One thing wrong with a notice being published; the UI words it in its language.
public record NoticeProblem(Field field, Kind kind, int limit) {

    public enum Field {
        KIND,
        TITLE,
        BODY,
        VALID_FROM,
        VALID_UNTIL
    }

    public enum Kind {
        REQUIRED,
        TOO_LONG,
        /// The period ends before it starts, or has already ended.
        ENDS_TOO_EARLY
    }
}
