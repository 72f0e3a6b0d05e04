package org.seatdesk.ticket;

/// Handling status reported back by the branch (R-TK-6).
public enum HandlingStatus {
    UNPROCESSED,
    UNFINISHED,
    APPOINTMENT_SCHEDULED,
    COMPLETED
}
