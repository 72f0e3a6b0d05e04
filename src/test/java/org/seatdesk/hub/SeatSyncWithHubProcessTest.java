package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.store.Database;
import org.seatdesk.store.DemoDataWriter;
import org.seatdesk.store.DbExecutor;
import org.seatdesk.store.JooqOutboxRepository;
import org.seatdesk.store.JooqSyncRepository;
import org.seatdesk.store.JooqTicketRepository;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.Backoff;
import org.seatdesk.sync.ConnectionState;
import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubClock;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.HubWire;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketService;

/// End to end: seat sync engines on real H2 files against a real hub process (`hub --demo`), over
/// HTTP and server-sent events. The protocol-level faults stay in SyncEngineTest (stand-in hub).
class SeatSyncWithHubProcessTest {

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    /// A seat: its database and services, and an engine logged in as a demo agent.
    private final class Seat implements AutoCloseable {
        final Database db;
        final DbExecutor executor = new DbExecutor();
        final TicketService tickets;
        final JooqSyncRepository store;
        final SyncStatusService status;
        final SyncEngine engine;
        final HubCredentials who;
        final Author author;

        Seat(Path dir, HubProcess hub, String staffNo, String seatCode) {
            db = Database.openFile(dir, "seat");
            open.add(this);
            // As the seat command does: the demo centre's people and per-seat counters, no tickets.
            // Without the counters, numbers made here repeat demo numbers the hub holds (rejected).
            new DemoDataWriter(db).seedIfEmpty(() -> {
                DemoCentre.Data all = new DemoCentre(DemoCentre.DEFAULT_SEED, Clock.systemUTC(), Fixtures.CENTRE_ZONE)
                        .generate(new PasswordHasher());
                return new DemoCentre.Data(all.desks(), all.staff(), all.passwordHash(), all.shiftTypes(),
                        all.assignments(), all.inspectors(), List.of(), List.of(), all.counters());
            });
            tickets = new TicketService(new JooqTicketRepository(db), Fixtures.shippedValidator(), Clock.systemUTC(),
                    Fixtures.CENTRE_ZONE, new TimeOrderedIds(Clock.systemUTC()));
            store = new JooqSyncRepository(db);
            status = new SyncStatusService(new JooqOutboxRepository(db), Instant.now());
            SyncEngine.Options streamOnly = new SyncEngine.Options(500, 500, Duration.ofMillis(200),
                    Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofSeconds(45), true);
            engine = new SyncEngine(new HubClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
                    hub.base, Duration.ofSeconds(10)), store, executor, status, new HubClock(Clock.systemUTC(), Duration.ZERO),
                    Clock.systemUTC(), new Backoff(Duration.ofMillis(50), Duration.ofMillis(500), new SplittableRandom(3)),
                    streamOnly);
            who = new HubCredentials(staffNo, "demo", seatCode);
            HubWire.LoginAnswer me = engine.login(who);
            author = new Author(me.staffId(), me.name(), seatCode, me.deskId(), me.region());
        }

        Seat started() {
            engine.start(who);
            return this;
        }

        Ticket register() {
            return onDb(() -> tickets.register(Fixtures.completeDraft(), author));
        }

        <T> T onDb(Supplier<T> work) {
            return CompletableFuture.supplyAsync(work, executor).join();
        }

        @Override
        public void close() {
            engine.close();
            executor.close();
            db.close();
        }
    }

    @Test
    void aTicketRegisteredAtOneSeatReachesAnotherWithinASecond(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            Seat s07 = new Seat(dir.resolve("s07"), hub, "A001", "S07").started();
            Seat s08 = new Seat(dir.resolve("s08"), hub, "A002", "S08").started();
            await(() -> s07.status.isOnline() && s08.status.isOnline(), Duration.ofSeconds(20));
            Thread.sleep(500); // the first round's pull is done and both event streams are open

            Ticket ticket = s07.register();
            long registered = System.nanoTime();
            s07.engine.nudge();
            await(() -> s08.onDb(() -> s08.tickets.find(ticket.id()).isPresent()), Duration.ofSeconds(5));
            Duration propagation = Duration.ofNanos(System.nanoTime() - registered);

            assertThat(propagation).isLessThan(Duration.ofSeconds(1));
            await(() -> TestData.outboxRows(s07.db) == 0, Duration.ofSeconds(5));
            assertThat(s08.onDb(() -> s08.tickets.find(ticket.id()).orElseThrow().number())).isEqualTo(ticket.number());
            assertThat(s07.onDb(() -> s07.tickets.history(ticket.id()))).hasSize(1);
        }
    }

    @Test
    void workDoneWhileTheHubIsDownArrivesOnceWhenItIsBack(@TempDir Path dir) throws Exception {
        int port = HubProcess.freePort();
        HubProcess hub = HubProcess.start(dir.resolve("hub"), port, "--demo");
        Seat s07 = new Seat(dir.resolve("s07"), hub, "A001", "S07").started();
        await(s07.status::isOnline, Duration.ofSeconds(20));

        hub.close();
        await(() -> !s07.status.isOnline(), Duration.ofSeconds(20));
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(s07.register().id());
        }
        ConnectionState offline = s07.onDb(s07.status::state);
        assertThat(offline.online()).isFalse();
        assertThat(offline.pendingChanges()).isEqualTo(3);

        try (HubProcess back = HubProcess.start(dir.resolve("hub"), port, "--demo")) {
            await(() -> TestData.outboxRows(s07.db) == 0, Duration.ofSeconds(30));
            assertThat(TestData.rejectedText(s07.db)).isEqualTo("[]");
            Seat s08 = new Seat(dir.resolve("s08"), back, "A002", "S08");
            s08.engine.syncOnce();
            for (UUID id : made) {
                assertThat(s08.onDb(() -> s08.tickets.find(id))).isPresent();
            }
        }
    }

    @Test
    void theSameFieldEditedAtTwoSeatsBecomesAConflictAtTheSecond(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            Seat s07 = new Seat(dir.resolve("s07"), hub, "A001", "S07");
            Seat s08 = new Seat(dir.resolve("s08"), hub, "A002", "S08");
            Ticket ticket = s07.register();
            s07.engine.syncOnce();
            s08.engine.syncOnce();
            assertThat(s08.onDb(() -> s08.tickets.find(ticket.id()))).isPresent();

            TestData.appendOutbox(s07.db, phoneEdit(ticket, "13700000000"));
            TestData.appendOutbox(s08.db, phoneEdit(ticket, "13600000000"));
            SyncEngine.Round first = s07.engine.syncOnce();
            SyncEngine.Round second = s08.engine.syncOnce();

            assertThat(first.pushed()).isEqualTo(1);
            assertThat(second.conflicts()).isEqualTo(1);
            assertThat(s08.onDb(s08.store::openConflicts)).isEqualTo(1);
            assertThat(TestData.conflictText(s08.db)).contains("contactPhone", "13600000000", "13700000000");
            assertThat(s08.onDb(() -> s08.tickets.find(ticket.id()).orElseThrow().contactPhone()))
                    .as("the first edit reached the second seat; nothing was overwritten").isEqualTo("13700000000");
            assertThat(s08.onDb(() -> s08.tickets.find(ticket.id()).orElseThrow().version())).isEqualTo(2);
        }
    }

    private static OutboxOperation phoneEdit(Ticket t, String phone) {
        String payload = Payloads.json(Map.of("changes", Map.of("contactPhone", phone),
                "previous", Map.of("contactPhone", t.contactPhone())));
        return new OutboxOperation(UUID.randomUUID(), "ticket", t.id(), OutboxOperation.Kind.UPDATE, 1, payload,
                Instant.now());
    }

    private static void await(BooleanSupplier condition, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + max);
            }
            Thread.sleep(10);
        }
    }
}
