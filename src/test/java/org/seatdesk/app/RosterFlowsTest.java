package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.roster.RequestStatus;
import org.seatdesk.roster.RequestSummary;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.security.Staff;
import org.seatdesk.store.JooqRosterRecords;
import org.seatdesk.ui.SeatConsoleView;
import org.seatdesk.ui.SupervisorConsoleView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The leave flow by hand: an agent asks at the seat's ROSTER page, a rule refuses with its reason
/// and keeps the form, the corrected request is sent; the department director approves it from
/// the APPROVALS inbox by keyboard; the agent's page then shows it approved (R-LV-2, R-LV-3).
@ExtendWith(ApplicationExtension.class)
class RosterFlowsTest {

    private SeatContext context;
    private SeatConsole seat;
    private Stage stage;
    private Stage supervisorStage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dataDir = Files.createTempDirectory("roster-flows-test");
        context = new SeatContext(dataDir, Clock.systemUTC(), "S07");
        Demo.seed(context);
        seat = new SeatConsole(context, stage, Locale.ENGLISH, "", 1366, 768, Face.seat);
        seat.showLogin();
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            stage.hide();
            if (supervisorStage != null) {
                supervisorStage.hide();
            }
        });
        context.close();
    }

    @Test
    void sickLeaveWithoutCertificateIsRefusedWithItsReasonThenSentAndApprovedByTheDirector_R_LV_3_R_LV_2(FxRobot robot)
            throws Exception {
        login(robot, stage, "A001", () -> seat.readyProperty().get());
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT3).release(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate day = dayShiftAhead("A001");

        robot.clickOn("#leave-kind").clickOn("Sick leave");
        robot.interact(() -> {
            robot.lookup("#leave-from").queryAs(DatePicker.class).setValue(day);
            robot.lookup("#leave-to").queryAs(DatePicker.class).setValue(day);
        });
        robot.clickOn("#leave-note").write("发烧 38.5");
        robot.clickOn("#leave-send");
        awaitText(robot, "#roster-message", "(R-LV-3)");
        assertThat(robot.lookup("#leave-note").queryTextInputControl().getText()).isEqualTo("发烧 38.5");

        robot.clickOn("#leave-certificate");
        robot.clickOn("#leave-send");
        awaitText(robot, "#roster-message", "sent for approval");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> myRequests(robot).stream()
                .anyMatch(r -> r.firstDay().equals(day) && r.status() == RequestStatus.PENDING));

        // The department director, on a supervisor console over the same records.
        SupervisorConsole[] supervisor = new SupervisorConsole[1];
        robot.interact(() -> {
            supervisorStage = new Stage();
            supervisor[0] = new SupervisorConsole(context, supervisorStage, Locale.ENGLISH, "", 1366, 768);
            supervisor[0].showLogin();
            supervisorStage.show();
        });
        login(robot, supervisorStage, "D001", () -> supervisor[0].readyProperty().get());
        robot.interact(() -> supervisor[0].view().show(SupervisorConsoleView.Page.APPROVALS));
        @SuppressWarnings("unchecked")
        TableView<RequestSummary> inbox = robot.lookup("#approvals-inbox").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inbox.getItems().stream()
                .anyMatch(r -> r.firstDay().equals(day) && r.personName().equals("李晓燕")));
        RequestSummary mine = inbox.getItems().stream().filter(r -> r.firstDay().equals(day)
                && r.personName().equals("李晓燕")).findFirst().orElseThrow();
        assertThat(mine.recheck()).isNull();
        robot.interact(() -> inbox.getSelectionModel().select(mine));
        robot.clickOn("#approvals-note").write("早日康复");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        awaitText(robot, "#approvals-message", "Approved: 李晓燕");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inbox.getItems().stream().noneMatch(r -> r.id().equals(mine.id())));

        robot.interact(() -> {
            supervisorStage.hide();
            seat.show(SeatConsoleView.Page.TICKETS);
            seat.show(SeatConsoleView.Page.ROSTER);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> myRequests(robot).stream()
                .anyMatch(r -> r.id().equals(mine.id()) && r.status() == RequestStatus.APPROVED));
    }

    @Test
    void theLeaveFormNamesWhoTheLeaveIsFor_R_LV_3(FxRobot robot) throws Exception {
        login(robot, stage, "A001", () -> seat.readyProperty().get());
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT3).release(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        ComboBox<Staff> forWhom = robot.lookup("#leave-for").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !forWhom.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        // The value is set before the people arrive; the combo box then showed the record's own
        // text ("Staff[id=…, staffNo=…") instead of the name.
        assertThat(forWhom.getValue().staffNo()).isEqualTo("A001");
        assertThat(forWhom.getButtonCell().getText()).isEqualTo(forWhom.getValue().name() + " (A001)");
    }

    @Test
    void anAgentAsksASwapAndIsToldWhyWhenTheColleagueHasAnotherGrade_R_SW_4(FxRobot robot) throws Exception {
        login(robot, stage, "A001", () -> seat.readyProperty().get());
        robot.interact(() -> seat.show(SeatConsoleView.Page.ROSTER));
        robot.clickOn("Request swap");
        LocalDate mine = dayShiftAhead("A001");
        LocalDate theirs = dayShiftAhead("A003");
        robot.clickOn("#swap-partner").clickOn("王磊 (A003)");
        robot.interact(() -> {
            robot.lookup("#swap-my-day").queryAs(DatePicker.class).setValue(mine);
            robot.lookup("#swap-their-day").queryAs(DatePicker.class).setValue(theirs);
        });
        robot.clickOn("#swap-send");
        awaitText(robot, "#roster-message", "(R-SW-4)");
        assertThat(robot.lookup("#roster-message").queryAs(Label.class).getText()).contains("王磊");
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<RequestSummary> myRequests(FxRobot robot) {
        return ((TableView<RequestSummary>) robot.lookup("#roster-my-requests").queryAs(TableView.class)).getItems();
    }

    /// A day shift of `staffNo` three or more days ahead, on a day that is not a holiday and that no
    /// swap of theirs, decided or pending, gives away (R-SW-5: the demo's A001 has a pending one).
    private LocalDate dayShiftAhead(String staffNo) {
        LocalDate today = LocalDate.now(context.zone);
        RosterFacts facts = new JooqRosterRecords(context.database, context.zone).ledger().facts(today, today.plusDays(20));
        Staff who = facts.people().stream().filter(p -> p.staffNo().equals(staffNo)).findFirst().orElseThrow();
        for (LocalDate d = today.plusDays(3); ; d = d.plusDays(1)) {
            var shift = facts.effective().shift(who.id(), d);
            if (shift.isPresent() && !shift.get().onLeave() && !shift.get().swapped()
                    && shift.get().assignment().shiftCode().equals("DAY") && !facts.isHoliday(d)
                    && !inASwap(facts, who, d)) {
                return d;
            }
        }
    }

    private static boolean inASwap(RosterFacts facts, Staff who, LocalDate day) {
        return facts.swaps().stream().filter(s -> facts.status(s) != RequestStatus.REFUSED)
                .anyMatch(s -> who.id().equals(s.requesterId()) && day.equals(s.requesterDay())
                        || who.id().equals(s.partnerId()) && day.equals(s.partnerDay()));
    }

    private static void awaitText(FxRobot robot, String query, String part) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(query).queryAs(Label.class).getText().contains(part));
    }

    private static void login(FxRobot robot, Stage stage, String staffNo, java.util.function.BooleanSupplier ready) throws Exception {
        SeatTestSteps.typeLogin(robot, stage, staffNo, DemoCommand.DEMO_PASSWORD);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(ready::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
