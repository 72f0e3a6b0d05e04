package org.seatdesk.roster;

import java.time.LocalDate;
import java.util.List;

import org.seatdesk.security.Staff;

/// A week of the roster as worked, one row per person, one cell per day; what the director's
/// grid shows. `backToBack` flags a shift that starts too soon after the previous one (R-SW-3).
public record RosterWeek(LocalDate monday, List<LocalDate> days, List<Boolean> holidays, List<ShiftType> shiftTypes,
                         List<Row> rows) {

    public record Row(Staff person, List<Cell> cells) {
    }

    /// `shiftCode` null: off that day.
    public record Cell(String shiftCode, String seatCode, boolean swapped, boolean onLeave, boolean backToBack) {

        public static final Cell OFF = new Cell(null, null, false, false, false);
    }
}
