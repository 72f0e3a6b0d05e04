package org.seatdesk.rollcall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.seatdesk.roster.ShiftType;
import org.seatdesk.security.Staff;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;

/// Roll call by the shift monitor (R-SH-1) and the discipline records it leads to (R-SH-4).
public final class RollCallService {

    private final RollCallRepository repository;
    private final ShiftCrew crew;
    private final LeaveCalendar leave;
    private final RollCallPolicy policy;
    private final Clock clock;
    private final ZoneId zone;
    private final TimeOrderedIds ids;

    /// @param crew  who works a shift, as the roster has it after approved swaps
    /// @param leave who has approved leave (R-SH-1: shown as such, never as absence)
    public RollCallService(RollCallRepository repository, ShiftCrew crew, LeaveCalendar leave, RollCallPolicy policy,
                           Clock clock, ZoneId zone, TimeOrderedIds ids) {
        this.repository = repository;
        this.crew = crew;
        this.leave = leave;
        this.policy = policy;
        this.clock = clock;
        this.zone = zone;
        this.ids = ids;
    }

    /// A shift on a day: what a roll call is for.
    public record Shift(LocalDate day, ShiftType type) {

        public LocalDateTime start() {
            return day.atTime(type.startsAt());
        }
    }

    /// The shift whose roll call is open now: from 10 minutes before its start (R-SH-1) to its
    /// end. When the next shift's roll call opens while one is running, the next one is called.
    public Optional<Shift> currentShift(Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        Shift best = null;
        for (ShiftType type : repository.shiftTypes()) {
            for (LocalDate day : new LocalDate[] {local.toLocalDate(), local.toLocalDate().minusDays(1)}) {
                Shift shift = new Shift(day, type);
                boolean open = !local.isBefore(policy.opensAt(shift.start()))
                        && (local.isBefore(shift.start()) || type.covers(day, local));
                if (open && (best == null || shift.start().isAfter(best.start()))) {
                    best = shift;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /// The sheet: everyone the roster puts on the shift, with approved leave and their latest
    /// mark, then anyone else marked at this shift (the other party of an empty swapped shift, R-SW-6).
    public RollCallSheet sheet(Shift shift) {
        Map<UUID, RollCallMark> latest = new LinkedHashMap<>();
        for (RollCallMark mark : repository.marks(shift.day(), shift.type().code())) {
            latest.remove(mark.staffId());
            latest.put(mark.staffId(), mark); // oldest first: the last one wins
        }
        List<RollCallEntry> entries = new ArrayList<>();
        for (Rostered person : crew.rostered(shift.day(), shift.type().code())) {
            entries.add(new RollCallEntry(person.staffId(), person.staffNo(), person.name(), person.seatCode(),
                    leave.onApprovedLeave(person.staffId(), shift.day()), person.swappedWith(), latest.remove(person.staffId())));
        }
        for (RollCallMark other : latest.values()) {
            entries.add(new RollCallEntry(other.staffId(), other.staffNo(), other.staffName(), other.seatCode(), false, null,
                    other));
        }
        return new RollCallSheet(shift.day(), shift.type(), policy.opensAt(shift.start()), List.copyOf(entries));
    }

    /// What one mark wrote: the mark, the discipline record if it caused one (R-SH-4), and the
    /// other party of a swapped shift left empty, marked absent too (R-SW-6).
    public record Marked(RollCallMark mark, DisciplineRecord discipline, List<RollCallMark> alsoAbsent) {
    }

    /// Marks one person; LATE counts the minutes since the shift started. Someone on approved
    /// leave who is not there is marked ON_LEAVE, not ABSENT (R-SH-1), and is never late by
    /// discipline (R-SH-4). Someone absent from a shift they took over by a swap leaves it empty:
    /// the one who gave it is marked absent with them (R-SW-6). One transaction for all of it.
    public Marked mark(Shift shift, RollCallEntry person, Mark mark, Staff monitor) {
        Instant now = now();
        Mark effective = mark == Mark.ABSENT && person.onLeave() ? Mark.ON_LEAVE : mark;
        int minutesLate = effective == Mark.LATE ? minutesSinceStart(shift, now) : 0;
        RollCallMark written = mark(shift, person.staffId(), person.staffNo(), person.name(), person.seatCode(), effective,
                minutesLate, monitor, now);
        List<RollCallMark> marks = new ArrayList<>(List.of(written));
        DisciplineRecord discipline = null;
        List<OutboxOperation> ops = new ArrayList<>();
        ops.add(OutboxOperation.create("roll_call_mark", written.id(), Payloads.json(written), ids.next(), now));
        if (policy.lateIsViolation(effective, minutesLate, person.onLeave()) && !alreadyRecorded(shift, person, DisciplineRecord.Kind.LATE)) {
            discipline = discipline(shift, person, DisciplineRecord.Kind.LATE, minutesLate, monitor, now);
            ops.add(OutboxOperation.create("discipline_record", discipline.id(), Payloads.json(discipline), ids.next(), now));
        }
        List<RollCallMark> alsoAbsent = new ArrayList<>();
        if (effective == Mark.ABSENT) {
            for (Rostered other : crew.absentWhenEmpty(person.staffId(), shift.day())) {
                if (!other.staffId().equals(person.staffId())) {
                    RollCallMark absent = mark(shift, other.staffId(), other.staffNo(), other.name(), other.seatCode(),
                            Mark.ABSENT, 0, monitor, now);
                    alsoAbsent.add(absent);
                    ops.add(OutboxOperation.create("roll_call_mark", absent.id(), Payloads.json(absent), ids.next(), now));
                }
            }
        }
        marks.addAll(alsoAbsent);
        repository.save(marks, discipline, ops);
        return new Marked(written, discipline, List.copyOf(alsoAbsent));
    }

    private RollCallMark mark(Shift shift, UUID staffId, String staffNo, String name, String seatCode, Mark mark,
                              int minutesLate, Staff monitor, Instant now) {
        return new RollCallMark(ids.next(), shift.day(), shift.type().code(), staffId, staffNo, name, seatCode, mark,
                minutesLate, monitor.id(), monitor.name(), now);
    }

    /// R-SH-4: the monitor notes that a person was away from the post; beyond the limit and
    /// without permission it is a discipline record, otherwise nothing is recorded.
    public Optional<DisciplineRecord> leftPost(Shift shift, RollCallEntry person, int minutesAway, boolean permitted,
                                               Staff monitor) {
        if (minutesAway < 0 || minutesAway > 24 * 60) {
            throw new IllegalArgumentException("minutes away must be between 0 and 1440");
        }
        if (!policy.absenceFromPostIsViolation(minutesAway, permitted)) {
            return Optional.empty();
        }
        Instant now = now();
        DisciplineRecord record = discipline(shift, person, DisciplineRecord.Kind.LEFT_POST, minutesAway, monitor, now);
        repository.save(record, OutboxOperation.create("discipline_record", record.id(), Payloads.json(record), ids.next(), now));
        return Optional.of(record);
    }

    public List<DisciplineRecord> discipline(Shift shift) {
        return repository.discipline(shift.day(), shift.type().code());
    }

    private boolean alreadyRecorded(Shift shift, RollCallEntry person, DisciplineRecord.Kind kind) {
        return repository.discipline(shift.day(), shift.type().code()).stream()
                .anyMatch(d -> d.staffId().equals(person.staffId()) && d.kind() == kind);
    }

    private DisciplineRecord discipline(Shift shift, RollCallEntry person, DisciplineRecord.Kind kind, int minutes,
                                        Staff monitor, Instant now) {
        return new DisciplineRecord(ids.next(), person.staffId(), person.staffNo(), person.name(), kind, shift.day(),
                shift.type().code(), minutes, monitor.id(), now);
    }

    private int minutesSinceStart(Shift shift, Instant now) {
        long minutes = Duration.between(shift.start().atZone(zone).toInstant(), now).toMinutes();
        return (int) Math.max(0, minutes);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
    }
}
