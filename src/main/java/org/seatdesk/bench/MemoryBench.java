package org.seatdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import javafx.scene.input.KeyCode;

import org.seatdesk.app.HeadlessSeat;
import org.seatdesk.ticket.TicketDraft;
import org.seatdesk.ticket.ui.TicketFormViewModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// Resident memory of the seat console over a scripted session (docs/performance.md): the real
/// console on `--tickets`, saving `--saves-per-minute` tickets through its form and changing the
/// queue's filter or search `--queries-per-minute` times (and scrolling the table), for
/// `--minutes`. VmRSS of this process (/proc/self/status, the figure `ps -o rss` shows) is
/// sampled every `--sample-seconds`; with `--progress` each sample is also written to stderr.
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Resident memory over a scripted console session (Linux: reads /proc/self/status).")
final class MemoryBench implements Callable<Integer> {

    @Mixin
    BenchOptions options;

    @Option(names = "--minutes", defaultValue = "60", description = "Length of the session (default: ${DEFAULT-VALUE})")
    double minutes;

    @Option(names = "--tickets", defaultValue = "50000", description = "Tickets in the seat database (default: ${DEFAULT-VALUE})")
    int tickets;

    @Option(names = "--saves-per-minute", defaultValue = "6", description = "default: ${DEFAULT-VALUE}")
    double savesPerMinute;

    @Option(names = "--queries-per-minute", defaultValue = "60", description = "default: ${DEFAULT-VALUE}")
    double queriesPerMinute;

    @Option(names = "--sample-seconds", defaultValue = "30", description = "default: ${DEFAULT-VALUE}")
    int sampleSeconds;

    @Option(names = "--progress", description = "Write each sample to stderr as it is taken")
    boolean progress;

    @Option(names = "--window", paramLabel = "WxH", converter = org.seatdesk.app.Converters.WindowSize.class,
            description = "A real window of this size on the display (e.g. 1920x1080 under Xvfb) instead of the headless platform")
    org.seatdesk.app.Converters.Size window;

    private static final List<String> KB_QUERIES = List.of("刷卡", "shuaka", "sk", "退货", "密码", "打印");

    private final List<Map<String, Object>> samples = new ArrayList<>();
    private GcTime gcAtStart;


    @Override
    public Integer call() throws Exception {
        Map<String, Object> report = BenchRun.header("memory");
        int saves = 0;
        int queries = 0;
        int visits = 0;
        long began;
        long ended;
        try (BenchRun run = BenchRun.create(options)) {
            run.seedInChildProcess(tickets, 100, options.seed); // nothing of the seeding stays in this heap
            report.put("tickets", tickets);
            report.put("window", window == null ? "headless 1366x768" : window.width() + "x" + window.height());
            try (HeadlessSeat seat = HeadlessSeat.open(run.dir, BenchRun.STAFF_NO, BenchRun.PASSWORD, Duration.ofSeconds(60),
                    window == null ? 0 : window.width(), window == null ? 0 : window.height())) {
                QueueDriver queue = new QueueDriver(seat);
                queue.status(org.seatdesk.ticket.StatusFilter.ANY);
                TicketFormViewModel form = seat.console().form();
                TicketFactory factory = new TicketFactory(options.seed + 2, run.zone);
                Random random = new Random(options.seed);
                began = System.nanoTime();
                gcAtStart = GcTime.now();
                sample(began);
                long end = began + (long) (minutes * 60e9);
                long saveEvery = (long) (60e9 / Math.max(savesPerMinute, 1e-9));
                long queryEvery = (long) (60e9 / Math.max(queriesPerMinute, 1e-9));
                long sampleEvery = sampleSeconds * 1_000_000_000L;
                long nextSave = began + saveEvery / 2;
                long nextQuery = began + queryEvery / 2;
                long nextSample = began + sampleEvery;
                QueueBench.Kind applied = null;
                int round = 0;
                while (true) {
                    long next = Math.min(Math.min(nextSave, nextQuery), nextSample);
                    if (next >= end) {
                        break;
                    }
                    sleepUntil(next);
                    if (next == nextSample) {
                        sample(began);
                        nextSample += sampleEvery;
                    } else if (next == nextSave) {
                        save(seat, form, factory.draft());
                        saves++;
                        nextSave += saveEvery;
                    } else {
                        if (applied == null) {
                            List<QueueBench.Kind> kinds = List.of(QueueBench.Kind.values());
                            applied = kinds.get(random.nextInt(kinds.size() - 1)); // not CLEAR
                            QueueBench.apply(queue, run.terms, applied, round++);
                        } else {
                            QueueBench.clear(queue, applied);
                            applied = null;
                        }
                        queue.scrollTo(random.nextInt(500));
                        queries++;
                        if (queries % 10 == 0) {
                            visitPagesAndOverlay(seat, KB_QUERIES.get(random.nextInt(KB_QUERIES.size())));
                            visits++;
                        }
                        nextQuery += queryEvery;
                    }
                }
                sleepUntil(end);
                sample(began);
                ended = System.nanoTime();
            }
        }
        report.put("minutes_run", Math.round((ended - began) / 6e8) / 100.0);
        report.put("saves", saves);
        report.put("page_visits", visits);
        report.put("queries", queries);
        report.put("rss_mb_at_ready", samples.getFirst().get("rss_mb"));
        report.put("rss_mb_max", samples.stream().mapToLong(s -> (long) s.get("rss_mb")).max().orElse(0));
        report.put("rss_mb_end", samples.getLast().get("rss_mb"));
        GcTime gc = GcTime.now().minus(gcAtStart);
        report.put("gc_time_share_pct", Math.round(gc.millis() * 10_000.0 / ((ended - began) / 1e6)) / 100.0);
        report.put("full_gcs", gc.fullCollections());
        report.put("target_gc_time_share_pct", 2);
        report.put("samples", samples);
        BenchRun.print(report, options.json);
        return 0;
    }

    /// What an agent does between calls besides the queue: the other pages (each a full repaint of
    /// the window), and the F6 knowledge-base overlay over the queue, whose drop shadow the
    /// software pipeline draws through heap buffers the size of the overlay.
    private static void visitPagesAndOverlay(HeadlessSeat seat, String query) throws InterruptedException {
        for (KeyCode page : List.of(KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT1)) {
            seat.press(page, true);
            Thread.sleep(300);
        }
        seat.press(KeyCode.F6, false);
        Thread.sleep(300);
        seat.onFx(() -> {
            if (seat.console().scene().getFocusOwner() instanceof javafx.scene.control.TextInputControl field) {
                field.setText(query);
            }
        });
        Thread.sleep(700);
        seat.press(KeyCode.ESCAPE, false);
        Thread.sleep(200);
    }

    private static void save(HeadlessSeat seat, TicketFormViewModel form, TicketDraft draft) throws InterruptedException {
        seat.onFx(() -> SaveBench.fill(form, draft));
        Thread.sleep(400);
        seat.onFx(form::save);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (seat.onFx(() -> form.savingProperty().get()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private void sample(long began) {
        Runtime runtime = Runtime.getRuntime();
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("t_s", (System.nanoTime() - began) / 1_000_000_000L);
        sample.put("rss_mb", rssKb() / 1024);
        sample.put("heap_used_mb", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        sample.put("heap_committed_mb", runtime.totalMemory() / (1024 * 1024));
        GcTime gc = GcTime.now().minus(gcAtStart);
        sample.put("gc_ms", gc.millis());
        sample.put("full_gcs", gc.fullCollections());
        samples.add(sample);
        if (progress) {
            System.err.println("memory: " + sample);
        }
    }

    /// VmRSS of this process in kB, as the kernel reports it (0 where there is no /proc).
    static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }
}
