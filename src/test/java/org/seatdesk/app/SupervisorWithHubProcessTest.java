package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.hub.HubProcess;
import org.seatdesk.ui.SupervisorConsoleView.Page;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// `supervisor --hub` as the command builds it (ADR 0024): an empty data directory, no seat code,
/// nothing seeded. The shift monitor's login is put to the hub, the directory brings the staff
/// and the roster, and the roll call page lists the running shift's people (R-SH-1).
@ExtendWith(ApplicationExtension.class)
class SupervisorWithHubProcessTest {

    @TempDir
    static Path dir;
    static HubProcess hub;

    private SeatContext context;
    private SupervisorConsole console;
    private Stage stage;

    @BeforeAll
    static void startHub() throws Exception {
        hub = HubProcess.start(dir.resolve("hub"), "--demo");
    }

    @AfterAll
    static void stopHub() throws Exception {
        hub.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = new SeatContext(dir.resolve("supervisor"), Clock.systemUTC(), null, hub.base);
        console = new SupervisorConsole(context, stage, Locale.ENGLISH, "", 1366, 768);
        console.showLogin();
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::hide);
        context.close();
    }

    @Test
    void theMonitorAtAnEmptySupervisorConsoleCallsTheRollOfTheHubsRoster_R_SH_1(FxRobot robot) throws Exception {
        SeatTestSteps.typeLogin(robot, stage, "M001", DemoCommand.DEMO_PASSWORD);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> console.readyProperty().get()).get());
        assertThat(console.view().pages()).contains(Page.ROLL_CALL);

        robot.clickOn("#nav-ROLL_CALL");
        TableView<?> sheet = robot.lookup("#rollcall-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !sheet.getItems().isEmpty()).get());
        assertThat(sheet.getItems()).as("the running shift's people, from the hub's plan").isNotEmpty();
    }
}
