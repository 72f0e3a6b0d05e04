package org.seatdesk.rollcall;

/// What the monitor marks at roll call (R-SH-1); ON_LEAVE is approved leave, never absence.
public enum Mark {
    PRESENT,
    LATE,
    ABSENT,
    ON_LEAVE
}
