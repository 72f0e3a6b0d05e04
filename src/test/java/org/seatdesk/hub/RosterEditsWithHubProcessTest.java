package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.roster.RosterEdit;
import org.seatdesk.roster.RosterPlanner;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.RosterWeek;
import org.seatdesk.security.Staff;
import org.seatdesk.store.JooqRosterRecords;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;

/// The director's roster edits through a real hub process (ADR 0018): an edit at one console is
/// in the week grid of another; two edits of the same day made apart converge on the one the hub
/// ordered last, at every console; the hub refuses a roster edit by anyone but the department
/// director, whatever the console let through. Sync rounds are driven one by one (`syncOnce`) so
/// the hub's order is the test's.
class RosterEditsWithHubProcessTest {

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    /// A supervisor console: a seat with the demo's people and roster (TestSeat), and the roster planner.
    private final class Console implements AutoCloseable {
        final TestSeat seat;
        final SyncEngine engine;
        final JooqRosterRecords records;
        final RosterPlanner planner;
        final Staff me;

        Console(Path dir, HubProcess hub, String staffNo, String seatCode) {
            seat = new TestSeat(dir, hub.base, staffNo, seatCode, Duration.ofSeconds(20));
            open.add(this);
            engine = seat.engine;
            records = new JooqRosterRecords(seat.db, Fixtures.CENTRE_ZONE);
            planner = new RosterPlanner(records, RosterPolicy.standard(), Clock.systemUTC(), new TimeOrderedIds(Clock.systemUTC()));
            me = person(staffNo);
        }

        Staff person(String staffNo) {
            LocalDate today = LocalDate.now(Fixtures.CENTRE_ZONE);
            return onDb(() -> records.ledger().facts(today, today).people().stream()
                    .filter(p -> p.staffNo().equals(staffNo)).findFirst().orElseThrow());
        }

        /// The grid's cell of `staffNo` on `day`, as the week view shows it.
        RosterWeek.Cell cell(String staffNo, LocalDate day) {
            RosterWeek week = onDb(() -> planner.week(day));
            return week.rows().stream().filter(r -> r.person().staffNo().equals(staffNo)).findFirst().orElseThrow()
                    .cells().get(week.days().indexOf(day));
        }

        <T> T onDb(Supplier<T> work) {
            return seat.onDb(work);
        }

        @Override
        public void close() {
            seat.close();
        }
    }

    @Test
    void anEditOfTheDirectorIsInTheGridOfAnotherConsoleAndTheHubsLastEditWinsEverywhere(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            Console director = new Console(dir.resolve("d001"), hub, "D001", "S00");
            Console elsewhere = new Console(dir.resolve("d001-b"), hub, "D001", "S20"); // the director at another desk
            Console monitor = new Console(dir.resolve("m001"), hub, "M001", "S01");
            LocalDate day = LocalDate.now(Fixtures.CENTRE_ZONE).plusDays(10);
            Staff agent = director.person("A003");
            String before = monitor.cell("A003", day).shiftCode();
            String first = "NIGHT".equals(before) ? "MIDDLE" : "NIGHT";

            director.onDb(() -> {
                director.planner.plan(director.me, agent, day, first, "S03");
                return null;
            });
            director.engine.syncOnce();
            monitor.engine.syncOnce();
            assertThat(monitor.cell("A003", day).shiftCode()).as("the edit reached another console").isEqualTo(first);
            assertThat(monitor.cell("A003", day).seatCode()).isEqualTo("S03");

            // Two edits of the same day, each made before its console heard of the other: the hub
            // orders the director's day off first, then the other desk's day shift.
            director.onDb(() -> {
                director.planner.plan(director.me, agent, day, null, null);
                return null;
            });
            elsewhere.onDb(() -> {
                elsewhere.planner.plan(elsewhere.me, agent, day, "DAY", "S03");
                return null;
            });
            director.engine.syncOnce();
            assertThat(director.cell("A003", day).shiftCode()).as("own edit, newest so far").isNull();
            elsewhere.engine.syncOnce();
            assertThat(elsewhere.cell("A003", day).shiftCode())
                    .as("the other desk's edit came later in the hub's order than the pulled one").isEqualTo("DAY");
            director.engine.syncOnce();
            monitor.engine.syncOnce();
            assertThat(List.of(director.cell("A003", day), elsewhere.cell("A003", day), monitor.cell("A003", day)))
                    .as("every console: the edit the hub ordered last").extracting(RosterWeek.Cell::shiftCode)
                    .containsOnly("DAY");
        }
    }

    @Test
    void theHubRefusesARosterEditByAShiftMonitorWhateverTheConsoleLetThrough(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            Console monitor = new Console(dir.resolve("m001"), hub, "M001", "S01");
            Console director = new Console(dir.resolve("d001"), hub, "D001", "S00");
            LocalDate day = LocalDate.now(Fixtures.CENTRE_ZONE).plusDays(11);
            Staff agent = monitor.person("A004");
            String planned = director.cell("A004", day).shiftCode();
            // A console that skipped its own check: the edit goes straight into its outbox.
            monitor.onDb(() -> {
                monitor.records.submit(List.of(new RosterEdit(UUID.randomUUID(), agent.id(), day,
                        "NIGHT".equals(planned) ? "DAY" : "NIGHT", null, monitor.me.id(), Instant.now())));
                return null;
            });

            assertThat(monitor.engine.syncOnce().rejected()).isEqualTo(1);
            assertThat(monitor.onDb(() -> TestData.rejectedText(monitor.seat.db))).contains("department director");
            director.engine.syncOnce();
            assertThat(director.cell("A004", day).shiftCode()).as("nothing reached the others").isEqualTo(planned);
        }
    }
}
