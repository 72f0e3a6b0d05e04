package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.security.LoginResult;
import org.seatdesk.sync.ContractStubHub;
import org.seatdesk.sync.Payloads;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketQuery;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketType;

/// The seat's wiring with a hub, against ContractStubHub (a stand-in in test sources until the
/// real hub lands; then the same checks run against the hub process).
class SeatContextSyncTest {

    private ContractStubHub hub;

    @BeforeEach
    void start() throws IOException {
        hub = ContractStubHub.start(new ContractStubHub.State());
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void aSeatOnAHubPushesItsWorkAndShowsOthersWork(@TempDir Path dir) {
        AtomicInteger refreshes = new AtomicInteger();
        try (SeatContext seat = new SeatContext(dir, Clock.systemUTC(), "S08", hub.uri())) {
            Demo.seedPeople(seat);
            LoginResult login = onDb(seat, () -> seat.auth.login(DemoCommand.DEMO_STAFF, DemoCommand.DEMO_PASSWORD));
            assertThat(login).isInstanceOf(LoginResult.Success.class);
            assertThat(onDb(seat, () -> seat.tickets.queue(TicketQuery.all()).tickets())).as("tickets come from the hub")
                    .isEmpty();
            Ticket mine = onDb(seat, () -> seat.tickets.register(Fixtures.completeDraft(), Fixtures.author("S08")));

            seat.startSync(DemoCommand.DEMO_STAFF, DemoCommand.DEMO_PASSWORD, "S08", refreshes::incrementAndGet);
            seat.nudgeSync();
            await(() -> hub.state().appliedOps.size() == 2, Duration.ofSeconds(10)); // the ticket and its first history entry
            Ticket theirs = Fixtures.ticket(TicketType.CONSULTATION, TicketStatus.NEW, Fixtures.MORNING);
            hub.publish("ticket", theirs.id(), "CREATE", 1, Payloads.tree(Payloads.json(theirs)));
            await(() -> onDb(seat, () -> seat.tickets.find(theirs.id()).isPresent()), Duration.ofSeconds(10));

            // The console is told after the page commits, so the ticket can be visible a moment earlier.
            await(() -> refreshes.get() > 0, Duration.ofSeconds(10));
            assertThat(onDb(seat, () -> seat.sync.state().pendingChanges())).isZero();
            assertThat(onDb(seat, () -> seat.tickets.find(mine.id()).orElseThrow().version())).isEqualTo(1);
        }
    }

    @Test
    void signingOutSendsWhatIsPendingThenStopsTheEngineAndTheNextLoginStartsItsOwn_R_SH_2(@TempDir Path dir)
            throws Exception {
        try (SeatContext seat = new SeatContext(dir, Clock.systemUTC(), "S07", hub.uri())) {
            Demo.seedPeople(seat);
            seat.startSync("A001", "demo", "S07", () -> { });
            await(() -> seat.isSyncRunning() && seat.sync.isOnline(), Duration.ofSeconds(10));

            onDb(seat, () -> seat.tickets.register(Fixtures.completeDraft(), Fixtures.author("S07")));
            var stopped = seat.stopSync(); // A001 signs out straight after saving
            assertThat(seat.isSyncRunning()).isFalse();
            stopped.get(20, java.util.concurrent.TimeUnit.SECONDS);
            // the hub takes a change only from who made it: A001's session sent it before it ended
            assertThat(hub.state().appliedOps).hasSize(2);

            onDb(seat, () -> seat.tickets.register(Fixtures.completeDraft(), Fixtures.author("S07")));
            seat.nudgeSync();
            Thread.sleep(1500);
            assertThat(hub.state().appliedOps).as("nothing pushed between two sessions").hasSize(2);

            seat.startSync("A002", "demo", "S07", () -> { }); // the next person at the seat
            await(() -> hub.state().appliedOps.size() == 4, Duration.ofSeconds(10));
            assertThat(seat.isSyncRunning()).isTrue();
        }
    }

    @Test
    void withoutAHubTheConsoleStaysOfflineAndTheOutboxFills(@TempDir Path dir) {
        try (SeatContext seat = new SeatContext(dir, Clock.systemUTC(), null)) {
            seat.startSync("A001", "demo", "S07", () -> { });
            onDb(seat, () -> seat.tickets.register(Fixtures.completeDraft(), Fixtures.author("S07")));

            assertThat(seat.hasHub()).isFalse();
            assertThat(onDb(seat, () -> seat.sync.state())).satisfies(state -> {
                assertThat(state.online()).isFalse();
                assertThat(state.pendingChanges()).isEqualTo(2); // the ticket and its first history entry
            });
        }
    }

    private static <T> T onDb(SeatContext seat, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, seat.dbExecutor).join();
    }

    private static void await(BooleanSupplier condition, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + max);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
