package org.seatdesk.rollcall;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.seatdesk.roster.ShiftType;

/// The roll call of one shift: who is rostered, with their marks, and when it opens (R-SH-1).
public record RollCallSheet(LocalDate shiftDay, ShiftType shift, LocalDateTime opensAt, List<RollCallEntry> entries) {

    public long count(Mark mark) {
        return entries.stream().filter(e -> e.mark() == mark).count();
    }

    public long uncalled() {
        return entries.stream().filter(e -> e.mark() == null).count();
    }
}
