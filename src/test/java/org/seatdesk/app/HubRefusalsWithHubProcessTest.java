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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.hub.HubProcess;
import org.seatdesk.roster.RosterEdit;
import org.seatdesk.store.JooqRosterRecords;
import org.seatdesk.store.TestData;
import org.seatdesk.store.jooq.Tables;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.Ticket;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// What the hub did not take as a seat made it reaches the person at that seat (review of
/// issue 4; sync principle 2; ADR 0020), with a real hub process and a real console: a ticket
/// renumbered because another console with the same seat code made its number first, and an
/// edit whose value the hub refuses (as an older console could send it). The status bar counts
/// them, the inbox shows the reason, what to do, the hub's words and what was typed, and
/// "mark as read" takes each out of the count while its row (what was typed) stays.
@ExtendWith(ApplicationExtension.class)
class HubRefusalsWithHubProcessTest {

    private Stage stage;
    private Path root;
    private HubProcess hub;
    private SeatContext other;
    private SeatContext seat;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        root = Files.createTempDirectory("hub-refusals-test");
        hub = HubProcess.start(root.resolve("hub"), "--demo");
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        robot.interact(stage::hide);
        if (other != null) {
            other.close();
        }
        if (seat != null) {
            seat.close();
        }
        hub.close();
    }

    @Test
    void aRenumberedTicketAndARefusedEditAreShownWithReasonAdviceAndWhatWasTyped(FxRobot robot) throws Exception {
        // Another console configured with the same seat code T07 registers first.
        other = new SeatContext(root.resolve("other"), Clock.systemUTC(), "T07", hub.base);
        Demo.seedPeople(other);
        Author a2 = login(other, "A002");
        Ticket first = onDb(other, () -> other.tickets.register(Fixtures.completeDraft(), a2));
        other.startSync("A002", "demo", "T07", () -> { });
        await(() -> onDb(other, () -> other.sync.state().pendingChanges()) == 0);

        // This console (T07 as well) works offline: a ticket with the same number, and an edit an
        // older console could have queued (a level this version does not know).
        CompletableFuture<URI> hubLater = new CompletableFuture<>();
        seat = new SeatContext(root.resolve("seat"), Clock.systemUTC(), "T07", hubLater);
        Demo.seedPeople(seat);
        SeatConsole console = WaitForAsyncUtils.asyncFx(() -> {
            SeatConsole c = new SeatConsole(seat, stage, Locale.ENGLISH, "", 1366, 768, Face.seat);
            c.showLogin();
            stage.show();
            return c;
        }).get(30, TimeUnit.SECONDS);
        SeatTestSteps.typeLogin(robot, stage, "A001", "demo");
        waitFor(() -> console.readyProperty().get());
        Author a1 = login(seat, "A001");
        Ticket mine = onDb(seat, () -> seat.tickets.register(Fixtures.completeDraft(), a1));
        assertThat(mine.number()).as("the premise: the same number at two consoles").isEqualTo(first.number());
        TestData.appendOutbox(seat.database, new OutboxOperation(UUID.randomUUID(), "ticket", mine.id(),
                OutboxOperation.Kind.UPDATE, 1, Payloads.json(Map.of("changes", Map.of("level", "VERY_URGENT"))),
                Instant.now()));

        hubLater.complete(hub.base);
        waitFor(() -> robot.lookup("#status-conflicts").queryAs(Hyperlink.class).isVisible());
        assertThat(robot.lookup("#status-conflicts").queryLabeled().getText())
                .isEqualTo("2 changes not taken by the hub");
        String renumbered = onDb(seat, () -> seat.tickets.find(mine.id()).orElseThrow().number());
        assertThat(renumbered).as("the seat holds the hub's number").isNotEqualTo(mine.number());

        robot.clickOn("#status-conflicts");
        waitFor(() -> robot.lookup(".refusal-card").queryAll().size() == 2);
        assertThat(texts(robot, ".refusal-reason")).containsExactlyInAnyOrder(
                "Registered under another number: " + mine.number() + " → " + renumbered,
                "The hub refused a value");
        assertThat(robot.lookup("New ticket " + renumbered).tryQuery()).isPresent();
        assertThat(robot.lookup("Edit of ticket " + renumbered).tryQuery()).isPresent();
        assertThat(robot.lookup(l -> l instanceof Label label && label.getText().startsWith("Another console uses the same seat code"))
                .tryQuery()).as("what to do").isPresent();
        assertThat(robot.lookup(l -> l instanceof Label label && label.getText().startsWith("The hub says: level:"))
                .tryQuery()).as("the hub's words").isPresent();
        assertThat(robot.lookup("Level: VERY_URGENT").tryQuery()).as("what was typed").isPresent();

        for (int left = 1; left >= 0; left--) {
            robot.clickOn(robot.lookup(".refusal-read").queryButton());
            int expected = left;
            waitFor(() -> robot.lookup(".refusal-card").queryAll().size() == expected);
        }
        waitFor(() -> !robot.lookup("#status-conflicts").queryAs(Hyperlink.class).isVisible());
        assertThat(seat.refusals.unreadCount()).isZero();
        assertThat(TestData.rejectedRows(seat.database)).as("what was typed stays").isEqualTo(2);
    }

    @Test
    void aMonitorsChangeTheHubRefusedIsShownAtTheSupervisorConsoleByItsName(FxRobot robot) throws Exception {
        CompletableFuture<URI> hubLater = new CompletableFuture<>();
        seat = new SeatContext(root.resolve("monitor"), Clock.systemUTC(), "S01", hubLater);
        Demo.seedPeople(seat);
        SupervisorConsole console = WaitForAsyncUtils.asyncFx(() -> {
            SupervisorConsole c = new SupervisorConsole(seat, stage, Locale.ENGLISH, "", 1366, 768);
            c.showLogin();
            stage.show();
            return c;
        }).get(30, TimeUnit.SECONDS);
        SeatTestSteps.typeLogin(robot, stage, "M001", "demo");
        waitFor(() -> console.readyProperty().get());
        Author monitor = login(seat, "M001");
        // Only the department director changes the roster (ADR 0018): queued as an older or
        // misconfigured console could have, the hub answers "forbidden".
        RosterEdit edit = new RosterEdit(UUID.randomUUID(), monitor.staffId(), java.time.LocalDate.now().plusDays(3),
                null, null, monitor.staffId(), Instant.now());
        onDb(seat, () -> {
            new JooqRosterRecords(seat.database, seat.zone).submit(List.of(edit)); // the edit and its op, as a console writes them
            return null;
        });
        assertThat(TestData.count(seat.database, Tables.ROSTER_EDIT)).isEqualTo(1);

        // The inbox is open before the hub answers: the refusal appears in it when the push's
        // answer arrives, with nothing pulled after it and without opening the inbox again.
        robot.interact(console::openInbox);
        hubLater.complete(hub.base);
        waitFor(() -> robot.lookup(".refusal-card").queryAll().size() == 1);
        waitFor(() -> robot.lookup("#status-conflicts").queryAs(Hyperlink.class).isVisible());
        assertThat(robot.lookup("#status-conflicts").queryLabeled().getText()).isEqualTo("1 change not taken by the hub");
        assertThat(robot.lookup("Roster change").tryQuery()).as("named as people know it").isPresent();
        assertThat(texts(robot, ".refusal-reason")).containsExactly("Your role may not make this change");
        assertThat(robot.lookup(l -> l instanceof Label label && label.getText().startsWith("The hub says: only the department director"))
                .tryQuery()).as("the hub's words").isPresent();
        assertThat(console.hubRefusals().cards()).hasSize(1);
        assertThat(TestData.count(seat.database, Tables.ROSTER_EDIT))
                .as("a refused edit is no longer this console's newest: the hub's plan is not overridden again").isZero();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
