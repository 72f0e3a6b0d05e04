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
