package org.seatdesk.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.seatdesk.roster.rules.RestBetweenShifts;
import org.seatdesk.security.Staff;

/// The department director's roster: a week as worked (with approved swaps and leave), edits of
/// the plan, and copying a week. Conflicts are flagged, not forbidden: the director may need a
/// back-to-back shift in a pinch, but sees it.
public final class RosterPlanner {

    private final RosterRecords records;
    private final RosterPolicy policy;

    public RosterPlanner(RosterRecords records, RosterPolicy policy) {
        this.records = records;
        this.policy = policy;
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public RosterWeek week(LocalDate anyDay) {
        return week(records.ledger().facts(mondayOf(anyDay).minusDays(1), mondayOf(anyDay).plusDays(7)), anyDay);
    }

    /// Builds the week from facts already loaded (the benchmark times this apart from the database).
    public RosterWeek week(RosterFacts facts, LocalDate anyDay) {
        LocalDate monday = mondayOf(anyDay);
        List<LocalDate> days = monday.datesUntil(monday.plusDays(7)).toList();
        EffectiveRoster roster = facts.effective();
        List<Staff> people = new ArrayList<>(facts.people().stream().filter(Staff::active).toList());
        people.sort(Comparator.comparing(Staff::staffNo));
        List<RosterWeek.Row> rows = new ArrayList<>(people.size());
        for (Staff person : people) {
            Set<LocalDate> clashes = new HashSet<>(RestBetweenShifts.backToBackDays(roster, facts, person.id(), monday,
                    monday.plusDays(6), policy.minimumRest()));
            List<RosterWeek.Cell> cells = new ArrayList<>(7);
            for (LocalDate day : days) {
                cells.add(roster.shift(person.id(), day)
                        .map(s -> new RosterWeek.Cell(s.assignment().shiftCode(), s.assignment().seatCode(), s.swapped(),
                                s.onLeave(), clashes.contains(day)))
                        .orElse(RosterWeek.Cell.OFF));
            }
            rows.add(new RosterWeek.Row(person, List.copyOf(cells)));
        }
        List<ShiftType> types = facts.shiftTypes().stream().sorted(Comparator.comparing(ShiftType::startsAt)).toList();
        return new RosterWeek(monday, days, days.stream().map(facts::isHoliday).toList(), types, List.copyOf(rows));
    }

    public void plan(Staff person, LocalDate day, String shiftCode, String seatCode) {
        records.plan(person.id(), day, shiftCode, shiftCode == null ? null : seatCode);
    }

    /// Copies the week of `monday` onto the following week.
    public int copyToNextWeek(LocalDate monday) {
        LocalDate from = mondayOf(monday);
        return records.copyWeek(from, from.plusDays(7));
    }
}
