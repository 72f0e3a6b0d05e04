package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.ui.SupervisorConsoleView.Page;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The supervisor console shows the pages of the role of who logs in (R-SEC-1).
@ExtendWith(ApplicationExtension.class)
class SupervisorConsoleTest {

    private SeatContext context;
    private SupervisorConsole console;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dataDir = Files.createTempDirectory("supervisor-console-test");
        context = new SeatContext(dataDir, Clock.systemUTC(), null);
        Demo.seed(context);
        console = new SupervisorConsole(context, stage, Locale.ENGLISH, "", 1366, 768);
        console.showLogin();
        stage.show();
    }

    @AfterEach
    void closeDatabase(FxRobot robot) {
        robot.interact(stage::hide);
        context.close();
    }

    @Test
    void theShiftMonitorGetsRollCallAndDutyLogButNotTheKnowledgeBaseEditor_R_SEC_1(FxRobot robot) throws Exception {
        login(robot, "M001");

        assertThat(console.view().pages()).contains(Page.ROLL_CALL, Page.DUTY_LOG, Page.HANDOVER, Page.NOTICES)
                .doesNotContain(Page.KNOWLEDGE_BASE, Page.QUALITY);
        assertThat(robot.lookup("#nav-ROLL_CALL").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-KNOWLEDGE_BASE").tryQuery()).isEmpty();
    }

    @Test
    void theKbEditorGetsTheEditorAndNoRollCall_R_SEC_1(FxRobot robot) throws Exception {
        login(robot, "K001");

        assertThat(console.view().pages()).contains(Page.KNOWLEDGE_BASE).doesNotContain(Page.ROLL_CALL, Page.APPROVALS);
        assertThat(robot.lookup("#nav-KNOWLEDGE_BASE").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-ROLL_CALL").tryQuery()).isEmpty();
    }

    private void login(FxRobot robot, String staffNo) throws Exception {
        SeatTestSteps.typeLogin(robot, stage, staffNo, DemoCommand.DEMO_PASSWORD);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> console.readyProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
