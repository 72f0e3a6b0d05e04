package org.seatdesk.ticket;

/// Why a ticket was closed (R-TK-10); the detail of a CLOSED history event.
public enum ClosingReason {
    /// The customer confirmed the result on the return visit.
    VERIFIED,
    /// Contact data wrong, or no answer after the configured attempts.
    UNREACHABLE,
    /// A consultation or suggestion answered to the customer.
    ANSWERED,
    /// Recorded only (praise, or a suggestion passed on).
    RECORDED
}
