package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.hub.HubProcess;
import org.seatdesk.security.LoginResult;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketQuery;

/// A fresh seat on an empty data directory learns its staff, settings and ticket counters from a
/// real hub process (issue 4), and two seats never make the same ticket number (R-TK-8, sync
/// principle 5), even when a seat is reinstalled under the seat code it had.
class SeatEnrolmentWithHubProcessTest {

    @Test
    void aFreshSeatLogsInOnceItHasReachedTheHubAndNumbersNeverRepeat(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            Ticket first;
            try (SeatContext seat = new SeatContext(dir.resolve("first-install"), Clock.systemUTC(), "S08", hub.base)) {
                Author a002 = enrolAndLogIn(seat);
                assertThat(onDb(seat, () -> seat.settings.get("centre.name"))).isNotBlank();
                first = onDb(seat, () -> seat.tickets.register(Fixtures.completeDraft(), a002));
                seat.startSync("A002", "demo", "S08", () -> { });
                await(() -> onDb(seat, () -> seat.sync.state().pendingChanges()) == 0);
                assertThat(onDb(seat, () -> seat.syncRejections())).isZero();
            }
            // The same workstation reinstalled: an empty directory, the same seat code.
            try (SeatContext again = new SeatContext(dir.resolve("second-install"), Clock.systemUTC(), "S08", hub.base);
                 SeatContext other = new SeatContext(dir.resolve("other-seat"), Clock.systemUTC(), "S09", hub.base)) {
                Author a002 = enrolAndLogIn(again);
                Ticket second = onDb(again, () -> again.tickets.register(Fixtures.completeDraft(), a002));
                assertThat(second.number()).as("the counter continues after the hub's numbers of S08")
                        .isNotEqualTo(first.number());
                again.startSync("A002", "demo", "S08", () -> { });
                await(() -> onDb(again, () -> again.sync.state().pendingChanges()) == 0);
                assertThat(onDb(again, () -> again.syncRejections())).as("the hub took the number").isZero();

                Author a001 = enrolAndLogIn(other, "A001");
                Ticket third = onDb(other, () -> other.tickets.register(Fixtures.completeDraft(), a001));
                other.startSync("A001", "demo", "S09", () -> { });
                await(() -> onDb(other, () -> other.tickets.queue(TicketQuery.all()).tickets().size()) >= 3);
                assertThat(onDb(other, () -> other.tickets.queue(TicketQuery.all()).tickets()))
                        .extracting(Ticket::number).doesNotHaveDuplicates().contains(first.number(), second.number(),
                                third.number());
            }
        }
    }

    @Test
    void aFreshSeatCannotLogInBeforeItHasReachedAHub(@TempDir Path dir) {
        try (SeatContext seat = new SeatContext(dir, Clock.systemUTC(), "S08", new CompletableFuture<java.net.URI>())) {
            assertThat(onDb(seat, () -> seat.auth.login("A002", "demo"))).isInstanceOf(LoginResult.Refused.class);
            assertThat(onDb(seat, () -> seat.enrolAtHub("A002", "demo"))).isFalse();
        }
    }

    private static Author enrolAndLogIn(SeatContext seat) {
        return enrolAndLogIn(seat, "A002");
    }

    private static Author enrolAndLogIn(SeatContext seat, String staffNo) {
        assertThat(onDb(seat, () -> seat.auth.login(staffNo, "demo"))).as("unknown here at first")
                .isInstanceOf(LoginResult.Refused.class);
        assertThat(onDb(seat, () -> seat.enrolAtHub(staffNo, "wrong"))).as("the hub checks the password").isFalse();
        assertThat(onDb(seat, () -> seat.enrolAtHub(staffNo, "demo"))).isTrue();
        LoginResult login = onDb(seat, () -> seat.auth.login(staffNo, "demo"));
        assertThat(login).isInstanceOf(LoginResult.Success.class);
        return ((LoginResult.Success) login).session().author();
    }

    private static <T> T onDb(SeatContext seat, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, seat.dbExecutor).join();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s");
            }
            Thread.sleep(50);
        }
    }
}
