package org.seatdesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seatdesk.roster.RosterScenario.DAY;
import static org.seatdesk.roster.RosterScenario.MIDDLE;
import static org.seatdesk.roster.RosterScenario.NIGHT;
import static org.seatdesk.roster.RosterScenario.ZONE;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.TimeOrderedIds;

/// The department director's grid (issue 5, ADR 0018) on a real H2 file: copying a week makes the
/// next week the same, shift and seat, with one synced edit per day that changes and none for a
/// day already equal; only the director may copy. The week flags a shift that starts sooner than
/// the minimum rest after the previous one (R-SW-3), across the week's start too.
class RosterPlannerTest {

    /// A Monday.
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate NEXT = MONDAY.plusDays(7);

    @TempDir
    Path dir;

    private Database db;
    private RosterPlanner planner;
    private final Staff director = RosterScenario.person("D001", "郑国强", Role.DEPARTMENT_DIRECTOR, Grade.SENIOR, "MANAGEMENT");
    private final Staff monitor = RosterScenario.person("M001", "周建华", Role.SHIFT_MONITOR, Grade.SENIOR, "SUPERVISION");
    private final Staff ann = RosterScenario.person("A001", "李晓燕", Role.AGENT, Grade.INTERMEDIATE, "INBOUND");
    private final Staff ben = RosterScenario.person("A002", "陈思远", Role.AGENT, Grade.INTERMEDIATE, "INBOUND");
    private final Staff cai = RosterScenario.person("A003", "王磊", Role.AGENT, Grade.JUNIOR, "INBOUND");

    @BeforeEach
    void openRoom() {
        db = Database.openFile(dir, "seat");
        TestData.insertDesk(db, "HQ", "CN");
        for (Staff person : List.of(director, monitor, ann, ben, cai)) {
            TestData.insertStaff(db, person);
        }
        for (ShiftType type : List.of(DAY, MIDDLE, NIGHT)) {
            TestData.insertShiftType(db, type.code(), type.startsAt(), type.endsAt());
        }
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), ZONE);
        planner = new RosterPlanner(new JooqRosterRecords(db, ZONE), RosterPolicy.standard(), clock,
                new TimeOrderedIds(clock));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void copyingAWeekMakesTheNextWeekTheSameWithOneEditPerChangedDay() {
        // The week to copy: Ann day, night, off, day; Ben the middle shift Monday to Friday.
        plan(ann, MONDAY, DAY, "S01");
        plan(ann, MONDAY.plusDays(1), NIGHT, "S01");
        plan(ann, MONDAY.plusDays(3), DAY, null);
        for (int i = 0; i < 5; i++) {
            plan(ben, MONDAY.plusDays(i), MIDDLE, "S02");
        }
        // The week it replaces.
        plan(ann, NEXT, DAY, "S01");                // the same: no edit
        plan(ann, NEXT.plusDays(2), DAY, "S01");    // off in the source: cleared
        plan(ann, NEXT.plusDays(3), DAY, "S09");    // same shift, other seat: edited
        plan(ben, NEXT, MIDDLE, "S02");             // the same: no edit
        plan(ben, NEXT.plusDays(1), NIGHT, "S02");  // other shift: edited
        plan(cai, NEXT.plusDays(4), NIGHT, "S03");  // nobody works in the source week: cleared
        // Edits: Ann Tue, Wed, Thu; Ben Tue (changed) and Wed, Thu, Fri (new); Cai Fri.
        int expectedEdits = 3 + 4 + 1;

        int copied = planner.copyToNextWeek(director, MONDAY.plusDays(2)); // any day of the week names it

        assertThat(copied).as("the shifts of the copied week").isEqualTo(3 + 5);
        assertThat(cells(NEXT)).as("shift and seat per person and day").isEqualTo(cells(MONDAY));
        List<OutboxOperation> edits = TestData.outbox(db);
        assertThat(edits).as("one synced edit per day that changed").hasSize(expectedEdits)
                .extracting(OutboxOperation::entity).containsOnly("roster_edit");
        assertThat(cells(MONDAY).get(0)).as("the copied week itself is untouched")
                .containsExactly("DAY@S01", "NIGHT@S01", "-", "DAY@null", "-", "-", "-");
    }

    @Test
    void copyingAWeekAgainChangesNothingAndWritesNoEdit() {
        plan(ann, MONDAY, DAY, "S01");
        plan(ben, MONDAY.plusDays(6), NIGHT, "S02");
        planner.copyToNextWeek(director, MONDAY);
        int edits = TestData.outboxRows(db);

        assertThat(planner.copyToNextWeek(director, MONDAY)).isEqualTo(2);
        assertThat(TestData.outboxRows(db)).as("every day already equal").isEqualTo(edits).isEqualTo(2);
        assertThat(cells(NEXT)).isEqualTo(cells(MONDAY));
    }

    @Test
    void copyingAnEmptyWeekClearsTheNextWeek() {
        plan(cai, NEXT.plusDays(1), DAY, "S03");
        plan(cai, NEXT.plusDays(5), NIGHT, "S03");

        assertThat(planner.copyToNextWeek(director, MONDAY)).isZero();
        assertThat(cells(NEXT)).allSatisfy(row -> assertThat(row).containsOnly("-"));
        assertThat(TestData.outboxRows(db)).isEqualTo(2);
    }

    @Test
    void onlyTheDepartmentDirectorCopiesAWeek() {
        plan(ann, MONDAY, DAY, "S01");
        List<List<String>> before = cells(NEXT);

        for (Staff notDirector : List.of(monitor, ann)) {
            assertThatThrownBy(() -> planner.copyToNextWeek(notDirector, MONDAY))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("department director");
        }
        assertThat(cells(NEXT)).isEqualTo(before);
        assertThat(TestData.outboxRows(db)).as("nothing written").isZero();
    }

    @Test
    void aShiftStartingBeforeTheMinimumRestAfterThePreviousIsFlagged_R_SW_3() {
        plan(ann, MONDAY.plusDays(1), NIGHT, "S01");   // Tue 20:00 to Wed 08:00
        plan(ann, MONDAY.plusDays(2), DAY, "S01");     // Wed 08:00: no rest at all
        plan(ben, MONDAY.plusDays(1), DAY, "S02");     // Tue 16:00 end, Wed 08:00: 16 hours
        plan(ben, MONDAY.plusDays(2), DAY, "S02");
        plan(ben, MONDAY.plusDays(3), NIGHT, "S02");   // Thu 20:00 to Fri 08:00
        plan(ben, MONDAY.plusDays(4), MIDDLE, "S02");  // Fri 12:00: 4 hours
        plan(ben, MONDAY.plusDays(5), NIGHT, "S02");   // Sat 20:00: 24 hours after Friday's end
        plan(cai, MONDAY.minusDays(1), NIGHT, "S03");  // Sunday night before the week, to Monday 08:00
        plan(cai, MONDAY, DAY, "S03");                 // Monday 08:00: flagged across the week's start

        RosterWeek week = planner.week(MONDAY.plusDays(4));

        assertThat(flags(week, ann)).containsExactly(false, false, true, false, false, false, false);
        assertThat(flags(week, ben)).containsExactly(false, false, false, false, true, false, false);
        assertThat(flags(week, cai)).containsExactly(true, false, false, false, false, false, false);
        assertThat(flags(week, monitor)).containsOnly(false);
    }

    @Test
    void theMinimumRestIsThePolicysNotAFixedNumber_R_SW_3() {
        plan(ann, MONDAY, MIDDLE, "S01");              // ends Monday 20:00
        plan(ann, MONDAY.plusDays(1), DAY, "S01");     // Tuesday 08:00: 12 hours of rest
        RosterPolicy standard = RosterPolicy.standard();
        RosterPolicy thirteenHours = new RosterPolicy(standard.ordinaryNotice(), standard.specialNotice(),
                standard.nightCutoff(), standard.holidayNoticeDays(), standard.maxSwapsPerMonth(),
                java.time.Duration.ofHours(13));
        RosterPlanner strict = new RosterPlanner(new JooqRosterRecords(db, ZONE), thirteenHours, Clock.systemUTC(),
                new TimeOrderedIds(Clock.systemUTC()));

        assertThat(flags(planner.week(MONDAY), ann).get(1)).as("12 hours: enough under the standard 8").isFalse();
        assertThat(flags(strict.week(MONDAY), ann).get(1)).as("12 hours: too few under 13").isTrue();
    }

    private void plan(Staff person, LocalDate day, ShiftType type, String seat) {
        TestData.assignShift(db, person.id(), day, type.code(), seat);
    }

    /// Each person's week as "SHIFT@SEAT" per day, "-" for a day off, people in staff number order.
    private List<List<String>> cells(LocalDate monday) {
        RosterWeek week = planner.week(monday);
        List<List<String>> rows = new ArrayList<>();
        for (RosterWeek.Row row : week.rows()) {
            rows.add(row.cells().stream().map(c -> c.shiftCode() == null ? "-" : c.shiftCode() + "@" + c.seatCode())
                    .toList());
        }
        return rows;
    }

    private static List<Boolean> flags(RosterWeek week, Staff person) {
        return week.rows().stream().filter(r -> r.person().id().equals(person.id())).findFirst().orElseThrow()
                .cells().stream().map(RosterWeek.Cell::backToBack).toList();
    }
}
