package org.seatdesk.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.app.SupervisorFixture;
import org.seatdesk.roster.RosterWeek;
import org.seatdesk.ui.SupervisorConsoleView.Page;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The week grid of the supervisor console (ADR 0018): the department director sets a shift by
/// keyboard and the edit waits in the outbox for the hub; a shift monitor sees the same week
/// read-only, and a key writes nothing. Real H2 file with the demo centre.
@ExtendWith(ApplicationExtension.class)
class RosterGridByKeyboardTest {

    private SupervisorFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = SupervisorFixture.at(stage, LocalDate.now(ZoneId.of("Asia/Shanghai")).atTime(10, 0));
    }

    @AfterEach
    void close(FxRobot robot) {
        fixture.close(robot);
    }

    @Test
    void theDirectorSetsAShiftByKeyAndTheEditWaitsForTheHub(FxRobot robot) throws Exception {
        fixture.login(robot, "D001");
        TableView<RosterWeek.Row> grid = openGrid(robot);
        String before = grid.getItems().getFirst().cells().get(2).shiftCode();
        String key = "NIGHT".equals(before) ? "D" : "N";

        select(robot, grid);
        robot.write(key);
        waitFor(() -> key.equals(code(grid)));

        assertThat(fixture.pendingOps()).as("one synced roster edit").isEqualTo(1);
        assertThat(robot.lookup("#roster-copy-week").queryButton().isVisible()).isTrue();
    }

    @Test
    void theDirectorCopiesTheWeekAndTheNextWeekShowsTheSameShifts(FxRobot robot) throws Exception {
        fixture.login(robot, "D001");
        TableView<RosterWeek.Row> grid = openGrid(robot);
        List<RosterWeek.Row> copied = List.copyOf(grid.getItems());
        int pending = fixture.pendingOps();

        robot.clickOn("#roster-copy-week");
        waitFor(() -> !robot.lookup("#roster-grid-message").queryLabeled().getText().isBlank());
        assertThat(robot.lookup("#roster-grid-message").queryLabeled().getStyleClass()).contains("success");
        assertThat(fixture.pendingOps()).as("the copy's edits wait for the hub").isGreaterThan(pending);
        robot.clickOn("#roster-next-week");
        waitFor(() -> grid.getItems().getFirst() != copied.getFirst());

        List<RosterWeek.Row> next = List.copyOf(grid.getItems());
        assertThat(next).extracting(r -> r.person().staffNo())
                .containsExactlyElementsOf(copied.stream().map(r -> r.person().staffNo()).toList());
        // The grid shows the week as worked: a swap moves shifts between people, so those rows differ.
        int compared = 0;
        for (int i = 0; i < copied.size(); i++) {
            if (swapped(copied.get(i)) || swapped(next.get(i))) {
                continue;
            }
            assertThat(shifts(next.get(i))).as("%s's next week", next.get(i).person().staffNo())
                    .isEqualTo(shifts(copied.get(i)));
            compared++;
        }
        assertThat(compared).as("rows without swaps, of %d", copied.size()).isGreaterThan(copied.size() / 2);
    }

    @Test
    void aShiftMonitorSeesTheWeekReadOnly(FxRobot robot) throws Exception {
        fixture.loginAsMonitor(robot);
        int pending = fixture.pendingOps();
        TableView<RosterWeek.Row> grid = openGrid(robot);
        String before = code(grid);

        select(robot, grid);
        robot.write("NIGHT".equals(grid.getItems().getFirst().cells().get(2).shiftCode()) ? "D" : "N");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(code(grid)).isEqualTo(before);
        assertThat(fixture.pendingOps()).isEqualTo(pending);
        assertThat(robot.lookup("#roster-grid-message").queryLabeled().getText()).contains("department director");
        assertThat(robot.lookup("#roster-copy-week").queryButton().isVisible()).isFalse();
    }

    private TableView<RosterWeek.Row> openGrid(FxRobot robot) throws Exception {
        robot.interact(() -> fixture.console().view().show(Page.ROSTER));
        TableView<RosterWeek.Row> grid = robot.lookup("#roster-grid").queryTableView();
        waitFor(() -> !grid.getItems().isEmpty());
        return grid;
    }

    private static boolean swapped(RosterWeek.Row row) {
        return row.cells().stream().anyMatch(RosterWeek.Cell::swapped);
    }

    private static List<String> shifts(RosterWeek.Row row) {
        return row.cells().stream().map(c -> c.shiftCode() + "@" + c.seatCode()).toList();
    }

    /// The first person's Wednesday.
    private static void select(FxRobot robot, TableView<RosterWeek.Row> grid) {
        robot.interact(() -> {
            grid.requestFocus();
            grid.getSelectionModel().clearAndSelect(0, grid.getColumns().get(3));
        });
    }

    /// The first letter of the shift in the first person's Wednesday (null: off).
    private static String code(TableView<RosterWeek.Row> grid) {
        String code = grid.getItems().getFirst().cells().get(2).shiftCode();
        return code == null ? null : code.substring(0, 1);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
