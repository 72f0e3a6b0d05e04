package org.seatdesk.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;

/// What the seat console's roster page shows: the person's current and next shift, with who else
/// works it and the monitor on duty.
public final class ShiftOverview {

    public record Colleague(String staffNo, String name, String seatCode) {
    }

    public record Slot(LocalDate day, ShiftType type, String seatCode, boolean swapped, boolean onLeave,
                       List<Colleague> colleagues, Colleague monitor) {
    }

    public record Shifts(Slot current, Slot next) {
    }

    /// One day of a person's week: their shift that day (null: a day off), as worked after
    /// approved swaps and leave; `holiday` for a public holiday (R-SW-5, R-LV-5).
    public record Day(LocalDate day, ShiftType type, String seatCode, boolean swapped, boolean onLeave, boolean holiday) {
    }

    /// Monday to Sunday.
    public record Week(LocalDate monday, List<Day> days) {
    }

    /// The shifts, the weeks (this one and the next) and the person's next shift, in one read.
    public record Overview(Shifts shifts, List<Week> weeks) {
    }

    private static final int LOOK_AHEAD_DAYS = 14;

    private final RosterRecords records;

    public ShiftOverview(RosterRecords records) {
        this.records = records;
    }

    public Shifts around(UUID staffId, Instant now) {
        RosterFacts facts = records.ledger().facts(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).minusDays(2),
                LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(LOOK_AHEAD_DAYS));
        LocalDateTime local = LocalDateTime.ofInstant(now, facts.zone());
        EffectiveRoster roster = facts.effective();
        Slot current = null;
        Slot next = null;
        for (LocalDate day = local.toLocalDate().minusDays(1); !day.isAfter(local.toLocalDate().plusDays(LOOK_AHEAD_DAYS));
             day = day.plusDays(1)) {
            Optional<EffectiveRoster.Shift> shift = roster.shift(staffId, day);
            if (shift.isEmpty()) {
                continue;
            }
            ShiftType type = facts.shiftType(shift.get().assignment().shiftCode()).orElseThrow();
            if (type.covers(day, local)) {
                current = slot(shift.get(), type, roster, facts, staffId);
            } else if (facts.start(day, type).isAfter(now) && next == null) {
                next = slot(shift.get(), type, roster, facts, staffId);
            }
            if (next != null) {
                break;
            }
        }
        return new Shifts(current, next);
    }

    /// The person's shifts, this week and the next, day by day in the centre's time.
    public Overview overview(UUID staffId, Instant now) {
        Shifts shifts = around(staffId, now);
        LocalDate utc = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        // Wide enough for both weeks whatever the centre's zone; the days are then taken in that zone.
        RosterFacts facts = records.ledger().facts(utc.minusDays(8), utc.plusDays(15));
        LocalDate today = LocalDate.ofInstant(now, facts.zone());
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        EffectiveRoster roster = facts.effective();
        List<Week> weeks = new java.util.ArrayList<>();
        for (int w = 0; w < 2; w++) {
            LocalDate start = monday.plusWeeks(w);
            List<Day> days = new java.util.ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate day = start.plusDays(d);
                Optional<EffectiveRoster.Shift> shift = roster.shift(staffId, day);
                ShiftType type = shift.flatMap(s -> facts.shiftType(s.assignment().shiftCode())).orElse(null);
                days.add(type == null ? new Day(day, null, null, false, false, facts.isHoliday(day))
                        : new Day(day, type, shift.get().assignment().seatCode(), shift.get().swapped(),
                        shift.get().onLeave(), facts.isHoliday(day)));
            }
            weeks.add(new Week(start, List.copyOf(days)));
        }
        return new Overview(shifts, List.copyOf(weeks));
    }

    private static Slot slot(EffectiveRoster.Shift shift, ShiftType type, EffectiveRoster roster, RosterFacts facts,
                             UUID me) {
        LocalDate day = shift.assignment().workDay();
        List<EffectiveRoster.Shift> on = roster.on(day, type.code()).stream().filter(s -> !s.onLeave()).toList();
        Colleague monitor = on.stream().map(s -> facts.staff(s.assignment().staffId()).orElse(null))
                .filter(p -> p != null && p.role() == Role.SHIFT_MONITOR)
                .map(p -> colleague(p, roster, day)).findFirst().orElse(null);
        List<Colleague> colleagues = on.stream()
                .filter(s -> !s.assignment().staffId().equals(me))
                .map(s -> facts.staff(s.assignment().staffId()).orElse(null))
                .filter(p -> p != null && p.role() != Role.SHIFT_MONITOR)
                .map(p -> colleague(p, roster, day))
                .sorted(Comparator.comparing(c -> c.seatCode() == null ? "~" : c.seatCode()))
                .toList();
        return new Slot(day, type, shift.assignment().seatCode(), shift.swapped(), shift.onLeave(), colleagues, monitor);
    }

    private static Colleague colleague(Staff p, EffectiveRoster roster, LocalDate day) {
        String seat = roster.shift(p.id(), day).map(s -> s.assignment().seatCode()).orElse(p.seatCode());
        return new Colleague(p.staffNo(), p.name(), seat);
    }
}
