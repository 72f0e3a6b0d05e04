package org.seatdesk.roster;

import java.time.LocalDate;
import java.util.UUID;

/// `staffId` works `shiftCode` starting on `workDay`, at `seatCode` (null: no fixed seat).
public record Assignment(UUID staffId, LocalDate workDay, String shiftCode, String seatCode) {
}
