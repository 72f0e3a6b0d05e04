package org.seatdesk.hub;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.seatdesk.demo.DemoCentre;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.store.Database;
import org.seatdesk.store.DbExecutor;
import org.seatdesk.store.DemoDataWriter;
import org.seatdesk.store.JooqOutboxRepository;
import org.seatdesk.store.JooqSyncRepository;
import org.seatdesk.store.JooqTicketRepository;
import org.seatdesk.sync.Backoff;
import org.seatdesk.sync.HubClock;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.HubUnreachableException;
import org.seatdesk.sync.HubWire;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketService;

/// A seat as the `seat` command builds one: its own H2 file holding the demo centre's people and
/// per-seat counters (no tickets), the ticket service, and a sync engine logged in to a hub at
/// `hub` (a hub process, or a fault proxy in front of one). Fault tests use seat codes the demo
/// centre never uses (T01…): the hub's demo tickets and this seat's demo counters are generated
/// at different moments and have been seen to share a number, which the hub rightly refuses.
/// Tests drive `engine.syncOnce()` for
/// deterministic rounds, or `started()` for the background loop.
final class TestSeat implements AutoCloseable {

    final Database db;
    final DbExecutor executor = new DbExecutor();
    final TicketService tickets;
    final JooqSyncRepository store;
    final SyncStatusService status;
    final SyncEngine engine;
    final HubCredentials who;
    final Author author;

    TestSeat(Path dir, URI hub, String staffNo, String seatCode) {
        this(dir, hub, staffNo, seatCode, Duration.ofSeconds(10));
    }

    TestSeat(Path dir, URI hub, String staffNo, String seatCode, Duration requestTimeout) {
        this(dir, hub, staffNo, seatCode, requestTimeout, new Backoff(Duration.ofMillis(50), Duration.ofMillis(500),
                new SplittableRandom(3)), new SyncEngine.Options(500, 500, Duration.ofMillis(200),
                Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofSeconds(45), true));
    }

    /// With the engine's own backoff and options: a test of what a console really does (reconnecting).
    TestSeat(Path dir, URI hub, String staffNo, String seatCode, Duration requestTimeout, Backoff backoff,
             SyncEngine.Options options) {
        db = Database.openFile(dir, "seat");
        seed(db);
        tickets = new TicketService(new JooqTicketRepository(db), Fixtures.shippedValidator(), Clock.systemUTC(),
                Fixtures.CENTRE_ZONE, new TimeOrderedIds(Clock.systemUTC()));
        store = new JooqSyncRepository(db);
        status = new SyncStatusService(new JooqOutboxRepository(db), Instant.now());
        engine = new SyncEngine(new org.seatdesk.sync.HubClient(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2)).build(), hub, requestTimeout), store, executor, status,
                new HubClock(Clock.systemUTC(), Duration.ZERO), Clock.systemUTC(),
                backoff, options);
        who = new HubCredentials(staffNo, "demo", seatCode);
        HubWire.LoginAnswer me = login();
        author = new Author(me.staffId(), me.name(), seatCode, me.deskId(), me.region());
    }

    /// A login is a password hash at the hub: on a loaded machine it may outlast a short request
    /// timeout, so a few tries.
    private HubWire.LoginAnswer login() {
        for (int attempt = 1; ; attempt++) {
            try {
                return engine.login(who);
            } catch (HubUnreachableException slow) {
                if (attempt == 5) {
                    throw slow;
                }
            }
        }
    }

    /// As the seat command does: the demo centre's people and per-seat counters, no tickets.
    /// Without the counters, numbers made here repeat demo numbers the hub holds (rejected).
    static void seed(Database db) {
        new DemoDataWriter(db).seedIfEmpty(() -> {
            DemoCentre.Data all = new DemoCentre(DemoCentre.DEFAULT_SEED, Clock.systemUTC(), Fixtures.CENTRE_ZONE)
                    .generate(new PasswordHasher());
            return new DemoCentre.Data(all.desks(), all.staff(), all.passwordHash(), all.shiftTypes(),
                    all.assignments(), all.inspectors(), List.of(), List.of(), all.counters());
        });
    }

    TestSeat started() {
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
