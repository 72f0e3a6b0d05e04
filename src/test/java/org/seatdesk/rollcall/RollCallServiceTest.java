package org.seatdesk.rollcall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.security.Grade;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.store.Database;
import org.seatdesk.store.DemoDataWriter;
import org.seatdesk.store.JooqRollCallRepository;
import org.seatdesk.store.JooqRosterRecords;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.testing.MutableClock;

/// Roll call on a real H2 file with the demo centre's roster.
class RollCallServiceTest {

    private static final Staff MONITOR = new Staff(UUID.randomUUID(), "M001", "周建华", Role.SHIFT_MONITOR, Grade.SENIOR,
            "SUPERVISION", "HQ", "CN", "S01", true);
    private Database db;

    @AfterEach
    void close() {
        db.close();
    }

    private RollCallService service(Path dir, LocalDateTime centreTime, LeaveCalendar leave, MutableClock[] clockOut) {
        MutableClock clock = new MutableClock(centreTime.atZone(Fixtures.CENTRE_ZONE).toInstant());
        clockOut[0] = clock;
        db = Database.openFile(dir, "seat");
        new DemoDataWriter(db).seedIfEmpty(() -> new DemoCentre(DemoCentre.DEFAULT_SEED, clock, Fixtures.CENTRE_ZONE)
                .generate(new PasswordHasher()));
        return new RollCallService(new JooqRollCallRepository(db), new RosterCrew(new JooqRosterRecords(db, Fixtures.CENTRE_ZONE)),
                leave, RollCallPolicy.REGULATIONS, clock,
                Fixtures.CENTRE_ZONE, new TimeOrderedIds(clock));
    }

    @Test
    void theNextShiftIsCalledFromTenMinutesBeforeItsStart_R_SH_1(@TempDir Path dir) {
        MutableClock[] clock = new MutableClock[1];
        LocalDate today = LocalDate.now(Fixtures.CENTRE_ZONE);
        RollCallService service = service(dir, today.atTime(11, 49), LeaveCalendar.NONE, clock);

        assertThat(service.currentShift(clock[0].instant()).orElseThrow().type().code()).isEqualTo("DAY");
        clock[0].advance(Duration.ofMinutes(1)); // 11:50: the middle shift's roll call opens
        RollCallService.Shift middle = service.currentShift(clock[0].instant()).orElseThrow();
        assertThat(middle.type().code()).isEqualTo("MIDDLE");
        assertThat(middle.day()).isEqualTo(today);
        assertThat(service.sheet(middle).opensAt()).isEqualTo(today.atTime(11, 50));
    }

    @Test
    void approvedLeaveShowsAsLeaveNotAbsenceAndCausesNoDiscipline_R_SH_1_R_SH_4(@TempDir Path dir) {
        MutableClock[] clock = new MutableClock[1];
        Set<UUID> onLeave = new java.util.HashSet<>();
        RollCallService service = service(dir, LocalDate.now(Fixtures.CENTRE_ZONE).atTime(8, 40),
                (staffId, day) -> onLeave.contains(staffId), clock);
        RollCallService.Shift day = service.currentShift(clock[0].instant()).orElseThrow();
        RollCallEntry first = service.sheet(day).entries().getFirst();
        onLeave.add(first.staffId());

        RollCallEntry person = service.sheet(day).entries().getFirst();
        assertThat(person.onLeave()).isTrue();
        assertThat(service.mark(day, person, Mark.ABSENT, MONITOR).mark().mark()).isEqualTo(Mark.ON_LEAVE);
        assertThat(service.mark(day, person, Mark.LATE, MONITOR).discipline()).isNull(); // 40 min late, but on leave
        assertThat(service.discipline(day)).isEmpty();
    }

    @Test
    void lateBeyondTheLimitIsRecordedOncePerShiftAndEveryMarkGoesToTheOutbox_R_SH_4(@TempDir Path dir) {
        MutableClock[] clock = new MutableClock[1];
        RollCallService service = service(dir, LocalDate.now(Fixtures.CENTRE_ZONE).atTime(8, 21), LeaveCalendar.NONE, clock);
        RollCallService.Shift day = service.currentShift(clock[0].instant()).orElseThrow();
        RollCallEntry person = service.sheet(day).entries().getFirst();

        RollCallService.Marked first = service.mark(day, person, Mark.LATE, MONITOR);
        RollCallService.Marked again = service.mark(day, person, Mark.LATE, MONITOR);

        assertThat(first.mark().minutesLate()).isEqualTo(21);
        assertThat(first.discipline()).isNotNull();
        assertThat(again.discipline()).isNull();
        assertThat(service.discipline(day)).hasSize(1);
        assertThat(service.sheet(day).entries().getFirst().latest().id()).isEqualTo(again.mark().id()); // the latest counts
        assertThat(TestData.outboxRows(db)).isEqualTo(3); // two marks, one discipline record
    }
}
