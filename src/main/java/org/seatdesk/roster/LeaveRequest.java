package org.seatdesk.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/// A request for leave from `firstDay` to `lastDay` (inclusive, work days of shifts). Append-only:
/// decisions are separate records.
public record LeaveRequest(UUID id, UUID staffId, UUID requestedBy, LeaveKind kind, LocalDate firstDay,
                           LocalDate lastDay, boolean certificate, String note, Instant requestedAt) {

    public static final int NOTE_MAX = 500;

    /// Calendar days asked for: the measure of approval authority (R-LV-2).
    public long days() {
        return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
