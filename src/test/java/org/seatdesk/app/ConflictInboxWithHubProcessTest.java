package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.app.SeatTestSteps.await;
import static org.seatdesk.app.SeatTestSteps.login;
import static org.seatdesk.app.SeatTestSteps.onDb;
import static org.seatdesk.app.SeatTestSteps.waitFor;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.hub.HubProcess;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.HandlingStatus;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEdit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Two real seats on a real hub process (issue 4, sync principle 6): the same field changed at
/// both becomes a conflict at the seat whose change arrived second; its agent sees both values in
/// the conflict inbox and applies theirs or keeps the other; the other seat receives the outcome.
/// Different fields merge without a conflict.
@ExtendWith(ApplicationExtension.class)
class ConflictInboxWithHubProcessTest {

    private Stage stage;
    private Path root;
    private HubProcess hub;
    private SeatContext seatA;
    private SeatContext seatB;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        root = Files.createTempDirectory("conflict-inbox-test");
        hub = HubProcess.start(root.resolve("hub"), "--demo");
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        robot.interact(stage::hide);
        if (seatA != null) {
            seatA.close();
        }
        if (seatB != null) {
            seatB.close();
        }
        hub.close();
    }

    @Test
    void aSameFieldEditBecomesAConflictThatTheAgentResolvesInTheInboxAndDifferentFieldsMerge(FxRobot robot)
            throws Exception {
        // Seat B (A002 at S09) registers a ticket; seat A (A001 at S07) receives it, then stops syncing.
        seatB = new SeatContext(root.resolve("b"), Clock.systemUTC(), "S09", hub.base);
        Demo.seedPeople(seatB);
        Author b = login(seatB, "A002");
        Ticket ticket = onDb(seatB, () -> seatB.tickets.register(Fixtures.completeDraft(), b));
        seatB.startSync("A002", "demo", "S09", () -> { });
        await(() -> onDb(seatB, () -> seatB.sync.state().pendingChanges()) == 0);
        try (SeatContext firstRun = new SeatContext(root.resolve("a"), Clock.systemUTC(), "S07", hub.base)) {
            Demo.seedPeople(firstRun);
            login(firstRun, "A001");
            firstRun.startSync("A001", "demo", "S07", () -> { });
            await(() -> onDb(firstRun, () -> firstRun.tickets.find(ticket.id()).isPresent()));
        }

        // Seat A's console, its hub not reachable yet: the agent edits the phone and the handling status.
        CompletableFuture<URI> hubForA = new CompletableFuture<>();
        seatA = new SeatContext(root.resolve("a"), Clock.systemUTC(), "S07", hubForA);
        SeatConsole console = WaitForAsyncUtils.asyncFx(() -> {
            SeatConsole c = new SeatConsole(seatA, stage, Locale.ENGLISH, "", 1366, 768, Face.seat);
            c.showLogin();
            stage.show();
            return c;
        }).get(30, TimeUnit.SECONDS);
        SeatTestSteps.typeLogin(robot, stage, "A001", "demo");
        waitFor(() -> console.readyProperty().get());
        TableView<Ticket> queue = robot.lookup("#queue-table").queryTableView();
        waitFor(() -> queue.getItems().stream().anyMatch(t -> t.id().equals(ticket.id())));
        robot.interact(() -> {
            queue.requestFocus();
            queue.getItems().stream().filter(t -> t.id().equals(ticket.id())).findFirst()
                    .ifPresent(queue.getSelectionModel()::select);
        });
        robot.type(KeyCode.ENTER); // opens the selected ticket
        waitFor(() -> robot.lookup("#detail-edit").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn("#detail-edit");
        TextField phone = robot.lookup("#edit-contact-phone").queryAs(TextField.class);
        robot.interact(phone::clear);
        robot.clickOn(phone).write("13911112222");
        @SuppressWarnings("unchecked")
        ComboBox<HandlingStatus> handling = robot.lookup("#edit-handling").queryAs(ComboBox.class);
        robot.interact(() -> handling.setValue(HandlingStatus.APPOINTMENT_SCHEDULED));
        robot.clickOn("#edit-save");
        waitFor(() -> !console.ticketEditor().editingProperty().get());
        assertThat(seatA.sync.state().pendingChanges()).as("saved here, waiting for the hub").isPositive();

        // Meanwhile seat B changes the same phone (a clash) and the description (no clash).
        Ticket atB = onDb(seatB, () -> seatB.tickets.find(ticket.id()).orElseThrow());
        onDb(seatB, () -> seatB.tickets.update(ticket.id(), new TicketEdit(atB.level(), atB.installAddress(),
                atB.contactPerson(), "13733334444", "刷卡机无法开机，已远程重启无效。", atB.status(), atB.handlingStatus(),
                atB.dispatchKind(), atB.dispatchTarget()), b));
        seatB.nudgeSync();
        await(() -> onDb(seatB, () -> seatB.sync.state().pendingChanges()) == 0);

        // Seat A reaches the hub: its edit comes back as a conflict, shown in the status bar.
        hubForA.complete(hub.base);
        waitFor(() -> robot.lookup("#status-conflicts").queryAs(javafx.scene.control.Hyperlink.class).isVisible());
        assertThat(robot.lookup("#status-conflicts").queryLabeled().getText()).isEqualTo("1 conflict to resolve");
        // The conflict shows as soon as the push is answered; the hub's value arrives with the pull after it.
        await(() -> onDb(seatA, () -> seatA.sync.isCaughtUp()));
        Ticket merged = onDb(seatA, () -> seatA.tickets.find(ticket.id()).orElseThrow());
        assertThat(merged.contactPhone()).as("nothing overwritten: theirs stays until someone decides")
                .isEqualTo("13733334444");
        assertThat(merged.description()).isEqualTo("刷卡机无法开机，已远程重启无效。");

        robot.clickOn("#status-conflicts");
        waitFor(() -> robot.lookup(".conflict-card").tryQuery().isPresent());
        assertThat(texts(robot, ".conflict-mine")).containsExactly("13911112222");
        assertThat(texts(robot, ".conflict-theirs")).containsExactly("13733334444");
        assertThat(robot.lookup("陈思远 (A002)").tryQuery()).as("who changed theirs").isPresent();
        robot.clickOn(".conflict-apply-mine");
        waitFor(() -> robot.lookup("#conflicts-none").tryQuery().isPresent());

        // The person's decision reaches the hub and the other seat; the handling status too.
        await(() -> onDb(seatB, () -> seatB.tickets.find(ticket.id()).orElseThrow().contactPhone()).equals("13911112222"));
        Ticket atBNow = onDb(seatB, () -> seatB.tickets.find(ticket.id()).orElseThrow());
        assertThat(atBNow.handlingStatus()).isEqualTo(HandlingStatus.APPOINTMENT_SCHEDULED);
        assertThat(atBNow.description()).isEqualTo("刷卡机无法开机，已远程重启无效。");
        waitFor(() -> !robot.lookup("#status-conflicts").queryAs(javafx.scene.control.Hyperlink.class).isVisible()
                || console.conflictInbox().conflicts().isEmpty());
        assertThat(seatA.conflicts.openCount()).isZero();
    }

    private static java.util.List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
