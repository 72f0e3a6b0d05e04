package org.seatdesk.dutylog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/// One entry of the monitor's duty log for a shift (R-SH-5). Append-only.
public record DutyLogEntry(UUID id, LocalDate shiftDay, String shiftCode, DutyLogCategory category, String text,
                           UUID authorId, String authorName, Instant writtenAt) {
}
