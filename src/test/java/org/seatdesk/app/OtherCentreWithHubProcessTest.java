package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.hub.HubProcess;
import org.seatdesk.i18n.Messages;
import org.seatdesk.security.LoginResult;
import org.seatdesk.security.Session;
import org.seatdesk.security.ui.LoginViewModel;
import org.seatdesk.store.JooqCentreIdentity;
import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.HubWire;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketQuery;
import org.seatdesk.ui.Background;

/// ADR 0037: a seat's database belongs to one centre, and a hub of another centre is refused at
/// the login form, with nothing pushed and nothing pulled; real hub processes, real H2 files.
class OtherCentreWithHubProcessTest {

    @Test
    void aSeatOfHubARefusesHubBAtTheLoginFormAndSyncsWithHubAAgain(@TempDir Path dir) throws Exception {
        Path seatDir = dir.resolve("seat");
        try (HubProcess hubA = HubProcess.start(dir.resolve("hub-a"), "--demo");
             HubProcess hubB = HubProcess.start(dir.resolve("hub-b"), "--demo")) {
            UUID centreA = centre(hubA.base);
            assertThat(centreA).as("two hubs, two centres").isNotEqualTo(centre(hubB.base));

            Ticket first;
            try (SeatContext seat = new SeatContext(seatDir, Clock.systemUTC(), "S08", hubA.base)) {
                assertThat(loginAtTheForm(seat, "A002")).as("a fresh seat takes hub A's people").isNull();
                Author a002 = author(seat, "A002");
                first = onDb(seat, () -> seat.tickets.register(Fixtures.completeDraft(), a002));
                seat.startSync("A002", "demo", "S08", () -> { });
                await(() -> onDb(seat, () -> seat.sync.state().pendingChanges()) == 0);
                assertThat(onDb(seat, () -> new JooqCentreIdentity(seat.database).get())).contains(centreA);
            }

            Ticket offline;
            int ticketsHere;
            try (SeatContext seat = new SeatContext(seatDir, Clock.systemUTC(), "S08", hubB.base)) {
                ticketsHere = onDb(seat, () -> seat.tickets.queue(TicketQuery.all()).tickets().size());
                String refused = loginAtTheForm(seat, "A002");
                assertThat(refused).as("known here, but hub B is another centre")
                        .contains(hubB.base.toString(), seatDir.toString(), "--data");
                assertThat(loginAtTheForm(seat, "A001")).as("unknown here: hub B is asked, and refused too")
                        .isEqualTo(refused);
                assertThat(onDb(seat, () -> seat.auth.login("A001", "demo")))
                        .as("nothing of hub B's directory was taken").isInstanceOf(LoginResult.Refused.class);

                // A login made while hub B was out of reach: the engine refuses at its own login.
                Author a002 = author(seat, "A002");
                offline = onDb(seat, () -> seat.tickets.register(Fixtures.completeDraft(), a002));
                int pending = onDb(seat, () -> seat.sync.state().pendingChanges());
                assertThat(pending).isPositive();
                seat.startSync("A002", "demo", "S08", () -> { });
                Thread.sleep(3_000);
                assertThat(onDb(seat, () -> seat.sync.state().pendingChanges())).as("nothing pushed").isEqualTo(pending);
                assertThat(onDb(seat, () -> seat.tickets.queue(TicketQuery.all()).tickets().size()))
                        .as("nothing pulled").isEqualTo(ticketsHere + 1);
                assertThat(onDb(seat, () -> new JooqCentreIdentity(seat.database).get())).contains(centreA);
            }
            assertThat(feed(hubB.base)).as("hub B never heard of this seat's tickets")
                    .doesNotContain(first.id(), offline.id());

            try (SeatContext seat = new SeatContext(seatDir, Clock.systemUTC(), "S08", hubA.base)) {
                assertThat(loginAtTheForm(seat, "A002")).as("hub A is this seat's centre").isNull();
                seat.startSync("A002", "demo", "S08", () -> { });
                await(() -> onDb(seat, () -> seat.sync.state().pendingChanges()) == 0);
                assertThat(onDb(seat, () -> seat.syncRejections())).isZero();
            }
            assertThat(feed(hubA.base)).contains(first.id(), offline.id());
        }
    }

    @Test
    void theCentreIdSurvivesAHubRestartAndIsInTheLoginAnswer(@TempDir Path dir) throws Exception {
        UUID before;
        try (HubProcess hub = HubProcess.start(dir, "--demo")) {
            before = centre(hub.base);
            try (HttpClient http = HttpClient.newHttpClient()) {
                HubWire.LoginAnswer login = new HubClient(http, hub.base, Duration.ofSeconds(20))
                        .login(new HubCredentials("A001", "demo", null));
                assertThat(login.centreId()).isEqualTo(before);
            }
        }
        try (HubProcess again = HubProcess.start(dir, "--demo")) {
            assertThat(centre(again.base)).isEqualTo(before);
        }
    }

    @Test
    void aSeatTheDemoSeededBelongsToTheDemoAndRefusesAnotherHub(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo");
             SeatContext seat = new SeatContext(dir.resolve("demo"), Clock.systemUTC(), "S08", hub.base)) {
            Demo.seed(seat, Demo.centre(seat));
            assertThat(loginAtTheForm(seat, "A002")).contains("--data");
        }
    }

    /// As SeatConsole wires its login form, on the seat's database executor.
    private static String loginAtTheForm(SeatContext seat, String staffNo) throws InterruptedException {
        Messages messages = new Messages(Locale.ENGLISH);
        AtomicReference<Session> in = new AtomicReference<>();
        LoginViewModel login = new LoginViewModel(seat.auth, messages, new Background(seat.dbExecutor, Runnable::run), in::set);
        login.whenRefusedHere(seat::enrolAtHub);
        login.refuseWhen(seat.otherCentreRefusal(messages));
        login.staffNoProperty().set(staffNo);
        login.passwordProperty().set("demo");
        login.login();
        await(() -> !login.busyProperty().get());
        if (in.get() != null) {
            assertThat(login.errorProperty().get()).isEmpty();
            return null;
        }
        assertThat(login.errorProperty().get()).isNotEmpty();
        return login.errorProperty().get();
    }

    private static Author author(SeatContext seat, String staffNo) {
        LoginResult login = onDb(seat, () -> seat.auth.login(staffNo, "demo"));
        assertThat(login).isInstanceOf(LoginResult.Success.class);
        return ((LoginResult.Success) login).session().author();
    }

    private static UUID centre(URI hub) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            UUID id = new HubClient(http, hub, Duration.ofSeconds(10)).health().centreId();
            assertThat(id).isNotNull();
            return id;
        }
    }

    /// Every entity id in the hub's whole feed, as its monitor reads it.
    private static Set<UUID> feed(URI hub) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HubClient reader = new HubClient(http, hub, Duration.ofSeconds(20));
            reader.login(new HubCredentials("M001", "demo", null));
            List<UUID> ids = new ArrayList<>();
            long cursor = 0;
            HubWire.ChangePage page;
            do {
                page = reader.changes(cursor, 1000);
                page.changes().forEach(c -> ids.add(c.entityId()));
                cursor = page.last();
            } while (page.hasMore());
            return Set.copyOf(ids);
        }
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
