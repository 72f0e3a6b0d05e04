package org.seatdesk.ticket;

/// Direct dispatch to a field inspector, or transfer to the regional desk (R-TK-5).
public enum DispatchKind {
    DIRECT,
    TRANSFER
}
