package org.seatdesk.rollcall;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/// One mark of one person at the roll call of a shift (R-SH-1). Append-only: a correction is a
/// new mark, and the latest one counts.
public record RollCallMark(UUID id, LocalDate shiftDay, String shiftCode, UUID staffId, String staffNo,
                           String staffName, String seatCode, Mark mark, int minutesLate, UUID markedBy,
                           String markedByName, Instant markedAt) {
}
