package org.seatdesk.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.seatdesk.kb.editorial.Actor;
import org.seatdesk.kb.editorial.EditorialService;
import org.seatdesk.kb.editorial.KbSections;
import org.seatdesk.kb.editorial.KeptMaterial;
import org.seatdesk.kb.editorial.MarkdownCleaner;
import org.seatdesk.kb.editorial.Material;
import org.seatdesk.kb.editorial.MaterialChunks;
import org.seatdesk.kb.editorial.Reassembly;
import org.seatdesk.loadtest.LoadTestOptions;
import org.seatdesk.security.Role;
import org.seatdesk.store.Database;
import org.seatdesk.store.DbExecutor;
import org.seatdesk.store.JooqEditorialRepository;
import org.seatdesk.store.JooqOutboxRepository;
import org.seatdesk.store.JooqSyncRepository;
import org.seatdesk.sync.Backoff;
import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubClock;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.HubWire;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.sync.TimeOrderedIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// Original material of real size (R-KB-2, ADR 0023) through a real hub process: the KB editor
/// (K001) attaches `--mib` of random bytes at one console (header + 8 KiB chunks in one local
/// transaction), pushes it; the centre director's console (C001) pulls and reassembles it; an
/// agent's seat (A001) pulls the same span of the feed, which carries none of it. Wall time and
/// processor time of each phase (seat side: this process; hub: its process), and whether the
/// bytes arrived identical.
@Command(name = "kb-material", mixinStandardHelpOptions = true,
        description = "A large KB attachment: attach, push, pull and reassemble at another console, and an agent's pull past it.")
final class KbMaterialBench implements Callable<Integer> {

    @Mixin
    BenchOptions options;

    @Mixin
    HubBenchOptions hubOptions;

    @Option(names = "--mib", defaultValue = "10", description = "Size of the file in MiB (at most 10; default: ${DEFAULT-VALUE})")
    int mib;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> report = BenchRun.header("kb-material");
        int size = Math.min(Material.SIZE_LIMIT, mib * 1024 * 1024);
        report.put("bytes", size);
        report.put("chunks", MaterialChunks.countFor(size));
        report.put("database", hubOptions.h2() ? "h2" : "postgresql");
        try (BenchRun run = BenchRun.create(options);
             var schema = hubOptions.schema();
             BenchHub hub = hubOptions.start(run, schema);
             HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
             Console editor = new Console(run.dir.resolve("k001"), http, hub, "K001", "K01");
             Console director = new Console(run.dir.resolve("c001"), http, hub, LoadTestOptions.DEMO_VERIFY_STAFF, "C01");
             Console agent = new Console(run.dir.resolve("a001"), http, hub, LoadTestOptions.DEMO_STAFF.getFirst(), "S07")) {
            for (Console c : List.of(editor, director, agent)) {
                c.engine.syncOnce(); // the demo feed, as consoles have it before
            }
            byte[] file = new byte[size];
            new SplittableRandom(options.seed).nextBytes(file);
            UUID item = editor.onDb(() -> editor.editorial.receiveNotice(editor.actor, "扫描件", "银行卡部")).itemId();

            Phase attach = Phase.start(hub);
            editor.onDb(() -> editor.editorial.attach(editor.actor, item, "scan.pdf", "application/pdf", file));
            attach.end(report, "attach");
            report.put("outbox_ops", editor.onDb(() -> new JooqOutboxRepository(editor.db).pendingCount()));

            Phase push = Phase.start(hub);
            SyncEngine.Round pushed = editor.engine.syncOnce();
            push.end(report, "push");
            report.put("pushed", pushed.pushed());
            report.put("rejected", pushed.rejected());

            Phase pull = Phase.start(hub);
            SyncEngine.Round pulled = director.engine.syncOnce();
            pull.end(report, "director_pull");
            report.put("director_changes", pulled.pulled());

            Phase open = Phase.start(hub);
            KeptMaterial kept = director.onDb(() -> director.editorial.materials(item)).getFirst();
            Reassembly whole = director.onDb(() -> director.editorial.content(kept.material()));
            open.end(report, "director_reassemble");
            boolean identical = whole instanceof Reassembly.Complete c && java.util.Arrays.equals(c.content(), file);
            report.put("identical", identical);

            Phase agentPull = Phase.start(hub);
            SyncEngine.Round agentRound = agent.engine.syncOnce();
            agentPull.end(report, "agent_pull");
            report.put("agent_changes", agentRound.pulled());
            report.put("agent_material", agent.onDb(() -> agent.editorial.materials(item)).size());
            BenchRun.print(report, options.json);
            return identical && pushed.rejected() == 0 ? 0 : 1;
        }
    }

    /// Wall and processor time of one phase, this process and the hub's.
    private record Phase(BenchHub hub, long wall, long cpu, double hubCpu) {
        static Phase start(BenchHub hub) {
            return new Phase(hub, System.nanoTime(), BenchRun.processCpuNanos(), hub.cpuSeconds());
        }

        void end(Map<String, Object> report, String name) {
            report.put(name + "_ms", (System.nanoTime() - wall) / 1_000_000);
            report.put(name + "_cpu_ms", (BenchRun.processCpuNanos() - cpu) / 1_000_000);
            report.put(name + "_hub_cpu_ms", Math.round((hub.cpuSeconds() - hubCpu) * 1000));
        }
    }

    /// A console: its H2 file, the editorial service and a sync engine as SeatContext builds them.
    private static final class Console implements AutoCloseable {
        final Database db;
        final DbExecutor executor = new DbExecutor();
        final EditorialService editorial;
        final SyncEngine engine;
        final Actor actor;

        Console(Path dir, HttpClient http, BenchHub hub, String staffNo, String seat) {
            Clock clock = Clock.systemUTC();
            db = Database.openFile(dir, "seat");
            editorial = new EditorialService(new JooqEditorialRepository(db), clock, new TimeOrderedIds(clock),
                    new MarkdownCleaner(), KbSections.NAMES);
            engine = new SyncEngine(new HubClient(http, hub.base, Duration.ofSeconds(60)), new JooqSyncRepository(db),
                    executor, new SyncStatusService(new JooqOutboxRepository(db), clock.instant()),
                    new HubClock(clock, Duration.ZERO), clock, Backoff.standard(new SplittableRandom()),
                    SyncEngine.Options.standard());
            HubWire.LoginAnswer me = engine.login(new HubCredentials(staffNo, LoadTestOptions.DEMO_PASSWORD, seat));
            actor = new Actor(me.staffId(), me.name(), Role.valueOf(me.role()));
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
}
