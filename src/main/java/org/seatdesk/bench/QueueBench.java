package org.seatdesk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import org.seatdesk.app.HeadlessSeat;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.StatusFilter;
import org.seatdesk.ticket.TicketType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// Filter and search on a queue of `--tickets` (docs/performance.md): the real console, each
/// control changed on the JavaFX thread, timed until the queue's rows change. The status choice
/// starts at "all" (searches look through every ticket, not only the open ones); every change is
/// followed by taking it back (timed as kind "clear": the whole queue again), kinds in a shuffled
/// order per round.
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = "Queue filter/search latency on a large seat database, through the console's controls.")
final class QueueBench implements Callable<Integer> {

    enum Kind { STATUS, TYPE, LEVEL, NUMBER, PHONE, TERMINAL, MERCHANT, BARCODE, NO_MATCH, SHORT_PREFIX, CLEAR }

    /// The status choices other than "all", in turn.
    static final List<StatusFilter> STATUSES = List.of(StatusFilter.OPEN, StatusFilter.NEW, StatusFilter.DISPATCHED,
            StatusFilter.CLOSED);

    @Mixin
    BenchOptions options;

    @Option(names = "--tickets", defaultValue = "50000", description = "Tickets in the seat database (default: ${DEFAULT-VALUE})")
    int tickets;

    @Option(names = "--runs", defaultValue = "200", description = "Timed changes per kind (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "20", description = "Untimed rounds first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--pause-ms", defaultValue = "0",
            description = "Pause after each change, like an agent reading the result (default: ${DEFAULT-VALUE}: back to back)")
    int pauseMs;

    @Override
    public Integer call() throws Exception {
        if (tickets < 1000) {
            throw new IllegalArgumentException("--tickets must be at least 1000");
        }
        Map<String, Object> report = BenchRun.header("queue");
        Map<Kind, List<Long>> rows = new EnumMap<>(Kind.class);
        Map<Kind, List<Long>> laidOut = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            rows.put(kind, new ArrayList<>());
            laidOut.put(kind, new ArrayList<>());
        }
        try (BenchRun run = BenchRun.create(options)) {
            run.seed(tickets, 100, options.seed);
            report.put("tickets", tickets);
            report.put("baseline", "status=ANY (all tickets), no type, level or search");
            report.put("pause_ms", pauseMs);
            report.put("preload_ms", run.insertMillis);
            try (HeadlessSeat seat = HeadlessSeat.open(run.dir, BenchRun.STAFF_NO, BenchRun.PASSWORD, Duration.ofSeconds(60))) {
                QueueDriver queue = new QueueDriver(seat);
                queue.status(StatusFilter.ANY);
                Random random = new Random(options.seed);
                List<Kind> kinds = new ArrayList<>(List.of(Kind.values()));
                kinds.remove(Kind.CLEAR);
                Duration cpuAtStart = Duration.ZERO;
                for (int round = 0; round < warmup + runs; round++) {
                    if (round == warmup) {
                        cpuAtStart = processorTime();
                    }
                    Collections.shuffle(kinds, random);
                    for (Kind kind : kinds) {
                        ChangeTimer.Timing applied = apply(queue, run.terms, kind, round);
                        Thread.sleep(pauseMs);
                        ChangeTimer.Timing cleared = clear(queue, kind);
                        Thread.sleep(pauseMs);
                        if (round >= warmup) {
                            record(rows, laidOut, kind, applied);
                            record(rows, laidOut, Kind.CLEAR, cleared);
                        }
                    }
                }
                // Processor time of the whole process (JIT compilers and GC included) per timed
                // change: the figure to compare JVM options by on a shared machine, where the
                // latencies move with the load (docs/performance.md, "Start-up pass 2").
                long changes = 2L * runs * kinds.size();
                report.put("processor_ms_per_change",
                        Math.round((processorTime().minus(cpuAtStart).toNanos() / 1e6 / changes) * 1000) / 1000.0);
            }
        }
        Map<String, Object> perKind = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>();
        List<Long> allLaidOut = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Map<String, Object> figures = Stats.ofNanos(SaveBench.toArray(rows.get(kind))).toMap();
            figures.put("laid_out", Stats.ofNanos(SaveBench.toArray(laidOut.get(kind))).toMap());
            perKind.put(kind.name().toLowerCase(Locale.ROOT), figures);
            if (kind != Kind.SHORT_PREFIX) {
                all.addAll(rows.get(kind));
                allLaidOut.addAll(laidOut.get(kind));
            }
        }
        Stats overall = Stats.ofNanos(SaveBench.toArray(all));
        report.put("kinds", perKind);
        report.put("overall_covers", "every kind but short_prefix (the first keystrokes of a search, reported apart)");
        report.put("overall", overall.toMap());
        report.put("overall_laid_out", Stats.ofNanos(SaveBench.toArray(allLaidOut)).toMap());
        report.put("target_p99_ms", 50);
        report.put("target_met", overall.p99() <= 50);
        BenchRun.print(report, options.json);
        return 0;
    }

    /// User and system time of every thread of this process so far.
    static Duration processorTime() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    static ChangeTimer.Timing apply(QueueDriver queue, BenchRun.SearchTerms terms, Kind kind, int round) {
        return switch (kind) {
            case STATUS -> queue.status(STATUSES.get(round % STATUSES.size()));
            case TYPE -> queue.type(TicketType.values()[round % TicketType.values().length]);
            case LEVEL -> queue.level(Level.values()[round % Level.values().length]);
            case NUMBER -> queue.search(pick(terms.numbers, round));
            case PHONE -> queue.search(pick(terms.phones, round));
            case TERMINAL -> queue.search(pick(terms.terminals, round));
            case MERCHANT -> queue.search(pick(terms.merchants, round));
            case BARCODE -> queue.search(pick(terms.barcodes, round));
            case NO_MATCH -> queue.search(pick(terms.noMatch, round));
            case SHORT_PREFIX -> queue.search(pick(terms.shortPrefixes, round));
            case CLEAR -> throw new IllegalArgumentException("clear is not a filter");
        };
    }

    static ChangeTimer.Timing clear(QueueDriver queue, Kind kind) {
        return switch (kind) {
            case STATUS -> queue.status(StatusFilter.ANY);
            case TYPE -> queue.type(null);
            case LEVEL -> queue.level(null);
            default -> queue.search("");
        };
    }

    private static String pick(List<String> values, int round) {
        return values.get(round % values.size());
    }

    private static void record(Map<Kind, List<Long>> rows, Map<Kind, List<Long>> laidOut, Kind kind,
                               ChangeTimer.Timing timing) {
        rows.get(kind).add(timing.rowsNanos());
        if (timing.laidOutNanos() >= 0) {
            laidOut.get(kind).add(timing.laidOutNanos());
        }
    }
}
