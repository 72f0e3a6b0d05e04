package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.app.SeatTestSteps.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.i18n.Messages;
import org.seatdesk.testing.MutableClock;
import org.seatdesk.ticket.TicketDraft;
import org.seatdesk.ticket.TicketField;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// A console whose screen broke says so and offers a restart instead of staying frozen; the
/// restart closes the console the normal way, so the draft being typed is there after it.
@ExtendWith(ApplicationExtension.class)
class RestartOfferTest {

    private Path dataDir;
    private SeatContext context;
    private SeatConsole console;
    private Stage stage;
    private final RenderFailures failures = new RenderFailures();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dataDir = Files.createTempDirectory("restart-offer-test");
        context = new SeatContext(dataDir, new MutableClock(Instant.now()), null);
        Demo.seed(context);
        console = new SeatConsole(context, stage, Locale.ENGLISH, "", 1366, 768, Face.seat);
        console.showLogin();
        stage.show();
        RestartOffer.attach(stage, new Messages(Locale.ENGLISH), failures);
    }

    @Test
    void aBrokenScreenOffersARestartThatKeepsTheDraftBeingTyped(FxRobot robot) throws Exception {
        SeatTestSteps.typeLogin(robot, stage, "A001", "demo");
        waitFor(() -> console.readyProperty().get());
        robot.interact(() -> console.form().text(TicketField.DESCRIPTION).set("刷卡无反应，商户很着急"));

        failures.report("QuantumRenderer-0: java.lang.NullPointerException");
        waitFor(() -> restartButton(robot) != null);
        Window dialog = restartButton(robot).getScene().getWindow();
        assertThat(robot.from(dialog.getScene().getRoot()).lookup(".content").queryLabeled().getText())
                .contains("drafts");

        robot.clickOn(restartButton(robot));
        waitFor(() -> !stage.isShowing());
        assertThat(failures.restartRequested()).isTrue();

        context.close(); // what the command does once the window has closed
        try (SeatContext reopened = new SeatContext(dataDir, new MutableClock(Instant.now()), null)) {
            var author = SeatTestSteps.login(reopened, "A001");
            TicketDraft draft = SeatTestSteps.onDb(reopened, () -> reopened.drafts.load(author.staffId())).orElseThrow();
            assertThat(draft.description()).isEqualTo("刷卡无反应，商户很着急");
        }
    }

    private static Button restartButton(FxRobot robot) {
        return robot.lookup("#" + RestartOffer.RESTART_BUTTON_ID).tryQueryAs(Button.class).orElse(null);
    }
}
