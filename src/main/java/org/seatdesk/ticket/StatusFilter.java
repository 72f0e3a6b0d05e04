package org.seatdesk.ticket;

/// The queue's status choice: open work (the default at a seat), everything, or one status.
public enum StatusFilter {
    OPEN,
    ANY,
    NEW,
    DISPATCHED,
    CLOSED;

    public TicketQuery query(TicketType type, Level level, String search, int limit) {
        return switch (this) {
            case OPEN -> new TicketQuery(null, type, level, search, limit, true);
            case ANY -> new TicketQuery(null, type, level, search, limit, false);
            case NEW -> new TicketQuery(TicketStatus.NEW, type, level, search, limit, false);
            case DISPATCHED -> new TicketQuery(TicketStatus.DISPATCHED, type, level, search, limit, false);
            case CLOSED -> new TicketQuery(TicketStatus.CLOSED, type, level, search, limit, false);
        };
    }
}
