package org.seatdesk.rollcall;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/// A discipline violation (R-SH-4): late beyond the limit without leave, or away from the post
/// beyond it without permission.
public record DisciplineRecord(UUID id, UUID staffId, String staffNo, String staffName, Kind kind, LocalDate shiftDay,
                               String shiftCode, int minutes, UUID recordedBy, Instant recordedAt) {

    public enum Kind {
        LATE,
        LEFT_POST
    }
}
