package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.handover.HandoverItem;
import org.seatdesk.handover.HandoverStatus;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.OutboxOperation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The handover (R-SH-2) and notices (R-SH-3) pages of the seat console, driven like an agent
/// drives them, on a real H2 file with the demo centre and its shift log seeded.
@ExtendWith(ApplicationExtension.class)
class ShiftLogConsoleTest {

    private SeatContext context;
    private SeatConsole console;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // Lookups search every window: one an earlier class left open (a second console) holds
        // nodes with the same ids and answered instead (failed only in the full suite).
        for (javafx.stage.Window other : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
            if (other != stage) {
                other.hide();
            }
        }
        Path dataDir = Files.createTempDirectory("shift-log-console-test");
        context = new SeatContext(dataDir, Clock.systemUTC(), null);
        Demo.seed(context);
        console = new SeatConsole(context, stage, Locale.ENGLISH, "", 1366, 768, Face.seat);
        console.showLogin();
        stage.show();
    }

    @AfterEach
    void closeDatabase(FxRobot robot) {
        robot.interact(stage::hide);
        context.close();
    }

    @Test
    void theUnreadNoticesAreShownAtLoginAndOneConfirmationRecordsAReceiptForEach_R_SH_3(FxRobot robot) throws Exception {
        login(robot, "A002"); // the demo's A002 has two notices unread (A001 has read them all)
        waitFor(() -> find(robot, "#notices-unread").tryQuery().map(n -> ((VBox) n).getChildren().size() == 2).orElse(false),
                () -> onScreen(robot));
        VBox unread = find(robot, "#notices-unread").queryAs(VBox.class);
        assertThat(unread.getParent().isVisible()).as("the login brought the unread notices forward").isTrue();
        assertThat(find(robot, "#notices-current").query().getParent().isVisible())
                .as("while notices wait, they are the whole page").isFalse();

        robot.clickOn(SeatTestSteps.node(robot, stage, "#notices-confirm"));
        waitFor(() -> text(robot, "#notices-message").equals("2 notices confirmed as read."));

        // the message comes with the receipts; the cards go when the notices are read again
        waitFor(() -> !unread.getParent().isVisible(), () -> onScreen(robot));
        assertThat(receipts()).isEqualTo(2);
        waitFor(() -> find(robot, "#notices-current").queryAs(VBox.class).getChildren().size() == 3);
        robot.interact(() -> {
            console = new SeatConsole(context, stage, Locale.ENGLISH, "", 1366, 768, Face.seat);
            console.showLogin();
        });
        login(robot, "A002");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(find(robot, "#notices-confirm").tryQuery())
                .as("nothing unread at the next login: the console stays on its tickets").isEmpty();
    }

    @Test
    void theIncomingAgentAcknowledgesAnEntryOfTheirSeatAndTheHandoverIsComplete_R_SH_2(FxRobot robot) throws Exception {
        login(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        TableView<HandoverItem> table = find(robot, "#handover-table").queryTableView();
        waitFor(() -> !table.getItems().isEmpty());
        assertThat(text(robot, "#handover-waiting")).isEqualTo("6 entries wait for your acknowledgement");
        HandoverItem atMySeat = table.getItems().stream()
                .filter(i -> i.entry().seatCode().equals("S07") && i.status() == HandoverStatus.OPEN).findFirst().orElseThrow();

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(atMySeat);
        });
        robot.clickOn(SeatTestSteps.node(robot, stage, "#handover-ack"));
        waitFor(() -> text(robot, "#handover-notice").startsWith("Acknowledged"));
        waitFor(() -> table.getItems().stream().anyMatch(i -> i.entry().id().equals(atMySeat.entry().id())
                && i.status() == HandoverStatus.COMPLETE));

        HandoverItem done = table.getItems().stream().filter(i -> i.entry().id().equals(atMySeat.entry().id())).findFirst().orElseThrow();
        assertThat(done.acks()).singleElement().satisfies(a -> {
            assertThat(a.staffName()).isEqualTo("李晓燕");
            assertThat(a.seatCode()).isEqualTo("S07");
        });
        assertThat(text(robot, "#handover-waiting")).isEqualTo("5 entries wait for your acknowledgement");
        assertThat(TestData.outbox(context.database)).extracting(OutboxOperation::entity).contains("handover_ack");
    }

    @Test
    void anUnknownLinkedTicketIsNamedAtTheFieldAndTheTextStays_R_SH_2(FxRobot robot) throws Exception {
        login(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        robot.clickOn(SeatTestSteps.node(robot, stage, "#handover-body")).write("Headset of S07 crackles");
        robot.clickOn(SeatTestSteps.node(robot, stage, "#handover-tickets")).write("T-20200101-S07-0001");
        robot.clickOn(SeatTestSteps.node(robot, stage, "#handover-add"));
        waitFor(() -> !text(robot, "#handover-error-TICKETS").isEmpty());

        assertThat(text(robot, "#handover-error-TICKETS")).isEqualTo("No ticket T-20200101-S07-0001 at this seat.");
        assertThat(text(robot, "#handover-error-CATEGORY")).isEqualTo("Required.");
        assertThat(find(robot, "#handover-body").queryAs(TextInputControl.class).getText()).isEqualTo("Headset of S07 crackles");
    }

    private void login(FxRobot robot) throws Exception {
        login(robot, "A001");
        assertThat(find(robot, "#notices-confirm").tryQuery()).as("A001 has read every notice: tickets first").isEmpty();
    }

    private void login(FxRobot robot, String staffNo) throws Exception {
        SeatTestSteps.typeLogin(robot, stage, staffNo, "demo");
        waitFor(() -> console.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long receipts() throws Exception {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> TestData.outbox(context.database).stream()
                .filter(op -> op.entity().equals("notice_receipt")).count(), context.dbExecutor).get();
    }

    private org.testfx.service.query.NodeQuery find(FxRobot robot, String query) {
        return SeatTestSteps.within(robot, stage, query);
    }

    private String text(FxRobot robot, String query) {
        return find(robot, query).queryAs(Label.class).getText();
    }

    /// 20 s: the login (Argon2) and the first loads share two cores with the rest of the suite.
    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    /// As {@link #waitFor(Callable)}, and a timeout says what the console showed instead.
    private static void waitFor(Callable<Boolean> condition, Callable<String> onScreen) throws Exception {
        try {
            waitFor(condition);
        } catch (java.util.concurrent.TimeoutException timeout) {
            throw new AssertionError("not within 20 s; on screen: " + WaitForAsyncUtils.asyncFx(onScreen).get(), timeout);
        }
    }

    /// The page in the console's centre, the notices' message and the windows open.
    private String onScreen(FxRobot robot) {
        javafx.scene.Node centre = ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getCenter();
        var model = console.shiftLog().noticesModel();
        return "page " + (centre == null ? null : centre.getStyleClass())
                + ", notices message '" + find(robot, "#notices-message").tryQuery().map(n -> ((Label) n).getText()).orElse("(none)")
                + "', unread in the model " + (model == null ? null : model.unread().stream().map(n -> n.title()).toList())
                + ", unread cards " + find(robot, "#notices-unread").tryQuery().map(n -> ((VBox) n).getChildren().size()).orElse(-1)
                + ", windows " + javafx.stage.Window.getWindows().size();
    }
}
