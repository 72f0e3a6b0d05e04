package org.seatdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.seatdesk.rollcall.Mark;
import org.seatdesk.rollcall.RollCallMark;
import org.seatdesk.settings.SettingRepository;
import org.seatdesk.settings.Settings;
import org.seatdesk.sync.Backoff;
import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubClock;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.HubWire;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.OutboxRepository;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ticket.Deadlines;
import org.seatdesk.ticket.TicketPolicy;
import org.seatdesk.wall.WallBoard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// Wall update latency (issue 5; docs/performance.md): a shift monitor pushes roll-call marks to
/// a running hub, and a wall client built as `wall --hub` builds it (sync engine, event stream,
/// redacted feed, in-memory board) waits for each; the time from push to the mark on the board.
/// Run it beside `loadtest` to measure under a full room.
@Command(name = "wall", mixinStandardHelpOptions = true,
        description = "Roll-call mark → wall latency against a running hub (run beside loadtest).")
final class WallBench implements Callable<Integer> {

    @Option(names = "--hub", required = true, paramLabel = "URL", description = "A hub started with --demo")
    URI hub;

    @Option(names = "--marks", defaultValue = "200", description = "Timed marks (default: ${DEFAULT-VALUE})")
    int marks;

    @Option(names = "--interval-ms", defaultValue = "250", description = "Pause between marks (default: ${DEFAULT-VALUE})")
    int intervalMs;

    @Option(names = "--json", description = "Print one JSON object instead of text")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> report = BenchRun.header("wall");
        Clock clock = Clock.systemUTC();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        WallBoard board = new WallBoard(new Deadlines(TicketPolicy.from(new Settings(new NoSettings()))));
        SyncStatusService status = new SyncStatusService(OutboxRepository.none(), clock.instant());
        SyncEngine wall = new SyncEngine(new HubClient(http, hub, Duration.ofSeconds(15)), board, worker, status,
                new HubClock(clock, Duration.ZERO), clock, Backoff.standard(new SplittableRandom()), SyncEngine.Options.standard());
        try {
            HubCredentials wallLogin = new HubCredentials("W001", "demo", "WALL");
            wall.login(wallLogin);
            wall.start(wallLogin);
            HubClient monitor = new HubClient(http, hub, Duration.ofSeconds(15));
            HubWire.LoginAnswer me = monitor.login(new HubCredentials("M001", "demo", "S01"));
            waitFor(status::isOnline, Duration.ofSeconds(30));
            Thread.sleep(1000); // the first catch-up pull is done and the event stream is open
            TimeOrderedIds ids = new TimeOrderedIds(clock);
            long[] nanos = new long[marks];
            Mark[] cycle = Mark.values();
            for (int i = 0; i < marks; i++) {
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                RollCallMark mark = new RollCallMark(ids.next(), LocalDate.now(), "DAY", UUID.randomUUID(), "X" + i,
                        "压测" + i, "S" + (i % 99), cycle[i % cycle.length], 0, me.staffId(), me.name(), now);
                long started = System.nanoTime();
                HubWire.PushAnswer answer = monitor.push(List.of(OutboxOperation.create("roll_call_mark", mark.id(),
                        Payloads.json(mark), ids.next(), now)));
                if (!HubWire.PushResult.ACCEPTED.equals(answer.results().getFirst().status())) {
                    throw new IllegalStateException("the hub refused a mark: " + answer.results().getFirst());
                }
                waitFor(() -> board.snapshot(clock.instant()).rollCall().stream().anyMatch(m -> m.id().equals(mark.id())),
                        Duration.ofSeconds(30));
                nanos[i] = System.nanoTime() - started;
                Thread.sleep(intervalMs);
            }
            Stats stats = Stats.ofNanos(nanos);
            report.put("push_to_wall", stats.toMap());
            BenchRun.print(report, json);
            return stats.p99() <= 1000 ? 0 : 1;
        } finally {
            wall.close();
            worker.shutdown();
            http.close();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + max);
            }
            Thread.sleep(1);
        }
    }

    private static final class NoSettings implements SettingRepository {
        @Override
        public Map<String, String> all() {
            return Map.of();
        }

        @Override
        public void put(String name, String value) {
            throw new UnsupportedOperationException();
        }
    }

}
