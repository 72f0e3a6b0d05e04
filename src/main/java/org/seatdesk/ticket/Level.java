package org.seatdesk.ticket;

/// Two levels; urgent tickets are handled first and sort first (R-TK-8).
public enum Level {
    URGENT,
    NORMAL;

    /// The queue's first sort key: lower comes first.
    public short priority() {
        return (short) ordinal();
    }
}
