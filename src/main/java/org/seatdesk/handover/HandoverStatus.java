package org.seatdesk.handover;

/// R-SH-2: where a handover entry stands.
public enum HandoverStatus {
    /// Nobody of the incoming shift has acknowledged it yet.
    OPEN,
    /// Acknowledged, but not yet by a successor logged in at the entry's seat.
    ACKNOWLEDGED,
    /// A successor acknowledged it while logged in at the entry's seat: the handover is complete.
    COMPLETE
}
