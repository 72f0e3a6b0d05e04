package org.seatdesk.ticket;

/// Who asked for the work (R-TK-2).
public enum RequesterKind {
    BANK,
    MERCHANT,
    OTHER
}
