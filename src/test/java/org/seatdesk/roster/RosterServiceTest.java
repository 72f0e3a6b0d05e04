package org.seatdesk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqRosterRepository;
import org.seatdesk.store.TestData;

/// The current shift for the status bar, read from the roster in a real H2 file (seeds 000, 002).
class RosterServiceTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate YESTERDAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    private Database db;
    private RosterService roster;
    private UUID staffId;

    @BeforeEach
    void openRoster() {
        db = Database.openFile(dir, "seat");
        TestData.insertDesk(db, "HQ", "BJ");
        staffId = TestData.insertStaff(db, "A001", "王伟", "HQ", "S07", "x", true);
        TestData.insertShiftType(db, "DAY", LocalTime.of(8, 0), LocalTime.of(17, 0));
        TestData.insertShiftType(db, "NIGHT", LocalTime.of(20, 0), LocalTime.of(8, 0));
        roster = new RosterService(new JooqRosterRepository(db), BEIJING);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Instant beijing(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(BEIJING).toInstant();
    }

    @Test
    void nightShiftThatBeganYesterdayIsCurrentAtTwoInTheMorning() {
        TestData.assignShift(db, staffId, YESTERDAY, "NIGHT");
        assertThat(roster.currentShift(staffId, beijing(TODAY, 2, 0)))
                .hasValueSatisfying(shift -> assertThat(shift.code()).isEqualTo("NIGHT"));
    }

    @Test
    void nightShiftThatBeganYesterdayHasEndedAtEight() {
        TestData.assignShift(db, staffId, YESTERDAY, "NIGHT");
        assertThat(roster.currentShift(staffId, beijing(TODAY, 7, 59))).isPresent();
        assertThat(roster.currentShift(staffId, beijing(TODAY, 8, 0))).isEmpty();
    }

    @Test
    void nightShiftStartingTodayIsNotCurrentBeforeItsStart() {
        TestData.assignShift(db, staffId, TODAY, "NIGHT");
        assertThat(roster.currentShift(staffId, beijing(TODAY, 2, 0))).isEmpty();
        assertThat(roster.currentShift(staffId, beijing(TODAY, 20, 0))).isPresent();
    }

    @Test
    void dayShiftIsCurrentFromItsStartAndNoLongerAtFive() {
        TestData.assignShift(db, staffId, TODAY, "DAY");
        assertThat(roster.currentShift(staffId, beijing(TODAY, 7, 59))).isEmpty();
        assertThat(roster.currentShift(staffId, beijing(TODAY, 8, 0)))
                .hasValueSatisfying(shift -> assertThat(shift.code()).isEqualTo("DAY"));
        assertThat(roster.currentShift(staffId, beijing(TODAY, 16, 59))).isPresent();
        assertThat(roster.currentShift(staffId, beijing(TODAY, 17, 0))).isEmpty();
    }

    @Test
    void yesterdaysDayShiftDoesNotCarryOverIntoToday() {
        TestData.assignShift(db, staffId, YESTERDAY, "DAY");
        assertThat(roster.currentShift(staffId, beijing(TODAY, 10, 0))).isEmpty();
    }

    @Test
    void todaysShiftIsFoundAfterYesterdaysNightShiftEnded() {
        TestData.assignShift(db, staffId, YESTERDAY, "NIGHT");
        TestData.assignShift(db, staffId, TODAY, "DAY");
        assertThat(roster.currentShift(staffId, beijing(TODAY, 3, 0)))
                .hasValueSatisfying(shift -> assertThat(shift.code()).isEqualTo("NIGHT"));
        assertThat(roster.currentShift(staffId, beijing(TODAY, 9, 0)))
                .hasValueSatisfying(shift -> assertThat(shift.code()).isEqualTo("DAY"));
    }

    @Test
    void shiftDatesAreTheCentresDatesNotUtc() {
        // 02:00 in Beijing on the 22nd is 18:00 UTC on the 21st: the night shift of the 21st is current
        TestData.assignShift(db, staffId, YESTERDAY, "NIGHT");
        assertThat(roster.currentShift(staffId, Instant.parse("2026-11-21T18:00:00Z"))).isPresent();
    }

    @Test
    void personWithoutAssignmentHasNoCurrentShift() {
        assertThat(roster.currentShift(staffId, beijing(TODAY, 10, 0))).isEmpty();
    }
}
