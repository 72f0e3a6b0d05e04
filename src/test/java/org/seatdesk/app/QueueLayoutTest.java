package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seatdesk.i18n.Messages;
import org.seatdesk.testing.MutableClock;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The queue on a real desk: at 1366×768, in each language, no text of the queue is cut short.
/// A Labeled that does not fit shows a shorter text ending in "…" in the Text node its skin
/// draws: so each cell's drawn text is compared with the text it was given.
@ExtendWith(ApplicationExtension.class)
class QueueLayoutTest {

    private Stage stage;
    private SeatContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::hide);
        if (context != null) {
            context.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh_CN", "es"})
    void everyQueueCellIsReadWholeAt1366x768_R_TK_4_R_TK_9(String language, FxRobot robot) throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        context = new SeatContext(Files.createTempDirectory("queue-layout"), clock, null);
        Demo.seed(context);
        Locale locale = Messages.parseLocale(language);
        SeatConsole console = WaitForAsyncUtils.asyncFx(() -> {
            SeatConsole created = new SeatConsole(context, stage, locale, "", 1366, 768, Face.seat);
            created.showLogin();
            stage.show();
            created.login().staffNoProperty().set("A001");
            created.login().passwordProperty().set("demo");
            created.login().login();
            return created;
        }).get();
        SeatTestSteps.waitFor(() -> console.readyProperty().get());
        assertThat(stage.getScene().getWidth()).isEqualTo(1366);

        // now, then with every open ticket late by minutes, by hours and by days: the countdowns'
        // and the ages' longest texts (R-TK-4: 10 minutes; R-TK-9: 60 minutes)
        TableView<Ticket> table = robot.from(stage.getScene().getRoot()).lookup("#queue-table").queryTableView();
        int firstNew = WaitForAsyncUtils.asyncFx(() -> table.getItems().stream()
                .filter(t -> t.status() == TicketStatus.NEW).findFirst().map(table.getItems()::indexOf).orElse(-1)).get();
        assertThat(firstNew).as("the demo queue has undispatched tickets, with a countdown").isNotNegative();
        String[] late = new Messages(locale).get("duration.late", "\u0000").split("\u0000", -1);
        List<String> shown = new ArrayList<>();

        // now, then with every open ticket late by minutes, by hours and by days: the countdowns'
        // and the ages' longest texts (R-TK-4: 10 minutes; R-TK-9: 60 minutes); at the top of the
        // queue and where its undispatched tickets are
        for (Duration ahead : List.of(Duration.ZERO, Duration.ofMinutes(25), Duration.ofHours(3), Duration.ofDays(2))) {
            clock.advance(ahead);
            for (int row : new int[] {0, firstNew}) {
                robot.interact(() -> table.scrollTo(row));
                Thread.sleep(1_300); // the queue's ticker moves every second
                WaitForAsyncUtils.waitForFxEvents();
                List<String> cut = WaitForAsyncUtils.asyncFx(() -> cutTexts(table)).get();
                assertThat(cut).as("%s, %s later, from row %d: texts cut short; columns %s", language, ahead, row,
                        table.getColumns().stream().map(c -> Math.round(c.getWidth())).toList()).isEmpty();
                shown.addAll(WaitForAsyncUtils.asyncFx(() -> shownTexts(table)).get());
            }
        }
        assertThat(shown).as("the check saw the cells, late countdowns among them").hasSizeGreaterThan(20)
                .anyMatch(text -> text.startsWith(late[0]) && text.endsWith(late[1]));
    }

    /// Texts of the table (cells and column headers) whose drawn text is not the whole text.
    private static List<String> cutTexts(Node table) {
        List<String> cut = new ArrayList<>();
        labeleds(table).forEach(labeled -> drawn(labeled).ifPresent(drawn -> {
            // a customer's name longer than two lines of its column may end in "…" when the
            // cell's tooltip holds it whole: every other text must be drawn whole
            boolean tooltipHoldsIt = labeled.getTooltip() != null && labeled.getText().equals(labeled.getTooltip().getText())
                    && labeled.getText().length() > 30;
            if (!drawn.equals(labeled.getText()) && !tooltipHoldsIt) {
                cut.add(labeled.getText() + " → " + drawn + " (" + Math.round(labeled.getWidth()) + " px)");
            }
        }));
        return cut;
    }

    private static List<String> shownTexts(Node table) {
        return labeleds(table).stream().map(Labeled::getText).filter(t -> t != null && !t.isBlank()).toList();
    }

    private static java.util.Optional<String> drawn(Labeled labeled) {
        if (labeled.getText() == null || labeled.getText().isEmpty() || !labeled.isVisible()) {
            return java.util.Optional.empty();
        }
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst();
    }

    private static List<Labeled> labeleds(Node node) {
        List<Labeled> found = new ArrayList<>();
        if (node instanceof Labeled labeled && labeled.isVisible()) {
            found.add(labeled);
        }
        if (node instanceof Parent parent && node.isVisible()) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(labeleds(child)));
        }
        return found;
    }
}
