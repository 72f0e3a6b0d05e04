package org.seatdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.seatdesk.rollcall.DisciplineRecord;
import org.seatdesk.rollcall.Mark;
import org.seatdesk.rollcall.RollCallEntry;
import org.seatdesk.rollcall.RollCallService;
import org.seatdesk.testing.MutableClock;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/// A supervisor console on a real H2 file with the demo centre, at a chosen time in the centre.
public final class SupervisorFixture {

    private final Stage stage;
    private final MutableClock clock;
    private final SeatContext context;
    private final SupervisorConsole console;

    private SupervisorFixture(Stage stage, MutableClock clock, SeatContext context, SupervisorConsole console) {
        this.stage = stage;
        this.clock = clock;
        this.context = context;
        this.console = console;
    }

    public static SupervisorFixture at(Stage stage, LocalDateTime centreTime) throws Exception {
        Path dataDir = Files.createTempDirectory("supervisor-fixture");
        MutableClock clock = new MutableClock(centreTime.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        SeatContext context = new SeatContext(dataDir, clock, null);
        Demo.seed(context);
        SupervisorConsole console = new SupervisorConsole(context, stage, Locale.ENGLISH, "", 1366, 768);
        console.showLogin();
        stage.show();
        return new SupervisorFixture(stage, clock, context, console);
    }

    public MutableClock clock() {
        return clock;
    }

    public SupervisorConsole console() {
        return console;
    }

    public void loginAsMonitor(FxRobot robot) throws Exception {
        login(robot, DemoCommand.DEMO_MONITOR);
    }

    /// Logs in as `staffNo` of the demo centre and waits for the console's pages.
    public void login(FxRobot robot, String staffNo) throws Exception {
        SeatTestSteps.typeLogin(robot, stage, staffNo, DemoCommand.DEMO_PASSWORD);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> console.readyProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /// The latest marks of the open shift's sheet, read back from the database, in sheet order.
    public List<Mark> sheetMarks() throws Exception {
        return onDb(() -> {
            RollCallService.Shift shift = context.rollCall.currentShift(clock.instant()).orElseThrow();
            return context.rollCall.sheet(shift).entries().stream().map(RollCallEntry::mark)
                    .filter(java.util.Objects::nonNull).toList();
        });
    }

    /// Another monitor console marks the person in `row` of the open sheet, as a pull from the hub
    /// would bring it: written here, on the database thread, without this console's view knowing.
    public void markFromAnotherConsole(int row, Mark mark) throws Exception {
        onDb(() -> {
            RollCallService.Shift shift = context.rollCall.currentShift(clock.instant()).orElseThrow();
            RollCallEntry person = context.rollCall.sheet(shift).entries().get(row);
            var login = (org.seatdesk.security.LoginResult.Success) context.auth.login(DemoCommand.DEMO_MONITOR,
                    DemoCommand.DEMO_PASSWORD);
            return context.rollCall.mark(shift, person, mark, login.session().staff());
        });
    }

    public List<DisciplineRecord> discipline() throws Exception {
        return onDb(() -> context.rollCall.discipline(context.rollCall.currentShift(clock.instant()).orElseThrow()));
    }

    public int pendingOps() throws Exception {
        return onDb(() -> context.sync.state().pendingChanges());
    }

    public void close(FxRobot robot) {
        robot.interact(stage::hide);
        context.close();
    }

    private <T> T onDb(java.util.function.Supplier<T> work) throws Exception {
        return java.util.concurrent.CompletableFuture.supplyAsync(work, context.dbExecutor).get(10, TimeUnit.SECONDS);
    }
}
