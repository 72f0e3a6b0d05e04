package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.seatdesk.security.LoginResult;
import org.seatdesk.ticket.Author;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/// Steps the console tests share: a login typed at the login screen or made locally, database
/// work on the seat's executor, and waiting for the database or for the FX thread.
final class SeatTestSteps {

    private SeatTestSteps() {
    }

    /// Types a login at the console's login screen as a person would: staff ID, password, Enter.
    static void typeLogin(FxRobot robot, Stage stage, String staffNo, String password) {
        robot.release(new KeyCode[0]); // no key left held by an earlier TestFX class in this JVM
        robot.clickOn(node(robot, stage, "#login-staff")).write(staffNo);
        robot.clickOn(node(robot, stage, "#login-password")).write(password);
        robot.type(KeyCode.ENTER);
    }

    /// A lookup in this stage's scene only. TestFX searches every open window, and a window that
    /// an earlier test class left open, or that opened after this test hid the others, holds
    /// nodes with the same ids and may answer first (a CI run failed that way).
    static NodeQuery within(FxRobot robot, Stage stage, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query);
    }

    /// The one node of this stage's scene that the query finds.
    static Node node(FxRobot robot, Stage stage, String query) {
        return within(robot, stage, query).query();
    }

    static Author login(SeatContext seat, String staffNo) {
        LoginResult result = onDb(seat, () -> seat.auth.login(staffNo, "demo"));
        assertThat(result).isInstanceOf(LoginResult.Success.class);
        return ((LoginResult.Success) result).session().author();
    }

    static <T> T onDb(SeatContext seat, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, seat.dbExecutor).join();
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s");
            }
            Thread.sleep(50);
        }
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
