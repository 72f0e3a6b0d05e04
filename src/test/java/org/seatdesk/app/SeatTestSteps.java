package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.seatdesk.security.LoginResult;
import org.seatdesk.ticket.Author;
import org.testfx.util.WaitForAsyncUtils;

/// Steps the console tests with real seats on a real hub share: a local login, database work on
/// the seat's executor, and waiting for the database or for the FX thread.
final class SeatTestSteps {

    private SeatTestSteps() {
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
