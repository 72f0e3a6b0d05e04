package org.seatdesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.roster.RosterScenario.DAY;
import static org.seatdesk.roster.RosterScenario.MIDDLE;
import static org.seatdesk.roster.RosterScenario.NIGHT;
import static org.seatdesk.roster.RosterScenario.ZONE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.seatdesk.security.Staff;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqRosterRecords;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.TempDirs;

/// The director's grid for any plan: copying a week (real H2 file) leaves the next week equal to
/// it with exactly one edit per person and day that differed; the week flags exactly the shifts
/// that start sooner than the policy's minimum rest after the person's previous shift (R-SW-3).
class RosterPlannerProperties {

    /// Off, then the centre's three shifts; a plan entry is `shift + 4 * seat`.
    private static final ShiftType[] SHIFTS = {null, DAY, MIDDLE, NIGHT};
    private static final String[] SEATS = {"S01", "S02", null};
    /// A Monday; each try copies its own pair of weeks after it, so tries share one database.
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 1, 4);

    private static Path dir;
    private static Database db;
    private static int tries;
    private static final RosterScenario ROOM = new RosterScenario();
    private static final List<Staff> PEOPLE = List.of(ROOM.ann, ROOM.ben, ROOM.junior);

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("seatdesk-roster-planner");
        db = Database.openFile(dir, "seat");
        TestData.insertDesk(db, "HQ", "CN");
        PEOPLE.forEach(p -> TestData.insertStaff(db, p));
        TestData.insertStaff(db, ROOM.department);
        for (ShiftType type : List.of(DAY, MIDDLE, NIGHT)) {
            TestData.insertShiftType(db, type.code(), type.startsAt(), type.endsAt());
        }
    }

    @AfterContainer
    static void close() throws IOException {
        db.close();
        TempDirs.deleteTree(dir);
    }

    @Property(tries = 60)
    void copyingAnyWeekMakesTheNextWeekEqualWithOneEditPerDifferingDay(
            @ForAll @Size(14) List<@IntRange(min = 0, max = 11) Integer> ann,
            @ForAll @Size(14) List<@IntRange(min = 0, max = 11) Integer> ben,
            @ForAll @Size(14) List<@IntRange(min = 0, max = 11) Integer> junior) {
        LocalDate monday = FIRST_MONDAY.plusWeeks(2L * tries++);
        List<List<Integer>> plans = List.of(ann, ben, junior);
        int shifts = 0;
        int differing = 0;
        for (int p = 0; p < PEOPLE.size(); p++) {
            List<Integer> plan = plans.get(p);
            for (int i = 0; i < 14; i++) {
                ShiftType type = SHIFTS[plan.get(i) % 4];
                if (type != null) {
                    TestData.assignShift(db, PEOPLE.get(p).id(), monday.plusDays(i), type.code(), SEATS[plan.get(i) / 4]);
                }
            }
            for (int i = 0; i < 7; i++) {
                shifts += SHIFTS[plan.get(i) % 4] == null ? 0 : 1;
                differing += same(plan.get(i), plan.get(i + 7)) ? 0 : 1;
            }
        }
        RosterPlanner planner = planner();
        int before = TestData.outboxRows(db);

        int copied = planner.copyToNextWeek(ROOM.department, monday);

        assertThat(copied).as("the shifts of the copied week").isEqualTo(shifts);
        assertThat(TestData.outboxRows(db) - before).as("one edit per differing day, none for an equal one")
                .isEqualTo(differing);
        assertThat(cells(planner.week(monday.plusDays(7)))).isEqualTo(cells(planner.week(monday)));
    }

    @Property
    void exactlyTheShiftsStartingBeforeTheMinimumRestAreFlagged_R_SW_3(
            @ForAll @Size(8) List<@IntRange(min = 0, max = 3) Integer> ann,
            @ForAll @Size(8) List<@IntRange(min = 0, max = 3) Integer> ben,
            @ForAll @IntRange(min = 0, max = 30) int restHours) {
        // Day 0 is the Sunday before the week: its shift is the previous one of Monday's.
        LocalDate sunday = RosterScenario.D.minusDays(3);
        RosterScenario room = new RosterScenario();
        List<List<Integer>> plans = List.of(ann, ben);
        List<Staff> people = List.of(room.ann, room.ben);
        for (int p = 0; p < people.size(); p++) {
            for (int i = 0; i < 8; i++) {
                ShiftType type = SHIFTS[plans.get(p).get(i)];
                if (type != null) {
                    room.works(people.get(p), sunday.plusDays(i), type);
                }
            }
        }
        RosterPolicy standard = RosterPolicy.standard();
        RosterPolicy policy = new RosterPolicy(standard.ordinaryNotice(), standard.specialNotice(),
                standard.nightCutoff(), standard.holidayNoticeDays(), standard.maxSwapsPerMonth(),
                Duration.ofHours(restHours));
        // week(facts, day) reads only the facts given: no records needed.
        RosterWeek week = new RosterPlanner(null, policy, Clock.systemUTC(), new TimeOrderedIds(Clock.systemUTC()))
                .week(room.facts(), sunday.plusDays(3));

        assertThat(week.monday()).isEqualTo(sunday.plusDays(1));
        for (int p = 0; p < people.size(); p++) {
            Staff person = people.get(p);
            List<Boolean> flagged = week.rows().stream().filter(r -> r.person().equals(person)).findFirst().orElseThrow()
                    .cells().stream().map(RosterWeek.Cell::backToBack).toList();
            assertThat(flagged).as("%s with %d hours of rest", plans.get(p), restHours)
                    .isEqualTo(expectedFlags(plans.get(p), sunday, Duration.ofHours(restHours)));
        }
    }

    /// The oracle: each worked day's start against the end of the person's latest earlier shift,
    /// in plain local times (the centre's zone has no daylight saving).
    private static List<Boolean> expectedFlags(List<Integer> plan, LocalDate sunday, Duration rest) {
        Boolean[] flags = new Boolean[7];
        LocalDateTime previousEnd = null;
        for (int i = 0; i < 8; i++) {
            ShiftType type = SHIFTS[plan.get(i)];
            if (i > 0) {
                flags[i - 1] = type != null && previousEnd != null
                        && Duration.between(previousEnd, sunday.plusDays(i).atTime(type.startsAt())).compareTo(rest) < 0;
            }
            if (type != null) {
                LocalDate endDay = type.endsAt().isAfter(type.startsAt()) ? sunday.plusDays(i) : sunday.plusDays(i + 1);
                previousEnd = endDay.atTime(type.endsAt());
            }
        }
        return Arrays.asList(flags);
    }

    private static boolean same(int a, int b) {
        return SHIFTS[a % 4] == null ? SHIFTS[b % 4] == null : a == b;
    }

    private static RosterPlanner planner() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-30T02:00:00Z"), ZONE);
        return new RosterPlanner(new JooqRosterRecords(db, ZONE), RosterPolicy.standard(), clock, new TimeOrderedIds(clock));
    }

    private static List<List<String>> cells(RosterWeek week) {
        List<List<String>> rows = new ArrayList<>();
        for (RosterWeek.Row row : week.rows()) {
            rows.add(row.cells().stream().map(c -> Objects.toString(c.shiftCode()) + "@" + c.seatCode()).toList());
        }
        return rows;
    }
}
