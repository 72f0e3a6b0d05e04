package org.seatdesk.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.Assignment;
import org.seatdesk.roster.RosterServices;
import org.seatdesk.roster.ShiftType;
import org.seatdesk.roster.ui.RosterGridView;
import org.seatdesk.roster.ui.RosterPages;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.settings.Settings;
import org.seatdesk.store.BenchData;
import org.seatdesk.store.Database;
import org.seatdesk.store.DbExecutor;
import org.seatdesk.store.JooqRosterRecords;
import org.seatdesk.store.JooqSettingRepository;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ui.Background;
import org.seatdesk.ui.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `seatdesk bench roster`: the director's week view for N staff (issue 5: 300 staff in ≤ 200 ms).
/// Each run switches the grid to another week and times, on the real path, the read from H2 on
/// the database executor, the week model with its conflict checks, and the grid laid out and
/// rendered on the JavaFX thread (headless, software pipeline) at 1920×1080.
@Command(name = "roster", mixinStandardHelpOptions = true,
        description = "Time the roster week view (load, model, layout, render) for N staff.")
final class RosterBench implements Callable<Integer> {

    @Mixin
    BenchOptions options;

    @Option(names = "--staff", defaultValue = "300", description = "Staff on the roster (default: ${DEFAULT-VALUE})")
    int staff;

    @Option(names = "--runs", defaultValue = "60", description = "Timed week switches (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "15", description = "Untimed switches first (default: ${DEFAULT-VALUE})")
    int warmup;

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /// The three shift types and the eight-day rotation of the roster benchmarks (also `bench directory`).
    static final List<ShiftType> TYPES = List.of(
            new ShiftType("DAY", "白班", "Day shift", LocalTime.of(8, 0), LocalTime.of(16, 0)),
            new ShiftType("MIDDLE", "中班", "Middle shift", LocalTime.of(12, 0), LocalTime.of(20, 0)),
            new ShiftType("NIGHT", "夜班", "Night shift", LocalTime.of(20, 0), LocalTime.of(8, 0)));
    /// Who looks at the grid: the department director, as in the centre (the grid is theirs to edit).
    private static final org.seatdesk.security.Staff DIRECTOR = new org.seatdesk.security.Staff(
            java.util.UUID.nameUUIDFromBytes("bench-director".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "D0000",
            "主任", org.seatdesk.security.Role.DEPARTMENT_DIRECTOR, org.seatdesk.security.Grade.SENIOR, "MANAGEMENT", "HQ",
            "CN", null, true);
    static final String[] ROTATION = {"DAY", "DAY", "MIDDLE", "MIDDLE", "NIGHT", "NIGHT", null, null};

    @Override
    public Integer call() throws Exception {
        Map<String, Object> report = BenchRun.header("roster");
        LocalDate monday = LocalDate.of(2026, 11, 23);
        List<Long> nanos = new ArrayList<>();
        List<Long> model = new ArrayList<>();
        RosterServices roster;
        try (BenchRun run = BenchRun.create(options); Database db = Database.openFile(run.dir, "seat");
             DbExecutor executor = new DbExecutor()) {
            seed(db, monday);
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(() -> {
                Theme.install();
                started.countDown();
            });
            started.await();
            Settings settings = new Settings(new JooqSettingRepository(db));
            roster = RosterServices.over(new JooqRosterRecords(db, ZONE), settings,
                    java.time.Clock.fixed(monday.atTime(9, 0).atZone(ZONE).toInstant(), ZONE),
                    new TimeOrderedIds(java.time.Clock.systemUTC()));
            Background background = new Background(executor, Platform::runLater);
            Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
            RosterGridView[] grid = new RosterGridView[1];
            Scene[] scene = new Scene[1];
            CountDownLatch shown = new CountDownLatch(1);
            Platform.runLater(() -> {
                grid[0] = RosterPages.grid(roster, DIRECTOR, messages, background,
                        java.time.Clock.fixed(monday.atStartOfDay(ZONE).toInstant(), ZONE), ZONE, () -> { });
                scene[0] = Theme.scene(grid[0].root(), 1920, 1080);
                new Stage().setScene(scene[0]);
                shown.countDown();
            });
            shown.await();
            for (int i = 0; i < warmup + runs; i++) {
                long took = switchWeek(grid[0], scene[0], i % 2 == 0);
                if (i >= warmup) {
                    nanos.add(took);
                }
            }
            Platform.exit();
            // The share of the database read and the model alone, on this thread.
            for (int i = 0; i < warmup + runs; i++) {
                long start = System.nanoTime();
                roster.planner().week(monday.plusDays(7L * (i % 3 - 1)));
                if (i >= warmup) {
                    model.add(System.nanoTime() - start);
                }
            }
        }
        Stats stats = Stats.ofNanos(SaveBench.toArray(nanos));
        report.put("staff", staff);
        report.put("cells", staff * 7);
        report.put("measured", "next/previous week: H2 read + week model with back-to-back checks + grid laid out and rendered (snapshot) at 1920x1080");
        report.put("week_switch", stats.toMap());
        report.put("load_and_model_only", Stats.ofNanos(SaveBench.toArray(model)).toMap());
        report.put("target_ms", 200);
        report.put("target_met", stats.p99() <= 200);
        BenchRun.print(report, options.json);
        return 0;
    }

    /// From the click to a rendered frame: the grid reloads through the real view model.
    private static long switchWeek(RosterGridView grid, Scene scene, boolean forward) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        long[] took = new long[1];
        Platform.runLater(() -> {
            long start = System.nanoTime();
            var week = ((javafx.scene.control.TableView<?>) grid.root().lookup("#roster-grid")).getItems();
            javafx.collections.ListChangeListener<Object> rows = new javafx.collections.ListChangeListener<>() {
                @Override
                public void onChanged(Change<?> c) {
                    week.removeListener(this);
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    scene.snapshot(null);
                    took[0] = System.nanoTime() - start;
                    done.countDown();
                }
            };
            week.addListener(rows);
            grid.root().lookup(forward ? "#roster-next-week" : "#roster-previous-week")
                    .fireEvent(new javafx.event.ActionEvent());
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the week did not load within 30 s");
        }
        return took[0];
    }

    /// `staff` agents on an eight-day rotation over five weeks around `monday`.
    private void seed(Database db, LocalDate monday) {
        String hash = new PasswordHasher().hash("bench");
        List<Assignment> shifts = new ArrayList<>();
        for (int i = 0; i < staff; i++) {
            String seat = "S" + (i % 999 + 1);
            var id = BenchData.insertAgent(db, String.format("B%04d", i), "坐席" + i, seat.length() > 8 ? null : seat, hash);
            for (LocalDate d = monday.minusDays(14); d.isBefore(monday.plusDays(21)); d = d.plusDays(1)) {
                String code = ROTATION[Math.floorMod(d.toEpochDay() + i, ROTATION.length)];
                if (code != null) {
                    shifts.add(new Assignment(id, d, code, seat));
                }
            }
        }
        BenchData.insertRoster(db, TYPES, shifts);
    }
}
