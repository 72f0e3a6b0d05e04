package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.security.LoginResult;
import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.Ticket;

/// The embedded default runs the hub in-process (ADR 0010): the console works before the hub is
/// up, and syncs with it as a seat does with `seat --hub` once it is.
class InProcessHubTest {

    @Test
    void theDemoConsoleWorksBeforeItsHubIsUpAndPushesToItOnceItIs(@TempDir Path dir) throws Exception {
        Clock clock = Clock.systemUTC();
        CompletableFuture<URI> address = new CompletableFuture<>();
        try (SeatContext seat = new SeatContext(dir, clock, null, address)) {
            Supplier<DemoCentre.Data> centre = Demo.centre(seat);
            Demo.seed(seat, centre);
            LoginResult login = onDb(seat, () -> seat.auth.login(DemoCommand.DEMO_STAFF, DemoCommand.DEMO_PASSWORD));
            assertThat(login).isInstanceOf(LoginResult.Success.class);
            Author me = ((LoginResult.Success) login).session().author();
            seat.startSync(DemoCommand.DEMO_STAFF, DemoCommand.DEMO_PASSWORD, null, () -> { });
            Ticket offline = onDb(seat, () -> seat.tickets.register(Fixtures.completeDraft(), me));
            assertThat(onDb(seat, () -> seat.sync.state().online())).as("no hub yet: offline, work kept").isFalse();

            try (InProcessHub hub = new InProcessHub(dir, 0, clock, centre, Demo.centreId(seat))) {
                hub.address().thenAccept(address::complete);
                hub.startInBackground();
                URI uri = address.get(60, TimeUnit.SECONDS);
                assertThat(uri.getHost()).isEqualTo("127.0.0.1");
                await(() -> onDb(seat, () -> seat.sync.state().pendingChanges()) == 0, Duration.ofSeconds(30));

                try (HttpClient http = HttpClient.newHttpClient()) {
                    HubClient reader = new HubClient(http, uri, Duration.ofSeconds(10));
                    reader.login(new HubCredentials("A002", DemoCentre.DEMO_PASSWORD, null));
                    // The whole feed: the demo's seeded tickets come first (DemoFeed).
                    java.util.List<java.util.UUID> fed = new java.util.ArrayList<>();
                    long cursor = 0;
                    org.seatdesk.sync.HubWire.ChangePage page;
                    do {
                        page = reader.changes(cursor, 500);
                        page.changes().forEach(change -> fed.add(change.entityId()));
                        cursor = page.last();
                    } while (page.hasMore());
                    assertThat(fed).contains(offline.id());
                }
                assertThat(onDb(seat, () -> seat.sync.state().online())).isTrue();
            }
        }
        assertThat(dir.resolve("hub.mv.db")).as("the hub's own database beside the seat's").exists();
    }

    private static <T> T onDb(SeatContext seat, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, seat.dbExecutor).join();
    }

    private static void await(BooleanSupplier condition, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + max);
            }
            Thread.sleep(50);
        }
    }
}
