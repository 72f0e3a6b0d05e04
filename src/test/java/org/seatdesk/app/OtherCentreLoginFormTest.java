package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.app.SeatTestSteps.node;
import static org.seatdesk.app.SeatTestSteps.onDb;
import static org.seatdesk.app.SeatTestSteps.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.hub.HubProcess;
import org.seatdesk.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// ADR 0037 at the real login forms: a data folder the demo seeded, opened by `seat --hub` and
/// `supervisor --hub` of a real hub process, is refused with the sentence that says what to do,
/// in the console's language, and the console stays at its login form with nothing synced.
@ExtendWith(ApplicationExtension.class)
class OtherCentreLoginFormTest {

    private Stage stage;
    private Path root;
    private HubProcess hub;
    private SeatContext seat;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        root = Files.createTempDirectory("other-centre-test");
        hub = HubProcess.start(root.resolve("hub"), "--demo");
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        robot.interact(stage::hide);
        if (seat != null) {
            seat.close();
        }
        hub.close();
    }

    @Test
    void theSeatConsoleOnTheDemosDataRefusesAnotherCentresHubInChinese(FxRobot robot) throws Exception {
        Path demoData = root.resolve("demo-data");
        seat = new SeatContext(demoData, Clock.systemUTC(), "S08", hub.base);
        Demo.seed(seat, Demo.centre(seat));
        int pending = onDb(seat, () -> seat.sync.state().pendingChanges());
        Locale zh = Locale.forLanguageTag("zh-CN");
        SeatConsole console = WaitForAsyncUtils.asyncFx(() -> {
            SeatConsole c = new SeatConsole(seat, stage, zh, "", 1366, 768, Face.seat);
            c.showLogin();
            stage.show();
            return c;
        }).get(30, TimeUnit.SECONDS);
        SeatTestSteps.typeLogin(robot, stage, "A002", "demo");
        Label error = (Label) node(robot, stage, "#login-error");
        waitFor(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo(new Messages(zh).get("login.otherCentre", hub.base.toString(), demoData.toString()))
                .contains("--data", demoData.toString());
        assertThat(console.readyProperty().get()).as("still at the login form").isFalse();
        assertThat(onDb(seat, () -> seat.sync.state().pendingChanges())).isEqualTo(pending);
    }

    @Test
    void theSupervisorConsoleOnAnotherHubsDataRefusesItInSpanish(FxRobot robot) throws Exception {
        Path data = root.resolve("other-centre");
        seat = new SeatContext(data, Clock.systemUTC(), "S01", hub.base);
        Demo.seedPeople(seat);
        onDb(seat, () -> new org.seatdesk.store.JooqSyncRepository(seat.database)
                .adoptCentre(java.util.UUID.randomUUID(), java.time.Instant.now())); // synced with another hub before
        Locale es = Locale.forLanguageTag("es");
        SupervisorConsole console = WaitForAsyncUtils.asyncFx(() -> {
            SupervisorConsole c = new SupervisorConsole(seat, stage, es, "", 1366, 768);
            c.showLogin();
            stage.show();
            return c;
        }).get(30, TimeUnit.SECONDS);
        SeatTestSteps.typeLogin(robot, stage, "M001", "demo");
        Label error = (Label) node(robot, stage, "#login-error");
        waitFor(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo(new Messages(es).get("login.otherCentre", hub.base.toString(), data.toString()));
        assertThat(console.readyProperty().get()).isFalse();
    }
}
