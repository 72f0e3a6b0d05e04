package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.handover.HandoverCategory;
import org.seatdesk.handover.HandoverEntry;
import org.seatdesk.handover.HandoverItem;
import org.seatdesk.handover.HandoverStatus;
import org.seatdesk.kb.SearchHit;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketDraft;
import org.seatdesk.ticket.TicketQuery;
import org.seatdesk.ticket.TicketType;
import org.seatdesk.ui.SeatConsoleView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Every key of the README's keyboard table does what the user guide says, at a real console
/// on a seeded H2 file (seat S07, as at a desk two people take in turn): typed with the robot.
@ExtendWith(ApplicationExtension.class)
class SeatKeyboardTest {

    private static Path dataDir;
    private static SeatContext context;
    private SeatConsole console;
    private Stage stage;

    @BeforeAll
    static void seat() throws Exception {
        dataDir = Files.createTempDirectory("seat-keyboard-test");
        context = new SeatContext(dataDir, Clock.systemUTC(), "S07");
        Demo.seed(context);
        context.kb.start().get(120, TimeUnit.SECONDS);
    }

    @AfterAll
    static void closeSeat() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        console = new SeatConsole(context, stage, Locale.ENGLISH, "", 1366, 768, Face.seat);
        console.showLogin();
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (console.knowledgeBase() != null) {
                console.knowledgeBase().quick().hide();
            }
            if (console.session() != null) {
                console.form().clear(); // the next test of A001 starts on an empty form
            }
            stage.hide();
        });
        for (String staffNo : List.of("A001", "A002")) {
            java.util.UUID staff = SeatTestSteps.login(context, staffNo).staffId();
            SeatTestSteps.onDb(context, () -> {
                context.drafts.discard(staff);
                return true;
            });
        }
    }

    // Ctrl+1 … Ctrl+5

    @Test
    void ctrlDigitSwitchesThePageEvenWhenNothingHasTheFocus(FxRobot robot) throws Exception {
        login(robot, "A001");
        // With no focus owner (the focused node had just left the scene) a key press goes to
        // the scene itself: a filter on the console's root never saw it.
        robot.interact(() -> Event.fireEvent(stage.getScene(), ctrlKey(KeyCode.DIGIT3)));
        assertThat(console.currentPage()).isEqualTo(SeatConsoleView.Page.ROSTER);
    }

    @Test
    void ctrlDigitOnTheNumericKeypadSwitchesThePageToo(FxRobot robot) throws Exception {
        login(robot, "A001");
        ctrl(robot, KeyCode.NUMPAD4);
        assertThat(console.currentPage()).isEqualTo(SeatConsoleView.Page.HANDOVER);
        ctrl(robot, KeyCode.NUMPAD1);
        assertThat(console.currentPage()).isEqualTo(SeatConsoleView.Page.TICKETS);
    }

    @Test
    void afterLoginAndAfterEveryCtrlDigitThePagesFirstFieldHasTheFocus(FxRobot robot) throws Exception {
        login(robot, "A001");
        assertThat(focusId()).as("after login: the form's first field").isEqualTo("field-TYPE");
        for (KeyCode key : new KeyCode[] {KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT2, KeyCode.DIGIT1}) {
            ctrl(robot, key);
            SeatConsoleView.Page page = SeatConsoleView.Page.values()[key.ordinal() - KeyCode.DIGIT1.ordinal()];
            assertThat(console.currentPage()).as("Ctrl+" + key.getChar()).isEqualTo(page);
            Node focused = focusOwner();
            assertThat(focused).as("Ctrl+" + key.getChar() + " focus").isNotNull();
            assertThat(isInside(focused, console.currentPageNode())).as("Ctrl+" + key.getChar() + ": focus in the page, "
                    + focused).isTrue();
        }
        assertThat(focusId()).isEqualTo("field-TYPE");
        ctrl(robot, KeyCode.DIGIT2);
        assertThat(focusId()).as("the knowledge base: its search").isEqualTo("kb-search-field");
    }

    @Test
    void theFirstCtrlDigitAfterTheNoticesAtLoginSwitchesThePage_R_SH_3(FxRobot robot) throws Exception {
        login(robot, "A002"); // unread notices: the console opens on them
        SeatTestSteps.waitFor(() -> console.currentPage() == SeatConsoleView.Page.NOTICES);
        ctrl(robot, KeyCode.DIGIT1);
        assertThat(console.currentPage()).isEqualTo(SeatConsoleView.Page.TICKETS);
        assertThat(focusId()).isEqualTo("field-TYPE");
    }

    // Ctrl+F, Enter, ↓

    @Test
    void ctrlFThenEnterOpensTheFirstMatch(FxRobot robot) throws Exception {
        login(robot, "A001");
        TableView<Ticket> queue = SeatTestSteps.within(robot, stage, "#queue-table").queryTableView();
        SeatTestSteps.waitFor(() -> queue.getItems().size() > 5);
        Ticket target = WaitForAsyncUtils.asyncFx(() -> queue.getItems().get(4)).get();
        ctrl(robot, KeyCode.F);
        robot.write(target.number()).type(KeyCode.ENTER); // Enter before the search has answered
        SeatTestSteps.waitFor(() -> console.ticketsPage().isDetailShown());
        assertThat(text(robot, "#detail-number")).isEqualTo(target.number());
    }

    @Test
    void downInTheQueueSearchMovesIntoTheResults(FxRobot robot) throws Exception {
        login(robot, "A001");
        TableView<Ticket> queue = SeatTestSteps.within(robot, stage, "#queue-table").queryTableView();
        SeatTestSteps.waitFor(() -> queue.getItems().size() > 5);
        ctrl(robot, KeyCode.F);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusId()).isEqualTo("queue-table");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        SeatTestSteps.waitFor(() -> console.ticketsPage().isDetailShown());
        assertThat(text(robot, "#detail-number")).isEqualTo(WaitForAsyncUtils.asyncFx(() -> queue.getItems().get(1).number()).get());
    }

    // The ticket's detail: Ctrl+E, Tab, Ctrl+S

    @Test
    void ctrlEEditsTheOpenTicketTabFollowsTheColumnsAndCtrlSSavesWithAConfirmation_R_TK_5(FxRobot robot) throws Exception {
        login(robot, "A001");
        openFirstTicket(robot);
        assertThat(((javafx.scene.control.Button) node(robot, "#detail-edit")).getTooltip().getText()).contains("Ctrl+E");
        ctrl(robot, KeyCode.E);
        assertThat(focusId()).isEqualTo("edit-status");
        robot.interact(() -> console.ticketEditor().dispatchKindProperty().set(org.seatdesk.ticket.DispatchKind.DIRECT));
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            order.add(focusId());
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        order.add(focusId());
        assertThat(order).as("down the first column, then the second, then the description, out of it").containsExactly(
                "edit-status", "edit-handling", "edit-dispatch-kind", "edit-dispatch-target",
                "edit-level", "edit-contact-person", "edit-contact-phone", "edit-install-address",
                "edit-description", "edit-save");
        robot.interact(() -> console.ticketEditor().dispatchKindProperty().set(null));

        replace(robot, "#edit-contact-person", "王丽");
        ctrl(robot, KeyCode.S);
        SeatTestSteps.waitFor(() -> !console.ticketEditor().editingProperty().get());
        String number = text(robot, "#detail-number");
        assertThat(text(robot, "#detail-notice")).isEqualTo("Changes to " + number + " saved.");
        Ticket stored = SeatTestSteps.onDb(context, () -> context.tickets.queue(new TicketQuery(null, null, null, number, 5))
                .tickets().getFirst());
        assertThat(stored.contactPerson()).isEqualTo("王丽");
        assertThat(focusId()).as("back on Edit, the form it was in has gone").isEqualTo("detail-edit");
    }

    @Test
    void aMessageAtAnEditedFieldGoesAsSoonAsTheFieldIsRight_R_TK_3(FxRobot robot) throws Exception {
        login(robot, "A001");
        openFirstTicket(robot);
        ctrl(robot, KeyCode.E);
        TextInputControl phone = (TextInputControl) node(robot, "#edit-contact-phone");
        replace(robot, "#edit-contact-phone", "138");
        ctrl(robot, KeyCode.S);
        SeatTestSteps.waitFor(() -> !console.ticketEditor().problemProperty(
                org.seatdesk.ticket.ui.TicketEditViewModel.Field.CONTACT_PHONE).get().isEmpty());
        assertThat(console.ticketEditor().editingProperty().get()).as("refused: still editing").isTrue();

        robot.write("1234567"); // 1381234567: not yet
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.ticketEditor().problemProperty(
                org.seatdesk.ticket.ui.TicketEditViewModel.Field.CONTACT_PHONE).get()).as("still wrong").isNotEmpty();
        robot.write("8"); // 13812345678: a mobile number now
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.ticketEditor().problemProperty(
                org.seatdesk.ticket.ui.TicketEditViewModel.Field.CONTACT_PHONE).get()).as("gone before any save").isEmpty();
        assertThat(phone.getText()).isEqualTo("13812345678");
    }

    // The F6 overlay

    @Test
    void escClosesTheQuickSearchWhereverTheFocusIsInIt_R_KB_4(FxRobot robot) throws Exception {
        login(robot, "A001");
        robot.type(KeyCode.F6);
        SeatTestSteps.waitFor(() -> console.knowledgeBase().quick().isShowing());
        robot.write("sk");
        SeatTestSteps.waitFor(() -> !console.knowledgeBase().quickModel().results().isEmpty());
        robot.type(KeyCode.DOWN); // into the results
        WaitForAsyncUtils.waitForFxEvents();
        Node inResults = WaitForAsyncUtils.asyncFx(() -> ((ListView<?>) robot.lookup("#kb-results").queryAll().stream()
                .filter(n -> n.getScene() != stage.getScene()).findFirst().orElseThrow()).getScene().getFocusOwner()).get();
        assertThat(inResults).isInstanceOf(ListView.class);
        robot.type(KeyCode.ESCAPE);
        SeatTestSteps.waitFor(() -> !console.knowledgeBase().quick().isShowing());

        robot.type(KeyCode.F6);
        SeatTestSteps.waitFor(() -> console.knowledgeBase().quick().isShowing());
        SeatTestSteps.waitFor(() -> console.knowledgeBase().quickModel().readingProperty().get() != null);
        robot.interact(() -> robot.lookup("#kb-pin").queryAll().stream().filter(n -> n.getScene() != stage.getScene())
                .findFirst().orElseThrow().requestFocus()); // a button of the article
        robot.type(KeyCode.ESCAPE);
        SeatTestSteps.waitFor(() -> !console.knowledgeBase().quick().isShowing());
        assertThat(focusId()).as("back in the form").isEqualTo("field-TYPE");
    }

    // The intake form

    @Test
    void theFormPreselectsNothingAndAsksForTheTypeAtItsField_R_TK_3(FxRobot robot) throws Exception {
        login(robot, "A001");
        assertThat(console.form().typeProperty().get()).isNull();
        assertThat(console.form().serviceKindProperty().get()).isNull();
        assertThat(console.form().requesterKindProperty().get()).isNull();
        int before = tickets();
        fillTexts(robot);
        ctrl(robot, KeyCode.S);
        assertThat(text(robot, "#error-TYPE")).isEqualTo(
                "Choose the type: press Z consultation, T complaint, J suggestion, B praise or Y business request.");
        assertThat(text(robot, "#error-SERVICE_KIND")).isEqualTo("Choose the service kind: press 1 to 6.");
        assertThat(text(robot, "#error-REQUESTER_KIND")).isEqualTo("Choose who is asking: press 1 bank, 2 merchant or 3 other.");
        assertThat(text(robot, "#form-notice")).isEqualTo("Not saved: 3 fields need attention.");
        assertThat(tickets()).as("nothing saved as a business request by default").isEqualTo(before);
        assertThat(focusId()).as("the first field in error").isEqualTo("field-TYPE");

        robot.write("T");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#error-TYPE")).isEmpty();
        assertThat(text(robot, "#form-notice")).as("the count follows the fixes").isEqualTo("Not saved: 2 fields need attention.");
        robot.type(KeyCode.TAB).write("1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#form-notice")).isEqualTo("Not saved: 1 field needs attention.");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).write("2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#form-notice")).isEqualTo("Every field is fine now: Ctrl+S saves.");

        ctrl(robot, KeyCode.S);
        SeatTestSteps.waitFor(() -> text(robot, "#form-notice").startsWith("Saved T-"));
        assertThat(tickets()).isEqualTo(before + 1);
        assertThat(focusId()).as("the next call starts at the type").isEqualTo("field-TYPE");
        assertThat(console.form().typeProperty().get()).as("and nothing is preselected for it").isNull();
    }

    @Test
    void aRefusedSavePutsTheCursorInTheFirstFieldInError_R_TK_3(FxRobot robot) throws Exception {
        login(robot, "A001");
        robot.write("Z").type(KeyCode.TAB).write("6").type(KeyCode.TAB).type(KeyCode.TAB).write("3");
        robot.clickOn(node(robot, "#field-CONTACT_PERSON")).write("Ms Chen");
        ctrl(robot, KeyCode.S);
        assertThat(focusId()).as("the identifiers come first in the form").isEqualTo("field-TERMINAL_ID");
        assertThat(text(robot, "#form-notice")).isEqualTo("Not saved: 6 fields need attention.");
        robot.write("38016642");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#form-notice")).isEqualTo("Not saved: 3 fields need attention.");
    }

    @Test
    void aDraftWithOnlyAChoiceMadeIsKeptAndComesBack(FxRobot robot) throws Exception {
        login(robot, "A001");
        robot.write("T"); // a complaint, nothing typed yet
        Author agent = console.session().author();
        SeatTestSteps.await(() -> SeatTestSteps.onDb(context, () -> context.drafts.load(agent.staffId()))
                .map(TicketDraft::type).orElse(null) == TicketType.COMPLAINT);
        TicketDraft kept = SeatTestSteps.onDb(context, () -> context.drafts.load(agent.staffId()).orElseThrow());
        assertThat(kept.serviceKind()).isNull();
        assertThat(kept.requesterKind()).isNull();
    }

    // Sign out and quit

    @Test
    void signOutLetsTheNextPersonAcknowledgeTheHandoverAtThisSeatAndKeepsEachPersonsDraft_R_SH_2(FxRobot robot)
            throws Exception {
        login(robot, "A001");
        robot.clickOn(node(robot, "#field-DESCRIPTION")).write("POS 屏幕黑屏");
        Author a001 = console.session().author();
        assertThat(a001.seatCode()).isEqualTo("S07");
        HandoverEntry entry = SeatTestSteps.onDb(context, () -> context.handover.write(HandoverCategory.EQUIPMENT_STATUS,
                "打印机卡纸，已报修", List.of(), a001));

        ctrl(robot, KeyCode.L);
        assertThat(console.session()).isNull();
        assertThat(robot.from(stage.getScene().getRoot()).lookup("#login-staff").tryQuery()).as("the login").isPresent();
        assertThat(robot.from(stage.getScene().getRoot()).lookup("#queue-table").tryQuery()).isEmpty();
        assertThat(context.isSyncRunning()).isFalse();

        login(robot, "A002");
        assertThat(console.session().author().seatCode()).as("the same seat").isEqualTo("S07");
        assertThat(console.form().text(org.seatdesk.ticket.TicketField.DESCRIPTION).get()).as("A001's draft is not A002's")
                .isEmpty();
        ctrl(robot, KeyCode.DIGIT1); // past the unread notices, if any
        ctrl(robot, KeyCode.DIGIT4);
        TableView<HandoverItem> handover = SeatTestSteps.within(robot, stage, "#handover-table").queryTableView();
        SeatTestSteps.waitFor(() -> handover.getItems().stream().anyMatch(i -> i.entry().id().equals(entry.id())));
        robot.interact(() -> {
            handover.getItems().stream().filter(i -> i.entry().id().equals(entry.id())).findFirst()
                    .ifPresent(handover.getSelectionModel()::select);
            handover.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        SeatTestSteps.await(() -> SeatTestSteps.onDb(context, () -> context.handover.recent(a001.region()).stream()
                .filter(i -> i.entry().id().equals(entry.id())).findFirst().orElseThrow().status())
                == HandoverStatus.COMPLETE);

        robot.clickOn(node(robot, "#user-menu")); // the user menu: its first item signs out
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        SeatTestSteps.waitFor(() -> console.session() == null);
        login(robot, "A001");
        SeatTestSteps.waitFor(() -> field(robot, "DESCRIPTION").equals("POS 屏幕黑屏"));
    }

    @Test
    void ctrlQKeepsTheDraftAndClosesTheConsole(FxRobot robot) throws Exception {
        login(robot, "A001");
        Author agent = console.session().author();
        robot.clickOn(node(robot, "#field-INSTALL_ADDRESS")).write("广州市天河路88号");
        // Sent to the scene as the robot's key press would arrive: a robot that holds Ctrl down
        // while its window closes keeps Ctrl down for the next test's typing.
        robot.interact(() -> Event.fireEvent(stage.getScene().getFocusOwner(), ctrlKey(KeyCode.Q)));
        assertThat(stage.isShowing()).isFalse();
        SeatTestSteps.await(() -> SeatTestSteps.onDb(context, () -> context.drafts.load(agent.staffId()))
                .map(TicketDraft::installAddress).orElse("").equals("广州市天河路88号"));
    }

    private void openFirstTicket(FxRobot robot) throws Exception {
        TableView<Ticket> queue = SeatTestSteps.within(robot, stage, "#queue-table").queryTableView();
        SeatTestSteps.waitFor(() -> !queue.getItems().isEmpty());
        robot.interact(() -> console.ticketsPage().focusQueue());
        robot.type(KeyCode.ENTER);
        SeatTestSteps.waitFor(() -> console.ticketsPage().isDetailShown());
    }

    /// Selects what the field holds and types `text` over it.
    private void replace(FxRobot robot, String query, String text) {
        robot.clickOn(node(robot, query));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private void fillTexts(FxRobot robot) {
        robot.clickOn(node(robot, "#field-TERMINAL_ID")).write("38016642");
        robot.clickOn(node(robot, "#field-INSTALL_ADDRESS")).write("No. 88 Tianhe Road");
        robot.clickOn(node(robot, "#field-CONTACT_PERSON")).write("Ms Chen");
        robot.clickOn(node(robot, "#field-CONTACT_PHONE")).write("13826451187");
        robot.clickOn(node(robot, "#field-DESCRIPTION")).write("Card reader dead");
    }

    private int tickets() {
        return SeatTestSteps.onDb(context, () -> context.tickets.queue(TicketQuery.all()).totalMatching());
    }

    private void login(FxRobot robot, String staffNo) throws Exception {
        SeatTestSteps.typeLogin(robot, stage, staffNo, "demo");
        SeatTestSteps.waitFor(() -> console.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static KeyEvent ctrlKey(KeyCode key) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, true, false, false);
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focusOwner() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> stage.getScene().getFocusOwner()).get(5, TimeUnit.SECONDS);
    }

    private String focusId() throws Exception {
        Node focused = focusOwner();
        // a ComboBox's or a table's inner parts report the control that owns them
        while (focused != null && focused.getId() == null) {
            focused = focused.getParent();
        }
        return focused == null ? null : focused.getId();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private Node node(FxRobot robot, String query) {
        return SeatTestSteps.node(robot, stage, query);
    }

    private String text(FxRobot robot, String query) {
        return ((Label) SeatTestSteps.node(robot, stage, query)).getText();
    }

    private String field(FxRobot robot, String field) {
        return ((TextInputControl) SeatTestSteps.node(robot, stage, "#field-" + field)).getText();
    }
}
