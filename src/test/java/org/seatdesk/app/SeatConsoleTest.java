package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.kb.SearchResults;
import org.seatdesk.testing.MutableClock;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketNumber;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The seat console driven like an agent drives it: keyboard first, on a real H2 file with
/// the demo centre seeded.
@ExtendWith(ApplicationExtension.class)
class SeatConsoleTest {

    private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");

    private Path dataDir;
    private MutableClock clock;
    private SeatContext context;
    private SeatConsole console;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dataDir = Files.createTempDirectory("seat-console-test");
        clock = new MutableClock(Instant.now());
        context = new SeatContext(dataDir, clock, null);
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
    void wrongPasswordSaysSoAndKeepsTheStaffId(FxRobot robot) throws Exception {
        SeatTestSteps.typeLogin(robot, stage, "A001", "wrong");
        waitFor(() -> !text(robot, "#login-error").isEmpty());

        assertThat(text(robot, "#login-error")).isEqualTo("Wrong staff ID or password.");
        assertThat(robot.lookup("#login-staff").queryAs(TextInputControl.class).getText()).isEqualTo("A001");
    }

    @Test
    void missingRequiredFieldsShowTheirMessagesAtTheFieldAndKeepWhatWasTyped_R_TK_3(FxRobot robot) throws Exception {
        loginAsDemoAgent(robot);
        int before = pending();
        robot.clickOn("#field-CONTACT_PERSON").write("Ms Chen");
        robot.clickOn("#field-CONTACT_PHONE").write("12345");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#error-INSTALL_ADDRESS")).isEqualTo("Installation address is required.");
        assertThat(text(robot, "#error-DESCRIPTION")).isEqualTo("Problem description is required.");
        assertThat(text(robot, "#error-TERMINAL_ID")).startsWith("Enter at least one of terminal ID");
        assertThat(text(robot, "#error-CONTACT_PHONE")).startsWith("Not a phone number");
        assertThat(text(robot, "#error-CONTACT_PERSON")).isEmpty();
        assertThat(field(robot, "CONTACT_PERSON")).isEqualTo("Ms Chen");
        assertThat(field(robot, "CONTACT_PHONE")).isEqualTo("12345");
        assertThat(pending()).isEqualTo(before);
    }

    @Test
    void aValidTicketTypedWithTheKeyboardIsSavedAndAppearsFirstInTheQueue_R_TK_3_R_TK_8(FxRobot robot) throws Exception {
        loginAsDemoAgent(robot);
        int before = pending();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        robot.write("T");                                 // type: complaint, by its letter
        robot.type(KeyCode.TAB).write("1");               // service kind: equipment fault
        robot.type(KeyCode.TAB).type(KeyCode.SPACE);      // urgent
        robot.type(KeyCode.TAB).write("2");               // requester: merchant
        robot.type(KeyCode.TAB).write("Huarun Supermarket");
        robot.type(KeyCode.TAB).write("38016642");        // terminal ID
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        robot.write("No. 88 Tianhe Road, Guangzhou");
        robot.type(KeyCode.TAB).write("Ms Chen");
        robot.type(KeyCode.TAB).write("13826451187");
        robot.type(KeyCode.TAB).write("Card reader dead since 9:00");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitFor(() -> text(robot, "#form-notice").startsWith("Saved T-"));

        String number = text(robot, "#form-notice").replace("Saved ", "").replace(".", "");
        assertThat(TicketNumber.isValid(number)).isTrue();
        assertThat(number).contains("-S07-");
        TableView<Ticket> queue = robot.lookup("#queue-table").queryTableView();
        waitFor(() -> queue.getItems().stream().anyMatch(t -> t.number().equals(number)));
        Ticket first = queue.getItems().getFirst();
        assertThat(first.level()).as("urgent tickets sort first").isEqualTo(org.seatdesk.ticket.Level.URGENT);
        assertThat(pending()).as("the save put the ticket and its history entry in the outbox").isEqualTo(before + 2);
        assertThat(field(robot, "CONTACT_PHONE")).as("form emptied for the next call").isEmpty();
    }

    @Test
    void escapeClearsTheFormAndCtrlZBringsItBack(FxRobot robot) throws Exception {
        loginAsDemoAgent(robot);
        robot.clickOn("#field-INSTALL_ADDRESS").write("广州市天河区天河路88号");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "INSTALL_ADDRESS")).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "INSTALL_ADDRESS")).isEqualTo("广州市天河区天河路88号");
    }

    @Test
    void anUnfinishedFormComesBackAfterTheConsoleIsOpenedAgain(FxRobot robot) throws Exception {
        loginAsDemoAgent(robot);
        robot.clickOn("#field-DESCRIPTION").write("POS 屏幕黑屏，无法开机");
        TimeUnit.MILLISECONDS.sleep(1000);                // drafts reach the disk within a second

        robot.interact(() -> {
            console = new SeatConsole(context, stage, Locale.ENGLISH, "", 1366, 768, Face.seat);
            console.showLogin();
        });
        loginAsDemoAgent(robot);
        waitFor(() -> field(robot, "DESCRIPTION").equals("POS 屏幕黑屏，无法开机"));
        assertThat(text(robot, "#form-notice")).isEqualTo("Your unfinished work order was restored.");
    }

    @Test
    void f2PutsTheGreetingOnTheClipboard_R_TK_12(FxRobot robot) throws Exception {
        loginAsDemoAgent(robot);
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        String clip = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(clip).startsWith("Hello, this is the").endsWith("How can I help you?");
    }

    @Test
    void searchFiltersTheQueueInTheDatabase(FxRobot robot) throws Exception {
        loginAsDemoAgent(robot);
        TableView<Ticket> queue = robot.lookup("#queue-table").queryTableView();
        waitFor(() -> !queue.getItems().isEmpty());
        Ticket target = queue.getItems().get(3);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(target.number());
        waitFor(() -> queue.getItems().size() == 1);
        assertThat(queue.getItems().getFirst().number()).isEqualTo(target.number());
    }

    // Start-up pass 2 (ADR 0021): what is kept off the path to a ready console still happens.

    @Test
    void theKnowledgeBaseIndexIsLeftAloneUntilTheConsoleIsReadyAndThenBuilt_R_KB_4(FxRobot robot) throws Exception {
        assertThat(context.kb.ready()).as("not started with the console").isNotDone();
        assertThat(dataDir.resolve("kb-index")).as("Lucene not even opened on the login screen").doesNotExist();

        loginAsDemoAgent(robot);

        context.kb.ready().get(60, TimeUnit.SECONDS);
        SearchResults found = context.kb.search("签购单", null, 5);
        assertThat(found.hits()).as("the demo articles were indexed after ready").isNotEmpty();
    }

    @Test
    void theHandoverRosterAndKnowledgeBasePagesAreBuiltOnTheirFirstVisit_R_SH_2(FxRobot robot) throws Exception {
        loginAsDemoAgent(robot);
        assertThat(console.shiftLog().handoverModel()).as("not built at login").isNull();
        assertThat(robot.lookup("#handover-table").tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        TableView<?> handover = robot.lookup("#handover-table").queryTableView();
        waitFor(() -> !handover.getItems().isEmpty());
        assertThat(console.shiftLog().handoverModel()).isNotNull();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#kb-search-field").tryQuery()).as("the knowledge-base page, built now").isPresent();
    }

    @Test
    void theQueueCountdownMovesEverySecondWithoutRebuildingItsCells_R_TK_4(FxRobot robot) throws Exception {
        loginAsDemoAgent(robot);
        TableView<Ticket> queue = robot.lookup("#queue-table").queryTableView();
        waitFor(() -> queue.getItems().stream().anyMatch(t -> t.status() == TicketStatus.NEW));
        int row = WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < queue.getItems().size(); i++) {
                if (queue.getItems().get(i).status() == TicketStatus.NEW) {
                    return i;
                }
            }
            return -1;
        }).get();
        // The table is virtualised: a row below the fold has no cell until it is scrolled to
        // (which NEW row comes first depends on the demo data of the day).
        robot.interact(() -> queue.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> deadline = deadlineCell(robot, row);
        String before = WaitForAsyncUtils.asyncFx(deadline::getText).get();
        assertThat(before).as("a countdown is shown").isNotBlank();

        clock.advance(Duration.ofHours(2)); // past every dispatch deadline (R-TK-4: 10 minutes)

        waitFor(() -> !before.equals(deadline.getText()));
        assertThat(deadlineCell(robot, row)).as("the same cell, updated in place").isSameAs(deadline);
        waitFor(() -> deadline.getTableRow().getPseudoClassStates().contains(LATE));
    }

    private static TableCell<?, ?> deadlineCell(FxRobot robot, int row) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#queue-table .table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && c.getTableColumn().getText().equals("Time left"))
                .filter(c -> c.getIndex() == row)
                .findFirst().orElseThrow()).get();
    }

    private void loginAsDemoAgent(FxRobot robot) throws Exception {
        SeatTestSteps.typeLogin(robot, stage, "A001", "demo");
        waitFor(() -> console.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int pending() {
        return context.sync.state().pendingChanges();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String field(FxRobot robot, String field) {
        return robot.lookup("#field-" + field).queryAs(TextInputControl.class).getText();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
