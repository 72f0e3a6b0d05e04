package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.app.SeatTestSteps.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.hub.HubProcess;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The wall's own login form against a real hub: the wall logs in and shows the room. Its login
/// once ran on the thread that the sync engine's centre check waits on, and never returned.
@ExtendWith(ApplicationExtension.class)
class WallLoginWithHubProcessTest {

    private HubProcess hub;
    private WallContext context;
    private WallConsole console;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory("wall-login-test");
        hub = HubProcess.start(dir.resolve("hub"), "--demo");
        context = new WallContext(CompletableFuture.completedFuture(hub.base), Clock.systemUTC());
        console = new WallConsole(context, stage, Locale.ENGLISH, "", 1366, 768, false);
        console.showLogin();
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(stage::hide);
        context.close();
        hub.close();
    }

    @Test
    void theWallLogsInThroughItsFormAndShowsTheRoom(FxRobot robot) throws Exception {
        SeatTestSteps.typeLogin(robot, stage, "W001", "demo");

        waitFor(() -> robot.from(stage.getScene().getRoot()).lookup(".wall").tryQuery().isPresent());
        assertThat(stage.getTitle()).isEqualTo("Wall display");
    }
}
