package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.roster.EffectiveRoster;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.security.Staff;
import org.seatdesk.store.JooqRosterRecords;
import org.seatdesk.testing.MutableClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The agent's ROSTER page shows their own weeks (this one and the next, day by day, in the UI
/// language) and the leave form starts on their next shift, not on a day off (leave is taken
/// from a shift: a day off frees nothing).
@ExtendWith(ApplicationExtension.class)
class MyRosterWeeksTest {

    private static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");

    private Stage stage;
    private SeatContext context;
    private SeatConsole seat;
    private MutableClock clock;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::hide);
        context.close();
    }

    @Test
    void theAgentSeesThisWeekAndNextWithTheirShiftsAndTheLeaveFormStartsOnTheNextShift(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        List<VBox> cells = dayCells(robot);
        assertThat(cells).hasSize(14);

        LocalDate today = LocalDate.ofInstant(clock.instant(), CENTRE);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        RosterFacts facts = facts(monday, monday.plusDays(13));
        Staff me = person(facts, "A001");
        int shifts = 0;
        for (int i = 0; i < 14; i++) {
            LocalDate day = monday.plusDays(i);
            VBox cell = cells.get(i);
            assertThat(cell.getId()).isEqualTo("roster-day-" + day);
            List<String> lines = texts(cell);
            assertThat(lines.getFirst()).startsWith(day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
                    Locale.ENGLISH)).contains(String.valueOf(day.getDayOfMonth()));
            var shift = facts.effective().shift(me.id(), day);
            if (shift.isEmpty()) {
                assertThat(lines.get(1)).as(day + " is a day off").isIn("Day off", "Holiday, off");
            } else {
                shifts++;
                String code = shift.get().assignment().shiftCode();
                String type = facts.shiftType(code).orElseThrow().nameEn();
                assertThat(lines.get(1)).as(day + " shows the shift worked").contains(type.replace(" shift", ""));
                assertThat(lines.get(2)).contains(facts.shiftType(code).orElseThrow().startsAt().toString());
                String seatCode = shift.get().assignment().seatCode();
                assertThat(lines.get(3)).isEqualTo(seatCode == null ? "" : "seat " + seatCode);
            }
            assertThat(cell.getStyleClass().contains("roster-day-today")).isEqualTo(day.equals(today));
        }
        assertThat(shifts).as("the demo's agent works in these two weeks").isGreaterThanOrEqualTo(4);

        // On a 1366×768 screen the leave form still fits under the weeks: its send button is on the page.
        Node page = robot.lookup(".roster-page").query();
        Node send = robot.lookup("#leave-send").query();
        assertThat(send.localToScene(send.getBoundsInLocal()).getMaxY())
                .isLessThanOrEqualTo(page.localToScene(page.getBoundsInLocal()).getMaxY());

        // The leave form's first day is the agent's next shift.
        LocalDate next = nextShift(me);
        DatePicker from = robot.lookup("#leave-from").queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#leave-to").queryAs(DatePicker.class);
        assertThat(from.getValue()).isEqualTo(next);
        assertThat(to.getValue()).isEqualTo(next);
        assertThat(facts(next, next).effective().shift(me.id(), next)).as("a day with a shift").isPresent();

        // A day the agent chose stays when the page reloads.
        LocalDate chosen = next.plusDays(7);
        robot.interact(() -> from.setValue(chosen));
        robot.interact(() -> seat.show(org.seatdesk.ui.SeatConsoleView.Page.TICKETS));
        robot.interact(() -> seat.show(org.seatdesk.ui.SeatConsoleView.Page.ROSTER));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(from.getValue()).isEqualTo(chosen);
    }

    @Test
    void dayNamesAndDatesAreInTheUiLanguage(FxRobot robot) throws Exception {
        open(robot, Locale.SIMPLIFIED_CHINESE);
        List<VBox> cells = dayCells(robot);
        LocalDate monday = LocalDate.ofInstant(clock.instant(), CENTRE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(texts(cells.getFirst()).getFirst()).isEqualTo("周一 " + monday.getMonthValue() + "月"
                + monday.getDayOfMonth() + "日");
        assertThat(texts(cells.get(6)).getFirst()).startsWith("周日");
        assertThat(robot.lookup(".roster-weeks .section-title").queryAs(Label.class).getText()).isEqualTo("本周");
    }

    private void open(FxRobot robot, Locale locale) throws Exception {
        Path dataDir = Files.createTempDirectory("my-roster-weeks");
        // 10:00 today in the centre: the demo's roster is laid out around today.
        clock = new MutableClock(LocalDate.now(CENTRE).atTime(10, 0).atZone(CENTRE).toInstant());
        context = new SeatContext(dataDir, clock, "S07");
        Demo.seed(context);
        robot.interact(() -> {
            seat = new SeatConsole(context, stage, locale, "", 1366, 768, Face.seat);
            seat.showLogin();
            stage.show();
        });
        SeatTestSteps.typeLogin(robot, stage, "A001", DemoCommand.DEMO_PASSWORD);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> seat.readyProperty().get()).get());
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT3).release(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dayCells(robot).size() == 14);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<VBox> dayCells(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".roster-day").queryAllAs(VBox.class).stream()
                .sorted(java.util.Comparator.comparing(VBox::getId)).toList()).get();
    }

    private static List<String> texts(VBox cell) {
        List<String> out = new ArrayList<>();
        for (Node n : cell.getChildren()) {
            out.add(((Label) n).getText());
        }
        return out;
    }

    private RosterFacts facts(LocalDate from, LocalDate to) {
        return new JooqRosterRecords(context.database, context.zone).ledger().facts(from, to);
    }

    private static Staff person(RosterFacts facts, String staffNo) {
        return facts.people().stream().filter(p -> p.staffNo().equals(staffNo)).findFirst().orElseThrow();
    }

    /// The first shift of `me` that starts after now, as worked (swaps and leave applied).
    private LocalDate nextShift(Staff me) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), CENTRE);
        RosterFacts facts = facts(today.minusDays(1), today.plusDays(14));
        for (LocalDate d = today; ; d = d.plusDays(1)) {
            var shift = facts.effective().shift(me.id(), d);
            if (shift.isPresent()) {
                EffectiveRoster.Shift s = shift.get();
                if (facts.start(d, facts.shiftType(s.assignment().shiftCode()).orElseThrow()).isAfter(clock.instant())) {
                    return d;
                }
            }
        }
    }
}
