package org.seatdesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.roster.RosterScenario.D;
import static org.seatdesk.roster.RosterScenario.DAY;
import static org.seatdesk.roster.RosterScenario.MIDDLE;
import static org.seatdesk.roster.RosterScenario.NIGHT;
import static org.seatdesk.roster.RosterScenario.ZONE;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.security.Grade;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqRosterRecords;
import org.seatdesk.store.TestData;

/// Issue 5: the seat console shows the current and next shift with colleagues and the monitor on
/// duty. The monitor is the shift monitor rostered on that very shift (not one on another shift of
/// the day), is not listed among the colleagues, and is absent when none is rostered. Real H2 file.
class ShiftOverviewTest {

    @TempDir
    Path dir;

    private Database db;
    private ShiftOverview overview;
    private final RosterScenario room = new RosterScenario();

    @BeforeEach
    void openRoom() {
        db = Database.openFile(dir, "seat");
        TestData.insertDesk(db, "HQ", "CN");
        for (Staff person : List.of(room.leaderOne, room.leaderTwo, room.ann, room.ben, room.junior)) {
            TestData.insertStaff(db, person);
        }
        for (ShiftType type : List.of(DAY, MIDDLE, NIGHT)) {
            TestData.insertShiftType(db, type.code(), type.startsAt(), type.endsAt());
        }
        overview = new ShiftOverview(new JooqRosterRecords(db, ZONE));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theMonitorOnDutyIsTheShiftMonitorRosteredOnThatShiftAndAbsentWhenNone() {
        plan(room.ann, D, DAY, "S01");
        plan(room.ben, D, DAY, "S02");
        plan(room.leaderOne, D, DAY, "S00");          // the day shift's monitor
        plan(room.leaderTwo, D, MIDDLE, "S10");       // a monitor on another shift of the same day
        plan(room.ann, D.plusDays(1), NIGHT, "S01");  // the next shift: nobody supervises it
        plan(room.junior, D.plusDays(1), NIGHT, "S03");

        ShiftOverview.Shifts shifts = overview.around(room.ann.id(), at(D, 10));

        assertThat(shifts.current().type().code()).isEqualTo("DAY");
        assertThat(shifts.current().monitor()).as("the day shift's monitor, at the seat rostered")
                .isEqualTo(new ShiftOverview.Colleague("M001", room.leaderOne.name(), "S00"));
        assertThat(shifts.current().colleagues()).as("the monitor is not a colleague on the list")
                .extracting(ShiftOverview.Colleague::staffNo).containsExactly("A002");
        assertThat(shifts.next().type().code()).isEqualTo("NIGHT");
        assertThat(shifts.next().monitor()).as("no monitor rostered on the next shift").isNull();
        assertThat(shifts.next().colleagues()).extracting(ShiftOverview.Colleague::staffNo).containsExactly("A003");
    }

    @Test
    void theNightShiftsMonitorIsOnDutyAfterMidnight() {
        plan(room.ann, D, NIGHT, "S01");
        plan(room.leaderOne, D, DAY, "S00");
        plan(room.leaderTwo, D, NIGHT, "S10");
        plan(room.leaderOne, D.plusDays(1), DAY, "S00");   // the morning's monitor, not yet on duty
        plan(room.ann, D.plusDays(1), NIGHT, "S01");

        ShiftOverview.Shifts shifts = overview.around(room.ann.id(), at(D.plusDays(1), 2));

        assertThat(shifts.current().day()).as("the night that began yesterday").isEqualTo(D);
        assertThat(shifts.current().monitor()).extracting(ShiftOverview.Colleague::staffNo).isEqualTo("M002");
        assertThat(shifts.next().day()).isEqualTo(D.plusDays(1));
        assertThat(shifts.next().monitor()).as("nobody supervises the next night").isNull();
    }

    private void plan(Staff person, LocalDate day, ShiftType type, String seat) {
        TestData.assignShift(db, person.id(), day, type.code(), seat);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toInstant();
    }
}
