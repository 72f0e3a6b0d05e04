package org.seatdesk.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seatdesk.app.HeadlessSeat;
import org.seatdesk.settings.Settings;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqSettingRepository;
import org.seatdesk.store.JooqTicketRepository;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.TicketDraft;
import org.seatdesk.ticket.TicketField;
import org.seatdesk.ticket.TicketFormats;
import org.seatdesk.ticket.TicketService;
import org.seatdesk.ticket.StatusFilter;
import org.seatdesk.ticket.TicketValidator;
import org.seatdesk.ticket.ui.TicketFormViewModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// Saving a ticket (docs/performance.md), on a fresh data folder preloaded with `--tickets`:
/// 1. save → visible: the real console, its form filled, `save()` called on the JavaFX thread,
///    until the ticket is among the queue's rows (filtered to NEW, the agent's working view);
/// 2. save → commit: `TicketService.register` (ticket, event, outbox, counter, draft removal in
///    one transaction, WRITE_DELAY=0) called directly, `--count` times after a warm-up.
@Command(name = "save", mixinStandardHelpOptions = true,
        description = "Save latency: to commit (TicketService.register) and to visible in the console's queue.")
final class SaveBench implements Callable<Integer> {

    @Mixin
    BenchOptions options;

    @Option(names = "--count", defaultValue = "2000", description = "Timed commits (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--warmup", defaultValue = "200", description = "Untimed commits first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--visible", defaultValue = "200",
            description = "Timed saves through the console (default: ${DEFAULT-VALUE}); 0 skips the console")
    int visible;

    @Option(names = "--pause-ms", defaultValue = "400",
            description = "Pause between filling the form and saving, so the draft autosave has run (default: ${DEFAULT-VALUE})")
    int pauseMs;

    @Option(names = "--tickets", defaultValue = "50000", description = "Tickets stored before measuring (default: ${DEFAULT-VALUE})")
    int tickets;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> report = BenchRun.header("save");
        try (BenchRun run = BenchRun.create(options)) {
            int open = 100;
            run.seed(tickets, open, options.seed);
            report.put("tickets_preloaded", tickets);
            report.put("preload_ms", run.insertMillis);
            TicketFactory factory = new TicketFactory(options.seed + 1, run.zone);
            if (visible > 0) {
                int warm = Math.min(20, visible);
                if (open + warm + visible > 500) {
                    throw new IllegalArgumentException("--visible too large: the NEW queue shows 500 rows");
                }
                report.put("visible", saveThroughConsole(run, factory, warm));
                report.put("visible_queue_filter", "status=NEW");
            }
            report.put("commit", commit(run, factory));
            report.put("target_commit_p99_ms", 10);
            report.put("target_visible_p99_ms", 50);
        }
        BenchRun.print(report, options.json);
        return 0;
    }

    private Map<String, Object> saveThroughConsole(BenchRun run, TicketFactory factory, int warm) throws Exception {
        List<Long> rows = new ArrayList<>();
        List<Long> laidOut = new ArrayList<>();
        try (HeadlessSeat seat = HeadlessSeat.open(run.dir, BenchRun.STAFF_NO, BenchRun.PASSWORD, Duration.ofSeconds(60))) {
            QueueDriver queue = new QueueDriver(seat);
            queue.status(StatusFilter.NEW);
            TicketFormViewModel form = seat.console().form();
            for (int i = 0; i < warm + visible; i++) {
                String terminal = "BV%06d".formatted(i);  // marks this save's row in the queue
                TicketDraft draft = withTerminal(factory.draft(), terminal);
                seat.onFx(() -> fill(form, draft));
                Thread.sleep(pauseMs);
                ChangeTimer.Timing timing = queue.measure(form::save,
                        shown -> shown.stream().anyMatch(t -> t.terminalId().equals(terminal)));
                if (i >= warm) {
                    rows.add(timing.rowsNanos());
                    if (timing.laidOutNanos() >= 0) {
                        laidOut.add(timing.laidOutNanos());
                    }
                }
            }
        }
        Map<String, Object> result = Stats.ofNanos(toArray(rows)).toMap();
        result.put("laid_out", Stats.ofNanos(toArray(laidOut)).toMap());
        result.put("warmup", warm);
        return result;
    }

    private Map<String, Object> commit(BenchRun run, TicketFactory factory) {
        try (Database db = Database.openFile(run.dir, "seat")) {
            Clock clock = Clock.systemUTC();
            TicketService service = new TicketService(new JooqTicketRepository(db),
                    new TicketValidator(TicketFormats.from(new Settings(new JooqSettingRepository(db)))),
                    clock, run.zone, new TimeOrderedIds(clock));
            Author author = run.author();
            List<TicketDraft> drafts = new ArrayList<>();
            for (int i = 0; i < warmup + count; i++) {
                drafts.add(factory.draft());
            }
            long[] nanos = new long[count];
            for (int i = 0; i < drafts.size(); i++) {
                long start = System.nanoTime();
                service.register(drafts.get(i), author);
                long took = System.nanoTime() - start;
                if (i >= warmup) {
                    nanos[i - warmup] = took;
                }
            }
            Map<String, Object> result = Stats.ofNanos(nanos).toMap();
            result.put("warmup", warmup);
            return result;
        }
    }

    static TicketDraft withTerminal(TicketDraft d, String terminal) {
        return new TicketDraft(d.type(), d.level(), d.serviceKind(), d.requesterKind(), d.requesterName(), terminal,
                d.merchantId(), d.posBarcode(), d.installAddress(), d.contactPerson(), d.contactPhone(), d.description());
    }

    static void fill(TicketFormViewModel form, TicketDraft d) {
        form.typeProperty().set(d.type());
        form.urgentProperty().set(d.level() == org.seatdesk.ticket.Level.URGENT);
        form.serviceKindProperty().set(d.serviceKind());
        form.requesterKindProperty().set(d.requesterKind());
        form.text(TicketField.REQUESTER_NAME).set(d.requesterName());
        form.text(TicketField.TERMINAL_ID).set(d.terminalId());
        form.text(TicketField.MERCHANT_ID).set(d.merchantId());
        form.text(TicketField.POS_BARCODE).set(d.posBarcode());
        form.text(TicketField.INSTALL_ADDRESS).set(d.installAddress());
        form.text(TicketField.CONTACT_PERSON).set(d.contactPerson());
        form.text(TicketField.CONTACT_PHONE).set(d.contactPhone());
        form.text(TicketField.DESCRIPTION).set(d.description());
    }

    static long[] toArray(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
