package org.seatdesk.bench;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.seatdesk.loadtest.LoadTestOptions;
import org.seatdesk.settings.Settings;
import org.seatdesk.store.BenchSchema;
import org.seatdesk.store.Database;
import org.seatdesk.store.DbExecutor;
import org.seatdesk.store.JooqOutboxRepository;
import org.seatdesk.store.JooqSettingRepository;
import org.seatdesk.store.JooqSyncRepository;
import org.seatdesk.store.JooqTicketRepository;
import org.seatdesk.sync.Backoff;
import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubClock;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.HubWire;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEdit;
import org.seatdesk.ticket.TicketFormats;
import org.seatdesk.ticket.TicketService;
import org.seatdesk.ticket.TicketValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// Catch-up after an outage (issue 4: a seat offline with 10,000 pending ops catches up in ≤ 10 s
/// after the hub returns). A seat on a real H2 file logs in to a real hub process and pulls its
/// feed; the hub stops; the seat registers and edits tickets through its TicketService (each
/// registration and each edit writes two outbox operations) until `--ops` are pending; the hub
/// starts again on the same data; from the moment `/health` answers, the seat's sync engine — as
/// the seat console builds it — logs in, pushes its outbox and pulls the feed. Measured until the
/// outbox is empty and the seat's pull cursor is at the hub's head.
///
/// The engine is started when the hub answers: a running engine would first sit out the rest of
/// its backoff (full jitter, at most 30 s, so a room of seats does not return in one instant), which
/// is not the catch-up's own time; the report says what that wait can add.
@Command(name = "catch-up", mixinStandardHelpOptions = true,
        description = "A seat with --ops pending operations catches up with a real hub process that returns.")
final class CatchUpBench implements Callable<Integer> {

    private static final String SEAT = "K01"; // a seat code the demo centre never uses: numbers of its own

    @Mixin
    BenchOptions options;

    @Mixin
    HubBenchOptions hubOptions;

    @Option(names = "--ops", defaultValue = "10000", description = "Pending operations at the seat (even; default: ${DEFAULT-VALUE})")
    int ops;

    @Option(names = "--target-ms", defaultValue = "10000", description = "Exit 1 above this (default: ${DEFAULT-VALUE})")
    long targetMs;

    @Override
    public Integer call() throws Exception {
        if (ops < 2 || ops % 2 != 0) {
            System.err.println("--ops must be an even number ≥ 2 (a registration and an edit are two operations each)");
            return 2;
        }
        Map<String, Object> report = BenchRun.header("catch-up");
        report.put("ops", ops);
        boolean h2 = hubOptions.h2();
        report.put("database", h2 ? "h2" : "postgresql");
        Clock clock = Clock.systemUTC();
        try (BenchRun run = BenchRun.create(options);
             BenchSchema schema = hubOptions.schema();
             BenchHub hub = hubOptions.start(run, schema);
             HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
             Database seatDb = Database.openFile(run.dir, "seat");
             DbExecutor executor = new DbExecutor()) {
            ZoneId zone = ZoneId.of(new Settings(new JooqSettingRepository(seatDb)).get("centre.zone"));
            HubCredentials who = new HubCredentials(LoadTestOptions.DEMO_STAFF.getFirst(), LoadTestOptions.DEMO_PASSWORD, SEAT);
            JooqSyncRepository syncStore = new JooqSyncRepository(seatDb);
            SyncStatusService status = new SyncStatusService(new JooqOutboxRepository(seatDb), clock.instant());

            // 1. online once: the directory and the whole feed, as a seat has them before an outage
            SyncEngine first = engine(http, hub, syncStore, executor, status, clock);
            HubWire.LoginAnswer me = first.login(who);
            first.syncOnce();
            HubClient hq = new HubClient(http, hub.base, Duration.ofSeconds(30));
            hq.login(new HubCredentials(LoadTestOptions.DEMO_VERIFY_STAFF, LoadTestOptions.DEMO_PASSWORD, "BENCH"));
            long before = onDb(executor, syncStore::cursor);

            // 2. the hub goes away; the seat keeps working
            hub.stop();
            long making = System.nanoTime();
            makeOps(seatDb, executor, clock, zone, new Author(me.staffId(), me.name(), SEAT, me.deskId(), me.region()));
            JooqOutboxRepository outbox = new JooqOutboxRepository(seatDb);
            int pending = onDb(executor, outbox::pendingCount);
            report.put("ops_pending", pending);
            report.put("making_ops_ms", (System.nanoTime() - making) / 1_000_000);

            // 3. the hub returns: measured from its first answer to /health
            hub.restart();
            long reachable = System.nanoTime();
            double hubCpu = hub.cpuSeconds();
            long benchCpu = BenchRun.processCpuNanos();
            SyncEngine engine = engine(http, hub, syncStore, executor, status, clock);
            engine.start(who);
            long outboxEmpty = 0;
            long deadline = reachable + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                // the oldest op by index, not a count: polling must not cost the seat what it measures
                if (outboxEmpty == 0 && outbox.oldest(1).isEmpty()) {
                    outboxEmpty = System.nanoTime();
                }
                if (outboxEmpty != 0 && atHead(hq, syncStore.cursor())) {
                    break;
                }
                Thread.sleep(20);
            }
            long done = System.nanoTime();
            engine.close();
            boolean caughtUp = done < deadline;
            long catchUpMs = (done - reachable) / 1_000_000;
            report.put("caught_up", caughtUp);
            report.put("catch_up_ms", catchUpMs);
            report.put("outbox_empty_ms", outboxEmpty == 0 ? null : (outboxEmpty - reachable) / 1_000_000);
            report.put("hub_cpu_s", Math.round((hub.cpuSeconds() - hubCpu) * 100) / 100.0);
            report.put("seat_cpu_s", Math.round((BenchRun.processCpuNanos() - benchCpu) / 1e7) / 100.0);
            report.put("backoff_wait_not_counted", "a running engine retries after a random wait of at most "
                    + Backoff.standard(new SplittableRandom()).cap().toSeconds() + " s (full jitter)");
            Set<String> keys = feedKeysAfter(hq, before);
            report.put("feed_changes_after_outage", keys.size());
            BenchRun.print(report, options.json);
            boolean exact = keys.size() == pending && pending == ops;
            return !exact ? 3 : caughtUp && catchUpMs <= targetMs ? 0 : 1;
        }
    }

    private static SyncEngine engine(HttpClient http, BenchHub hub, JooqSyncRepository store, DbExecutor executor,
                                     SyncStatusService status, Clock clock) {
        // as SeatContext builds it for the seat console
        return new SyncEngine(new HubClient(http, hub.base, Duration.ofSeconds(15)), store, executor, status,
                new HubClock(clock, Duration.ZERO), clock, Backoff.standard(new SplittableRandom()), SyncEngine.Options.standard());
    }

    /// Two of every three units register a ticket (ticket CREATE + its history entry), the third
    /// edits the description of an earlier one (UPDATE + history entry); each ticket is edited at
    /// most once, as an edit's base version stays the hub's until the seat hears back.
    private void makeOps(Database seatDb, DbExecutor executor, Clock clock, ZoneId zone, Author author) {
        TicketService tickets = new TicketService(new JooqTicketRepository(seatDb),
                new TicketValidator(TicketFormats.from(new Settings(new JooqSettingRepository(seatDb)))), clock, zone,
                new TimeOrderedIds(clock));
        TicketFactory factory = new TicketFactory(options.seed, zone);
        List<Ticket> made = new ArrayList<>();
        onDb(executor, () -> {
            for (int unit = 0; unit < ops / 2; unit++) {
                if (unit % 3 == 2) {
                    Ticket t = made.get(editedIndex(unit));
                    TicketEdit edit = TicketEdit.of(t);
                    tickets.update(t.id(), new TicketEdit(edit.level(), edit.installAddress(), edit.contactPerson(),
                            edit.contactPhone(), "offline edit " + unit, edit.status(), edit.handlingStatus(),
                            edit.dispatchKind(), edit.dispatchTarget()), author);
                } else {
                    made.add(tickets.register(factory.draft(), author));
                }
            }
            return null;
        });
    }

    /// Unit 2 edits ticket 0, unit 5 ticket 1, …: always one registered earlier, never twice.
    private static int editedIndex(int unit) {
        return unit / 3;
    }

    /// True when the seat's cursor is the hub's newest sequence number.
    private static boolean atHead(HubClient hq, long cursor) {
        HubWire.ChangePage page = hq.changes(cursor, 1);
        return page.changes().isEmpty() && !page.hasMore() && page.last() == cursor;
    }

    /// Each change after `after` once, by what it is (entity, id, kind, version): a change made
    /// twice would collapse into one key and show as a count below the ops made.
    private static Set<String> feedKeysAfter(HubClient hq, long after) {
        Set<String> keys = new HashSet<>();
        long cursor = after;
        HubWire.ChangePage page;
        do {
            page = hq.changes(cursor, 1000);
            page.changes().forEach(c -> keys.add(c.entity() + " " + c.entityId() + " " + c.kind() + " " + c.version()));
            cursor = Math.max(cursor, page.last());
        } while (page.hasMore());
        return keys;
    }

    private static <T> T onDb(DbExecutor executor, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor).join();
    }

}
