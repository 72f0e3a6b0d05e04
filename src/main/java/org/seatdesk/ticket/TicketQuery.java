package org.seatdesk.ticket;

/// A queue filter; null means "any". `openOnly` keeps tickets that are not closed (the agent's
/// working view). `search` matches a ticket number, a phone number or a terminal / merchant ID /
/// POS barcode, by prefix. Runs in the database, not in the table.
public record TicketQuery(TicketStatus status, TicketType type, Level level, String search, int limit, boolean openOnly) {

    public static final int DEFAULT_LIMIT = 500;

    public TicketQuery {
        search = search == null ? "" : search.strip();
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    public TicketQuery(TicketStatus status, TicketType type, Level level, String search, int limit) {
        this(status, type, level, search, limit, false);
    }

    public static TicketQuery all() {
        return new TicketQuery(null, null, null, "", DEFAULT_LIMIT);
    }
}
