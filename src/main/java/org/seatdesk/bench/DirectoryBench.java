package org.seatdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seatdesk.roster.Assignment;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.settings.Settings;
import org.seatdesk.store.BenchData;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqHubStore;
import org.seatdesk.store.JooqSettingRepository;
import org.seatdesk.store.JooqSyncRepository;
import org.seatdesk.sync.Directory;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.RosterDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `seatdesk bench directory`: the hub's directory for N staff with the roster of its window
/// (ADR 0024) — its JSON size, the hub's time to read it, and a seat's time to apply it, on a
/// fresh seat and again (every login of the sync engine applies it again). Real H2 files, the
/// real store code on both sides; no HTTP (the bytes are what would travel).
@Command(name = "directory", mixinStandardHelpOptions = true,
        description = "Size of the hub's directory with the roster for N staff, and the time to read and apply it.")
final class DirectoryBench implements Callable<Integer> {

    @Mixin
    BenchOptions options;

    @Option(names = "--staff", defaultValue = "300", description = "Staff on the roster (default: ${DEFAULT-VALUE})")
    int staff;

    @Option(names = "--runs", defaultValue = "20", description = "Timed reads and applies (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed rounds first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() {
        Map<String, Object> report = BenchRun.header("directory");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (BenchRun run = BenchRun.create(options); Database hubDb = Database.openFile(run.dir, "hub")) {
            ZoneId zone = ZoneId.of(new Settings(new JooqSettingRepository(hubDb)).get("centre.zone"));
            Instant now = Instant.now();
            int shifts = seed(hubDb, LocalDate.ofInstant(now, zone));
            JooqHubStore hub = new JooqHubStore(hubDb);
            List<Long> readNanos = new ArrayList<>();
            List<Long> readCpu = new ArrayList<>();
            byte[] json = null;
            for (int i = 0; i < warmup + runs; i++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                json = Payloads.json(hub.directory("S07", null, now)).getBytes(StandardCharsets.UTF_8);
                if (i >= warmup) {
                    readNanos.add(System.nanoTime() - start);
                    readCpu.add(threads.getCurrentThreadCpuTime() - cpu);
                }
            }
            Directory directory = Payloads.read(new String(json, StandardCharsets.UTF_8), Directory.class);
            List<Long> applyNanos = new ArrayList<>();
            List<Long> applyCpu = new ArrayList<>();
            long firstNanos;
            long firstCpu;
            try (Database seatDb = Database.openFile(run.dir, "seat")) {
                JooqSyncRepository seat = new JooqSyncRepository(seatDb);
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                seat.applyDirectory(directory, null, null); // an empty seat: every row is new
                firstNanos = System.nanoTime() - start;
                firstCpu = threads.getCurrentThreadCpuTime() - cpu;
                for (int i = 0; i < warmup + runs; i++) {
                    cpu = threads.getCurrentThreadCpuTime();
                    start = System.nanoTime();
                    seat.applyDirectory(directory, null, null);
                    if (i >= warmup) {
                        applyNanos.add(System.nanoTime() - start);
                        applyCpu.add(threads.getCurrentThreadCpuTime() - cpu);
                    }
                }
            }
            report.put("staff", staff);
            report.put("window_days", RosterDirectory.DAYS_BACK + RosterDirectory.DAYS_AHEAD + 1);
            report.put("shifts_in_window", shifts);
            report.put("json_bytes", json.length);
            report.put("json_bytes_roster", Payloads.json(directory.roster()).getBytes(StandardCharsets.UTF_8).length);
            report.put("measured", "hub: JooqHubStore.directory + JSON; seat: JSON already parsed, applyDirectory in one transaction");
            report.put("hub_read_and_json", Stats.ofNanos(SaveBench.toArray(readNanos)).toMap());
            report.put("hub_read_and_json_thread_cpu", Stats.ofNanos(SaveBench.toArray(readCpu)).toMap());
            report.put("seat_first_apply_ms", firstNanos / 1_000_000.0);
            report.put("seat_first_apply_thread_cpu_ms", firstCpu / 1_000_000.0);
            report.put("seat_apply_again", Stats.ofNanos(SaveBench.toArray(applyNanos)).toMap());
            report.put("seat_apply_again_thread_cpu", Stats.ofNanos(SaveBench.toArray(applyCpu)).toMap());
        }
        BenchRun.print(report, options.json);
        return 0;
    }

    /// `staff` agents, each at a seat of their own, on an eight-day rotation over the window and
    /// a week either side of it. Returns the shifts in the window.
    private int seed(Database db, LocalDate today) {
        String hash = new PasswordHasher().hash("bench");
        RosterDirectory.Window window = RosterDirectory.Window.around(today);
        List<Assignment> shifts = new ArrayList<>();
        for (int i = 0; i < staff; i++) {
            String seat = "S" + (i % 999 + 1);
            var id = BenchData.insertAgent(db, String.format("B%04d", i), "坐席" + i, seat, hash);
            for (LocalDate d = window.from().minusDays(7); !d.isAfter(window.to().plusDays(7)); d = d.plusDays(1)) {
                String code = RosterBench.ROTATION[Math.floorMod(d.toEpochDay() + i, RosterBench.ROTATION.length)];
                if (code != null) {
                    // one day in ten at another seat: the plan's exceptions
                    shifts.add(new Assignment(id, d, code, d.getDayOfMonth() % 10 == i % 10 ? "S" + (i % 999 + 2) : seat));
                }
            }
        }
        BenchData.insertRoster(db, RosterBench.TYPES, shifts);
        return (int) shifts.stream().filter(a -> !a.workDay().isBefore(window.from()) && !a.workDay().isAfter(window.to()))
                .count();
    }
}
