package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.scene.input.KeyCode;

import org.seatdesk.security.LoginResult;
import org.seatdesk.ticket.Author;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/// Steps the console tests share: a login typed at the login screen or made locally, database
/// work on the seat's executor, and waiting for the database or for the FX thread.
final class SeatTestSteps {

    private SeatTestSteps() {
    }

    /// Types a login at the console's login screen as a person would: staff ID, password, Enter.
    static void typeLogin(FxRobot robot, String staffNo, String password) {
        robot.release(new KeyCode[0]); // no key left held by an earlier TestFX class in this JVM
        robot.clickOn("#login-staff").write(staffNo);
        robot.clickOn("#login-password").write(password);
        robot.type(KeyCode.ENTER);
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
