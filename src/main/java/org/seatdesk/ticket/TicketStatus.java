package org.seatdesk.ticket;

/// Where a ticket is in the centre's own flow; the branch's report is {@link HandlingStatus}.
public enum TicketStatus {
    /// Accepted, waiting for dispatch (R-TK-4 clock runs).
    NEW,
    /// Sent to a field inspector or a regional desk (R-TK-5).
    DISPATCHED,
    /// Handled and verified, or closed as unreachable (R-TK-10); archived, never deleted (R-TK-13).
    CLOSED
}
