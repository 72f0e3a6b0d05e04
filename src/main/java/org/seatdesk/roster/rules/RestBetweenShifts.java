package org.seatdesk.roster.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.seatdesk.roster.EffectiveRoster;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.ShiftType;

/// R-SW-3: two shifts of one person with less rest than the minimum between them are back to
/// back. Used by the swap check and by the roster grid, which flags such cells.
public final class RestBetweenShifts {

    private RestBetweenShifts() {
    }

    /// The days whose shift starts too soon after the person's previous shift, between two days.
    /// Only worked shifts count: a shift on approved leave neither rests too little nor shortens
    /// the rest before the next one.
    public static List<LocalDate> backToBackDays(EffectiveRoster roster, RosterFacts facts, UUID staffId,
                                                 LocalDate from, LocalDate to, Duration minimumRest) {
        List<LocalDate> days = new ArrayList<>();
        EffectiveRoster.Shift previous = roster.shift(staffId, from.minusDays(1)).filter(s -> !s.onLeave()).orElse(null);
        for (EffectiveRoster.Shift shift : roster.shiftsOf(staffId, from, to)) {
            if (shift.onLeave()) {
                continue;
            }
            if (previous != null && tooClose(previous, shift, facts, minimumRest)) {
                days.add(shift.assignment().workDay());
            }
            previous = shift;
        }
        return days;
    }

    static boolean tooClose(EffectiveRoster.Shift earlier, EffectiveRoster.Shift later, RosterFacts facts, Duration rest) {
        ShiftType a = facts.shiftType(earlier.assignment().shiftCode()).orElseThrow();
        ShiftType b = facts.shiftType(later.assignment().shiftCode()).orElseThrow();
        var end = facts.end(earlier.assignment().workDay(), a);
        var start = facts.start(later.assignment().workDay(), b);
        return Duration.between(end, start).compareTo(rest) < 0;
    }
}
