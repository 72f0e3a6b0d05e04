package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.app.SeatTestSteps.await;
import static org.seatdesk.app.SeatTestSteps.onDb;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.hub.HubProcess;
import org.seatdesk.i18n.Messages;
import org.seatdesk.rollcall.RollCallService;
import org.seatdesk.rollcall.RollCallSheet;
import org.seatdesk.rollcall.ui.RollCallViewModel;
import org.seatdesk.roster.RosterWeek;
import org.seatdesk.roster.ShiftOverview;
import org.seatdesk.roster.ui.MyRosterViewModel;
import org.seatdesk.security.LoginResult;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.ui.Background;

/// Issue 5, ADR 0024: consoles on empty data directories — nothing demo-seeded — work the room
/// with the hub's roster from its directory: the agent's roster page has its current shift, the
/// monitor's roll call sheet has the shift's people, and the swap rules' facts (squads R-SW-1,
/// work types R-SW-4, holidays R-SW-5) are there. A director's roster edit made at another
/// console wins over the plan a console had, and a console's own edit the hub has not seen yet
/// survives a refresh of the directory (ADR 0018).
class RosterDirectoryWithHubProcessTest {

    private final Clock clock = Clock.systemUTC();

    @Test
    void freshConsolesShowTheCurrentShiftAndTheRollCallFromTheHubsRoster(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo");
             SeatContext seat = new SeatContext(dir.resolve("a001"), clock, "S07", hub.base);
             SeatContext supervisor = new SeatContext(dir.resolve("m001"), clock, null, hub.base)) {
            Staff a001 = enrolAndLogIn(seat, "A001");
            assertThat(onDb(seat, () -> seat.rosterDesk.planner().week(today(seat)).rows())).as("the roster came")
                    .isNotEmpty();

            // The seat's roster page, through its view model: the demo puts A001 on the running shift.
            MyRosterViewModel page = new MyRosterViewModel(seat.rosterDesk, a001, new Messages(Locale.ENGLISH),
                    new Background(seat.dbExecutor, Runnable::run), clock, seat.zone, () -> { });
            page.refresh();
            await(() -> page.shiftsProperty().get() != null);
            ShiftOverview.Shifts shifts = page.shiftsProperty().get();
            assertThat(shifts.current()).as("A001's current shift, from the hub's plan").isNotNull();
            assertThat(shifts.current().colleagues()).as("who else works it").isNotEmpty();
            assertThat(shifts.next()).isNotNull();
            // Issue 5: the monitor on duty is a shift monitor the hub's plan puts on that very shift.
            for (ShiftOverview.Slot slot : List.of(shifts.current(), shifts.next())) {
                List<String> rostered = monitorsOn(seat, slot);
                if (rostered.isEmpty()) {
                    assertThat(slot.monitor()).as("no monitor rostered on %s %s", slot.day(), slot.type().code()).isNull();
                } else {
                    assertThat(slot.monitor()).as("the monitor on duty, %s %s", slot.day(), slot.type().code())
                            .isNotNull().extracting(ShiftOverview.Colleague::staffNo).isIn(rostered);
                }
            }
            assertThat(shifts.current().monitor()).as("the demo rosters a monitor on A001's shift").isNotNull();

            // R-SH-1: the monitor's roll call sheet at a supervisor console on an empty directory.
            Staff m001 = enrolAndLogIn(supervisor, "M001");
            RollCallViewModel rollCall = new RollCallViewModel(supervisor.rollCall, m001, new Messages(Locale.ENGLISH),
                    new Background(supervisor.dbExecutor, Runnable::run), clock, () -> { });
            rollCall.refresh();
            await(() -> !rollCall.rows().isEmpty());
            RollCallService.Shift now = onDb(supervisor, () -> supervisor.rollCall.currentShift(clock.instant())).orElseThrow();
            RollCallSheet sheet = onDb(supervisor, () -> supervisor.rollCall.sheet(now));
            assertThat(sheet.entries()).as("the shift's people, from the hub's plan").isNotEmpty();
            assertThat(rollCall.rows()).hasSameSizeAs(sheet.entries());

            // The swap rules' facts: squads and their leaders (R-SW-1), holidays (R-SW-5).
            RosterWeek week = onDb(supervisor, () -> supervisor.rosterDesk.planner().week(today(supervisor)));
            assertThat(week.shiftTypes()).extracting(org.seatdesk.roster.ShiftType::code).contains("DAY", "NIGHT");
            assertThat(onDb(supervisor, () -> supervisor.rosterDesk.requests().people())).contains(a001);
            var ledger = new org.seatdesk.store.JooqRosterRecords(supervisor.database, supervisor.zone).ledger();
            assertThat(onDb(supervisor, () -> ledger.facts(today(supervisor), today(supervisor)).squadOf(a001.id())))
                    .as("R-SW-1: A001's squad").isPresent();
        }
    }

    @Test
    void aDirectorsEditElsewhereWinsAndAnOwnEditNotYetBackSurvivesADirectoryRefresh(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo");
             SeatContext director = new SeatContext(dir.resolve("d001"), clock, "S00", hub.base);
             SeatContext monitor = new SeatContext(dir.resolve("m001"), clock, "S01", hub.base);
             SeatContext offline = new SeatContext(dir.resolve("d001-b"), clock, "S20", hub.base)) {
            Staff d001 = enrolAndLogIn(director, "D001");
            enrolAndLogIn(monitor, "M001");
            LocalDate day = today(director).plusDays(10);
            String planned = cell(monitor, "A003", day).shiftCode();
            assertThat(planned).as("the hub's plan, as the monitor's console has it").isEqualTo(cell(director, "A003", day).shiftCode());
            String edited = "NIGHT".equals(planned) ? "MIDDLE" : "NIGHT";

            Staff a003 = person(director, "A003");
            onDb(director, () -> {
                director.rosterDesk.planner().plan(d001, a003, day, edited, "S03");
                return null;
            });
            director.startSync("D001", "demo", "S00", () -> { });
            await(() -> onDb(director, () -> director.sync.state().pendingChanges()) == 0);

            monitor.startSync("M001", "demo", "S01", () -> { });
            await(() -> edited.equals(cell(monitor, "A003", day).shiftCode()));
            assertThat(onDb(monitor, () -> monitor.enrolAtHub("M001", "demo"))).as("the directory again").isTrue();
            assertThat(cell(monitor, "A003", day)).as("the directory's plan has the edit too")
                    .extracting(RosterWeek.Cell::shiftCode, RosterWeek.Cell::seatCode).containsExactly(edited, "S03");

            // The director at another desk, which never syncs: its own edit stays the newest there.
            Staff d001b = enrolAndLogIn(offline, "D001");
            assertThat(cell(offline, "A003", day).shiftCode()).as("a fresh console has the edit from the directory")
                    .isEqualTo(edited);
            onDb(offline, () -> {
                offline.rosterDesk.planner().plan(d001b, a003, day, null, null);
                return null;
            });
            assertThat(onDb(offline, () -> offline.enrolAtHub("D001", "demo"))).isTrue();
            assertThat(cell(offline, "A003", day).shiftCode()).as("own edit not yet at the hub: still the plan here")
                    .isNull();
            assertThat(cell(offline, "A003", day.plusDays(1)).shiftCode()).as("the other days are the hub's")
                    .isEqualTo(cell(monitor, "A003", day.plusDays(1)).shiftCode());
            assertThat(onDb(offline, () -> offline.sync.state().pendingChanges())).isEqualTo(1);
        }
    }

    private static Staff enrolAndLogIn(SeatContext console, String staffNo) {
        assertThat(onDb(console, () -> console.auth.login(staffNo, "demo"))).as("nobody is seeded here")
                .isInstanceOf(LoginResult.Refused.class);
        assertThat(onDb(console, () -> console.enrolAtHub(staffNo, "demo"))).isTrue();
        LoginResult login = onDb(console, () -> console.auth.login(staffNo, "demo"));
        assertThat(login).isInstanceOf(LoginResult.Success.class);
        return person(console, staffNo);
    }

    private static Staff person(SeatContext console, String staffNo) {
        Optional<Staff> found = onDb(console, () -> console.rosterDesk.requests().people()).stream()
                .filter(p -> p.staffNo().equals(staffNo)).findFirst();
        return found.orElseThrow();
    }

    /// The shift monitors the week grid shows on `slot`'s shift, not on leave.
    private static List<String> monitorsOn(SeatContext console, ShiftOverview.Slot slot) {
        RosterWeek week = onDb(console, () -> console.rosterDesk.planner().week(slot.day()));
        int day = week.days().indexOf(slot.day());
        return week.rows().stream()
                .filter(r -> r.person().role() == Role.SHIFT_MONITOR)
                .filter(r -> slot.type().code().equals(r.cells().get(day).shiftCode()) && !r.cells().get(day).onLeave())
                .map(r -> r.person().staffNo()).toList();
    }

    private static RosterWeek.Cell cell(SeatContext console, String staffNo, LocalDate day) {
        RosterWeek week = onDb(console, () -> console.rosterDesk.planner().week(day));
        return week.rows().stream().filter(r -> r.person().staffNo().equals(staffNo)).findFirst().orElseThrow()
                .cells().get(week.days().indexOf(day));
    }

    private static LocalDate today(SeatContext console) {
        return LocalDate.now(console.zone);
    }
}
