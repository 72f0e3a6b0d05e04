package org.seatdesk.roster;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.seatdesk.roster.rules.RestBetweenShifts;
import org.seatdesk.security.Staff;
import org.seatdesk.sync.TimeOrderedIds;

/// The department director's roster: a week as worked (with approved swaps and leave), edits of
/// the plan, and copying a week. Edits are synced records (ADR 0018), so every console shows them. Conflicts are flagged, not forbidden: the director may need a
/// back-to-back shift in a pinch, but sees it.
public final class RosterPlanner {

    private final RosterRecords records;
    private final RosterPolicy policy;
    private final Clock clock;
    private final TimeOrderedIds ids;

    public RosterPlanner(RosterRecords records, RosterPolicy policy, Clock clock, TimeOrderedIds ids) {
        this.records = records;
        this.policy = policy;
        this.clock = clock;
        this.ids = ids;
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

    /// Whether `person` may change the roster here; the grid is read-only for everyone else.
    public static boolean mayEdit(Staff person) {
        return RosterEdit.mayEdit(person.role());
    }

    /// Puts `person` on `shiftCode` at `seatCode` on `day` (null code: off), as one synced edit.
    public void plan(Staff editor, Staff person, LocalDate day, String shiftCode, String seatCode) {
        requireEditor(editor);
        records.submit(List.of(edit(editor, person.id(), day, shiftCode, shiftCode == null ? null : seatCode, now())));
    }

    /// Copies the week of `monday` onto the following week, replacing what was planned there: one
    /// edit per day that changes, nothing for a day that is already the same. Returns the number of
    /// shifts in the copied week.
    public int copyToNextWeek(Staff editor, LocalDate monday) {
        requireEditor(editor);
        LocalDate from = mondayOf(monday);
        LocalDate to = from.plusDays(7);
        RosterFacts facts = records.ledger().facts(from, to.plusDays(6));
        Map<UUID, Map<LocalDate, Assignment>> byPerson = new HashMap<>();
        int copied = 0;
        for (Assignment a : facts.planned()) {
            if (!a.workDay().isBefore(from) && !a.workDay().isAfter(to.plusDays(6))) {
                byPerson.computeIfAbsent(a.staffId(), k -> new HashMap<>()).put(a.workDay(), a);
                copied += a.workDay().isBefore(to) ? 1 : 0;
            }
        }
        Instant now = now();
        List<RosterEdit> edits = new ArrayList<>();
        byPerson.forEach((staffId, days) -> {
            for (int i = 0; i < 7; i++) {
                Assignment source = days.get(from.plusDays(i));
                Assignment target = days.get(to.plusDays(i));
                String code = source == null ? null : source.shiftCode();
                String seat = source == null ? null : source.seatCode();
                if (target == null ? code != null
                        : !Objects.equals(code, target.shiftCode()) || !Objects.equals(seat, target.seatCode())) {
                    edits.add(edit(editor, staffId, to.plusDays(i), code, seat, now));
                }
            }
        });
        if (!edits.isEmpty()) {
            records.submit(edits);
        }
        return copied;
    }

    private static void requireEditor(Staff editor) {
        if (!mayEdit(editor)) {
            throw new IllegalArgumentException("only the department director changes the roster");
        }
    }

    private RosterEdit edit(Staff editor, UUID staffId, LocalDate day, String shiftCode, String seatCode, Instant at) {
        return new RosterEdit(ids.next(), staffId, day, shiftCode, seatCode, editor.id(), at);
    }

    /// Microseconds: what the database keeps, so an edit reads back equal.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
