package org.seatdesk.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/// A kind of shift (day, middle, night); `endsAt` before `startsAt` means it crosses midnight.
public record ShiftType(String code, String nameZh, String nameEn, LocalTime startsAt, LocalTime endsAt) {

    public boolean crossesMidnight() {
        return !endsAt.isAfter(startsAt);
    }

    /// Whether a shift of this type that starts on `workDay` is running at `at`.
    public boolean covers(LocalDate workDay, LocalDateTime at) {
        LocalDateTime start = workDay.atTime(startsAt);
        LocalDateTime end = (crossesMidnight() ? workDay.plusDays(1) : workDay).atTime(endsAt);
        return !at.isBefore(start) && at.isBefore(end);
    }
}
