package org.seatdesk.ticket;

/// A queue filter; null means "any". `search` matches a ticket number, a phone number or a
/// terminal / merchant ID / POS barcode, by prefix. Runs in the database, not in the table.
public record TicketQuery(TicketStatus status, TicketType type, Level level, String search, int limit) {

    public static final int DEFAULT_LIMIT = 500;

    public TicketQuery {
        search = search == null ? "" : search.strip();
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    public static TicketQuery all() {
        return new TicketQuery(null, null, null, "", DEFAULT_LIMIT);
    }
}
