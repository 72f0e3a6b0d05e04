package org.seatdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.seatdesk.app.HeadlessSeat;
import org.seatdesk.store.BenchData;
import org.seatdesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// Keystroke to rendered results in the knowledge base (R-KB-4; target ≤ 100 ms): the real seat
/// console, headless, on a seat database holding `--articles` generated articles (its index built
/// by the seat as on a first start). The query set of `bench kb` is typed into the page's search
/// field on the JavaFX thread, a keystroke at a time (Latin letters one by one, Chinese as an input
/// method commits it, two characters at a time); each keystroke is timed until the page's result
/// list has changed and a layout pulse has run after it.
@Command(name = "kb-ui", mixinStandardHelpOptions = true,
        description = "Knowledge-base search in the console: keystroke to rendered results, on a generated corpus.")
final class KbUiBench implements Callable<Integer> {

    static final List<String> KEYSTROKE_THREADS = List.of("JavaFX Application Thread", "seatdesk-kb-search");

    /// Characters an input method commits at once when an agent types Chinese.
    static final int CHINESE_CHUNK = 2;

    @Mixin
    BenchOptions options;

    @Option(names = "--articles", defaultValue = "100000", description = "Articles in the seat database (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--runs", defaultValue = "5", description = "Timed rounds of the whole query set (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", description = "Untimed rounds first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--reuse", paramLabel = "DIR",
            description = "A data folder an earlier run kept (--keep --dir DIR): its seat and index are used as they are, without seeding or building again")
    Path reuse;

    @Option(names = "--pause-ms", defaultValue = "0",
            description = "Pause after each keystroke's results, like an agent reading them (default: ${DEFAULT-VALUE}: back to back)")
    int pauseMs;

    @Override
    public Integer call() throws Exception {
        if (articles < 100) {
            throw new IllegalArgumentException("--articles must be at least 100");
        }
        Map<String, Object> report = BenchRun.header("kb-ui");
        Map<String, List<Long>> shown = new LinkedHashMap<>();
        Map<String, List<Long>> rendered = new LinkedHashMap<>();
        List<Long> workCpu = new ArrayList<>();
        try (BenchRun run = reuse != null ? BenchRun.at(reuse) : BenchRun.create(options)) {
            if (reuse == null) {
                run.seed(1000, 50, options.seed);
                insertArticles(run, report);
            } else {
                report.put("reused", reuse.toString());
            }
            long opening = System.nanoTime();
            try (HeadlessSeat seat = HeadlessSeat.open(run.dir, BenchRun.STAFF_NO, BenchRun.PASSWORD, Duration.ofSeconds(120))) {
                seat.knowledgeBaseReady().get(30, TimeUnit.MINUTES);
                report.put("seat_ready_with_index_s", Math.round((System.nanoTime() - opening) / 1e7) / 100.0);
                KbSearchDriver driver = new KbSearchDriver(seat);
                driver.type("a"); // the search thread starts with the first search
                driver.clear();
                KeystrokeWork work = KeystrokeWork.ofThreads(KEYSTROKE_THREADS);
                for (int round = 0; round < warmup + runs; round++) {
                    for (Map.Entry<String, List<String>> kind : KbBench.QUERIES.entrySet()) {
                        for (String query : kind.getValue()) {
                            driver.clear();
                            for (String typed : keystrokes(query)) {
                                long cpuBefore = work.cpuNanos();
                                ChangeTimer.Timing t = driver.type(typed);
                                long cpuTaken = work.cpuNanos() - cpuBefore;
                                if (round >= warmup) {
                                    workCpu.add(cpuTaken);
                                    shown.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(t.rowsNanos());
                                    if (t.laidOutNanos() >= 0) {
                                        rendered.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(t.laidOutNanos());
                                    }
                                }
                                Thread.sleep(pauseMs);
                            }
                        }
                    }
                }
            }
        }
        report(report, shown, rendered);
        // The processor time of the threads that do a keystroke's work (JavaFX: text, list, layout,
        // drawing; the search thread), from the keystroke to the drawn result: what it costs,
        // which waiting for a busy machine's cores does not change.
        Stats cpu = Stats.ofNanos(SaveBench.toArray(workCpu));
        report.put("keystroke_threads", KEYSTROKE_THREADS);
        report.put("keystroke_cpu_p50_ms", cpu.p50());
        report.put("keystroke_cpu_p99_ms", cpu.p99());
        BenchRun.print(report, options.json);
        return 0;
    }

    /// The corpus of `bench kb` into the seat's database, as a sync would have left it.
    private void insertArticles(BenchRun run, Map<String, Object> report) {
        long started = System.nanoTime();
        try (Database db = Database.openFile(run.dir, "seat")) {
            BenchData.insertArticles(db, KbCorpus.of(articles, options.seed, run.staffId, Instant.now())::forEach);
        }
        report.put("articles", articles);
        report.put("insert_s", Math.round((System.nanoTime() - started) / 1e7) / 100.0);
    }

    /// What the field holds after each keystroke of `query`: Latin one character at a time,
    /// Chinese {@link #CHINESE_CHUNK} characters at a time.
    static List<String> keystrokes(String query) {
        List<String> texts = new ArrayList<>();
        int at = 0;
        while (at < query.length()) {
            boolean han = Character.UnicodeScript.of(query.charAt(at)) == Character.UnicodeScript.HAN;
            int end = at + 1;
            while (han && end < query.length() && end - at < CHINESE_CHUNK
                    && Character.UnicodeScript.of(query.charAt(end)) == Character.UnicodeScript.HAN) {
                end++;
            }
            at = end;
            texts.add(query.substring(0, at));
        }
        return texts;
    }

    /// Processor time of the named threads, summed (nanosecond resolution, unlike the process's).
    private record KeystrokeWork(long[] threadIds) {

        static KeystrokeWork ofThreads(List<String> names) {
            long[] ids = Thread.getAllStackTraces().keySet().stream().filter(t -> names.contains(t.getName()))
                    .mapToLong(Thread::threadId).toArray();
            if (ids.length != names.size()) {
                throw new IllegalStateException("expected the threads " + names + ", found " + ids.length);
            }
            return new KeystrokeWork(ids);
        }

        long cpuNanos() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long sum = 0;
            for (long id : threadIds) {
                sum += threads.getThreadCpuTime(id);
            }
            return sum;
        }
    }

    private static void report(Map<String, Object> report, Map<String, List<Long>> shown, Map<String, List<Long>> rendered) {
        Map<String, Object> perKind = new LinkedHashMap<>();
        List<Long> allShown = new ArrayList<>();
        List<Long> allRendered = new ArrayList<>();
        shown.forEach((kind, times) -> {
            Map<String, Object> figures = Stats.ofNanos(SaveBench.toArray(times)).toMap();
            figures.put("rendered", Stats.ofNanos(SaveBench.toArray(rendered.getOrDefault(kind, List.of()))).toMap());
            perKind.put(kind, figures);
            allShown.addAll(times);
            allRendered.addAll(rendered.getOrDefault(kind, List.of()));
        });
        Stats results = Stats.ofNanos(SaveBench.toArray(allShown));
        Stats laidOut = Stats.ofNanos(SaveBench.toArray(allRendered));
        report.put("keystrokes", allShown.size());
        report.put("results_p50_ms", results.p50());
        report.put("results_p99_ms", results.p99());
        report.put("rendered_p50_ms", laidOut.p50());
        report.put("rendered_p99_ms", laidOut.p99());
        report.put("rendered_max_ms", laidOut.max());
        report.put("kinds", perKind);
        report.put("target_rendered_p99_ms", 100);
        report.put("target_met", laidOut.p99() <= 100);
    }
}
