package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.rollcall.LeaveCalendar;
import org.seatdesk.rollcall.RosterCrew;
import org.seatdesk.rollcall.Mark;
import org.seatdesk.rollcall.RollCallEntry;
import org.seatdesk.rollcall.RollCallMark;
import org.seatdesk.rollcall.RollCallPolicy;
import org.seatdesk.rollcall.RollCallService;
import org.seatdesk.security.Grade;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.store.Database;
import org.seatdesk.store.DbExecutor;
import org.seatdesk.store.DemoDataWriter;
import org.seatdesk.store.JooqOutboxRepository;
import org.seatdesk.store.JooqRollCallRepository;
import org.seatdesk.store.JooqSyncRepository;
import org.seatdesk.store.JooqTicketRepository;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.Backoff;
import org.seatdesk.sync.HubClock;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.HubWire;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.sync.SyncStore;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.Deadlines;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.RequesterKind;
import org.seatdesk.ticket.ServiceKind;
import org.seatdesk.ticket.TicketDraft;
import org.seatdesk.ticket.TicketPolicy;
import org.seatdesk.ticket.TicketService;
import org.seatdesk.ticket.TicketType;
import org.seatdesk.wall.WallBoard;

/// End to end with a real hub process: roll-call marks made at the supervisor console reach a
/// wall client within a second (R-SH-1), and nothing of a customer's personal data reaches the
/// wall (R-SEC-1): canary strings in every personal field of a ticket never appear in its feed.
class WallWithHubProcessTest {

    private static final SyncEngine.Options STREAMING = new SyncEngine.Options(500, 500, Duration.ofMillis(200),
            Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofSeconds(45), true);
    private static final List<String> CANARIES = List.of("CANARYREQ", "CANARYT1", "990011223344556", "CANARYPOS123",
            "CANARYADDR", "CANARYPERSON", "13900001111", "CANARYDESC");

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    @Test
    void aRollCallMarkReachesTheWallWithinASecond_R_SH_1(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            Console monitor = new Console(dir.resolve("m001"), hub, "M001", "S01", Role.SHIFT_MONITOR);
            Wall wall = new Wall(hub);
            await(() -> monitor.status.isCaughtUp() && wall.status.isCaughtUp(), Duration.ofSeconds(20));
            Thread.sleep(500); // first pulls done, event streams open

            RollCallService.Shift shift = monitor.onDb(() -> monitor.rollCall.currentShift(Instant.now()).orElseThrow());
            List<RollCallEntry> people = monitor.onDb(() -> monitor.rollCall.sheet(shift).entries());
            assertThat(people).isNotEmpty();
            List<Long> millis = new ArrayList<>();
            Mark[] marks = {Mark.PRESENT, Mark.LATE, Mark.ABSENT};
            for (int i = 0; i < 30; i++) {
                RollCallEntry person = people.get(i % people.size());
                Mark mark = marks[i % marks.length];
                long started = System.nanoTime();
                RollCallMark made = monitor.onDb(() -> monitor.rollCall.mark(shift, person, mark, monitor.staff)).mark();
                monitor.engine.nudge();
                await(() -> wall.board.snapshot(Instant.now()).rollCall().stream().anyMatch(m -> m.id().equals(made.id())),
                        Duration.ofSeconds(5));
                millis.add((System.nanoTime() - started) / 1_000_000);
            }

            Collections.sort(millis);
            System.out.printf("wall_update_ms p50=%d p95=%d max=%d n=%d%n", millis.get(millis.size() / 2),
                    millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.getLast(), millis.size());
            // The typical mark within the second; the tail only bounded: on a shared 2-core machine
            // a starved process can hold any single mark up (docs/performance.md has the figures).
            assertThat(millis.get(millis.size() / 2)).isLessThan(1000);
            assertThat(millis.getLast()).isLessThan(5000);
            assertThat(wall.board.snapshot(Instant.now()).monitorName()).isEqualTo(monitor.staff.name());
            await(() -> TestData.outboxRows(monitor.db) == 0, Duration.ofSeconds(5));
            assertThat(TestData.rejectedText(monitor.db)).isEqualTo("[]");
        }
    }

    @Test
    void noCustomerPersonalDataEverReachesTheWall_R_SEC_1(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            Console agent = new Console(dir.resolve("a001"), hub, "A001", "S07", Role.AGENT);
            Wall wall = new Wall(hub);
            await(() -> agent.status.isCaughtUp() && wall.status.isCaughtUp(), Duration.ofSeconds(20));
            int openBefore = wall.board.snapshot(Instant.now()).counts().open();

            TicketDraft canary = new TicketDraft(TicketType.COMPLAINT, Level.URGENT, ServiceKind.EQUIPMENT_FAULT,
                    RequesterKind.MERCHANT, "CANARYREQ", "CANARYT1", "990011223344556", "CANARYPOS123",
                    "CANARYADDR 88", "CANARYPERSON", "13900001111", "CANARYDESC screen is black");
            var ticket = agent.onDb(() -> agent.tickets.register(canary, agent.author));
            agent.engine.nudge();
            await(() -> wall.board.snapshot(Instant.now()).counts().open() == openBefore + 1, Duration.ofSeconds(5));

            assertThat(wall.board.snapshot(Instant.now()).counts().urgent()).isPositive();
            String fed = String.join("\n", wall.received);
            assertThat(fed).contains(ticket.id().toString()); // the wall did receive the ticket…
            for (String secret : CANARIES) {
                assertThat(fed).as("the wall's feed must not carry %s", secret).doesNotContain(secret); // …but none of this
            }
            // The same on the wire, read as the wall from the REST feed.
            HubClient raw = new HubClient(hub.base);
            String token = raw.token("W001");
            String body = raw.changes(token, 0, 500).body() + raw.changes(token, raw.last(token) - 5, 500).body();
            for (String secret : CANARIES) {
                assertThat(body).doesNotContain(secret);
            }
        }
    }

    @Test
    void whenTheHubIsAwayTheWallSaysSinceWhenAndRecoversByItself_R_SH_1(@TempDir Path dir) throws Exception {
        int port = HubProcess.freePort();
        HubProcess hub = HubProcess.start(dir.resolve("hub"), port, "--demo");
        open.add(hub); // closed last, also when an assertion fails first
        Console monitor = new Console(dir.resolve("m001"), hub, "M001", "S01", Role.SHIFT_MONITOR);
        Wall wall = new Wall(hub);
        org.seatdesk.wall.ui.WallViewModel screen = new org.seatdesk.wall.ui.WallViewModel(wall.board, wall.status,
                new org.seatdesk.i18n.Messages(java.util.Locale.ENGLISH), Clock.systemUTC(), Fixtures.CENTRE_ZONE);
        await(() -> monitor.status.isCaughtUp() && wall.status.isCaughtUp(), Duration.ofSeconds(20));
        screen.refresh();
        assertThat(screen.offlineProperty().get()).isFalse();

        hub.close();
        await(() -> !wall.status.isOnline(), Duration.ofSeconds(20));
        screen.refresh();
        assertThat(screen.offlineProperty().get()).isTrue();
        assertThat(screen.offlineTextProperty().get()).startsWith("No connection to the hub since ").contains(":");

        RollCallService.Shift shift = monitor.onDb(() -> monitor.rollCall.currentShift(Instant.now()).orElseThrow());
        RollCallEntry person = monitor.onDb(() -> monitor.rollCall.sheet(shift).entries().getFirst());
        RollCallMark whileAway = monitor.onDb(() -> monitor.rollCall.mark(shift, person, Mark.PRESENT, monitor.staff)).mark();
        try (HubProcess back = HubProcess.start(dir.resolve("hub"), port, "--demo")) {
            await(() -> wall.board.snapshot(Instant.now()).rollCall().stream().anyMatch(m -> m.id().equals(whileAway.id())),
                    Duration.ofSeconds(30));
            screen.refresh();
            assertThat(screen.offlineProperty().get()).isFalse();
            assertThat(screen.rollCall()).extracting(RollCallMark::id).contains(whileAway.id());
        }
    }

    /// A console on a real H2 file syncing with the hub as one person.
    private final class Console implements AutoCloseable {
        final Database db;
        final DbExecutor executor = new DbExecutor();
        final TicketService tickets;
        final RollCallService rollCall;
        final SyncStatusService status;
        final SyncEngine engine;
        final Author author;
        final Staff staff;

        Console(Path dir, HubProcess hub, String staffNo, String seatCode, Role role) {
            db = Database.openFile(dir, "seat");
            open.add(this);
            Clock clock = Clock.systemUTC();
            new DemoDataWriter(db).seedIfEmpty(() -> {
                DemoCentre.Data all = new DemoCentre(DemoCentre.DEFAULT_SEED, clock, Fixtures.CENTRE_ZONE)
                        .generate(new PasswordHasher());
                return new DemoCentre.Data(all.desks(), all.staff(), all.passwordHash(), all.shiftTypes(),
                        all.assignments(), all.inspectors(), List.of(), List.of(), all.counters());
            });
            TimeOrderedIds ids = new TimeOrderedIds(clock);
            tickets = new TicketService(new JooqTicketRepository(db), Fixtures.shippedValidator(), clock,
                    Fixtures.CENTRE_ZONE, ids);
            rollCall = new RollCallService(new JooqRollCallRepository(db),
                    new RosterCrew(new org.seatdesk.store.JooqRosterRecords(db, Fixtures.CENTRE_ZONE)), LeaveCalendar.NONE,
                    RollCallPolicy.REGULATIONS, clock, Fixtures.CENTRE_ZONE, ids);
            status = new SyncStatusService(new JooqOutboxRepository(db), Instant.now());
            engine = engine(hub, new JooqSyncRepository(db), executor, status);
            HubCredentials who = new HubCredentials(staffNo, "demo", seatCode);
            HubWire.LoginAnswer me = engine.login(who);
            author = new Author(me.staffId(), me.name(), seatCode, me.deskId(), me.region());
            staff = new Staff(me.staffId(), me.staffNo(), me.name(), role, Grade.SENIOR, "INBOUND", me.deskId(),
                    me.region(), seatCode, true);
            engine.start(who);
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

    /// The wall's client as `wall --hub` builds it, recording every change it is fed.
    private final class Wall implements AutoCloseable {
        final WallBoard board = new WallBoard(new Deadlines(TicketPolicy.from(Fixtures.shippedSettings())));
        final List<String> received = new CopyOnWriteArrayList<>();
        final DbExecutor executor = new DbExecutor();
        final SyncStatusService status = new SyncStatusService(new JooqOutboxRepositoryFree(), Instant.now());
        final SyncEngine engine;

        Wall(HubProcess hub) {
            open.add(this);
            SyncStore recording = new RecordingStore(board, received);
            engine = engine(hub, recording, executor, status);
            HubCredentials who = new HubCredentials("W001", "demo", "WALL");
            assertThat(engine.login(who).role()).isEqualTo("WALL");
            engine.start(who);
        }

        @Override
        public void close() {
            engine.close();
            executor.close();
        }
    }

    private static SyncEngine engine(HubProcess hub, SyncStore store, DbExecutor executor, SyncStatusService status) {
        return new SyncEngine(new org.seatdesk.sync.HubClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
                hub.base, Duration.ofSeconds(10)), store, executor, status, new HubClock(Clock.systemUTC(), Duration.ZERO),
                Clock.systemUTC(), new Backoff(Duration.ofMillis(50), Duration.ofMillis(500), new SplittableRandom(3)), STREAMING);
    }

    /// The wall writes nothing: an outbox that is always empty.
    private static final class JooqOutboxRepositoryFree implements org.seatdesk.sync.OutboxRepository {
        @Override
        public int pendingCount() {
            return 0;
        }

        @Override
        public List<org.seatdesk.sync.OutboxOperation> oldest(int limit) {
            return List.of();
        }
    }

    /// Passes pages to the wall's board and keeps their text for the canary check.
    private record RecordingStore(WallBoard board, List<String> received) implements SyncStore {
        @Override
        public List<org.seatdesk.sync.OutboxOperation> oldestPending(int limit) {
            return board.oldestPending(limit);
        }

        @Override
        public void settle(List<Answered> answered, Instant at) {
            board.settle(answered, at);
        }

        @Override
        public long cursor() {
            return board.cursor();
        }

        @Override
        public int applyPage(List<HubWire.Change> changes, long last) {
            changes.forEach(c -> received.add(c.toString()));
            return board.applyPage(changes, last);
        }

        @Override
        public void recordHubContact(Instant at, Duration clockOffset) {
            board.recordHubContact(at, clockOffset);
        }

        @Override
        public java.util.Optional<HubContact> lastHubContact() {
            return board.lastHubContact();
        }

        @Override
        public int openConflicts() {
            return 0;
        }
    }

    private static void await(BooleanSupplier condition, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + max);
            }
            Thread.sleep(2);
        }
    }
}
