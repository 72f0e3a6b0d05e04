package org.seatdesk.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.seatdesk.i18n.Messages;
import org.seatdesk.rollcall.Mark;
import org.seatdesk.roster.RosterEdit;
import org.seatdesk.security.LoginResult;
import org.seatdesk.store.JooqRosterRecords;
import org.seatdesk.ticket.Author;

/// The snapshots of the room (issue 5): the supervisor's roll call, the monitor's inbox with a
/// change the hub refused (issue 4), and the wall showing the roll call through the hub, online
/// and after the hub went away.
final class RoomSnapshots {

    interface Writer {
        void write(Scene scene, String name) throws IOException, InterruptedException;
    }

    private final Path dataDir;
    private final CompletionStage<URI> hub;
    private final Locale locale;
    private final double width;
    private final double height;
    private final Writer writer;

    RoomSnapshots(Path dataDir, CompletionStage<URI> hub, Locale locale, double width, double height, Writer writer) {
        this.dataDir = dataDir;
        this.hub = hub;
        this.locale = locale;
        this.width = width;
        this.height = height;
        this.writer = writer;
    }

    void writeAll() throws Exception {
        Messages messages = new Messages(locale);
        // The monitor's own console: another workstation, so its own data directory.
        try (SeatContext monitorSeat = new SeatContext(dataDir.resolve("monitor"), Clock.systemUTC(), null, hub);
             WallContext wallContext = new WallContext(hub, Clock.systemUTC())) {
            Demo.seedPeople(monitorSeat);
            SupervisorConsole supervisor = FxRuntime.call(() -> {
                Stage stage = new Stage();
                SupervisorConsole created = new SupervisorConsole(monitorSeat, stage, locale,
                        messages.get("login.demoHint", DemoCommand.DEMO_MONITOR, DemoCommand.DEMO_PASSWORD), width, height);
                stage.show();
                created.showLogin();
                created.login().staffNoProperty().set(DemoCommand.DEMO_MONITOR);
                created.login().passwordProperty().set(DemoCommand.DEMO_PASSWORD);
                created.login().login();
                return created;
            });
            SnapshotCommand.require(FxRuntime.await(() -> supervisor.readyProperty().get()
                    && supervisor.rollCall() != null && !supervisor.rollCall().rows().isEmpty(), Duration.ofSeconds(30)), "roll call");
            // Every state once: someone on approved leave is called with A and shows as on leave (R-SH-1).
            Mark[] marks = {Mark.PRESENT, Mark.LATE, Mark.PRESENT, Mark.ABSENT, Mark.PRESENT, Mark.PRESENT};
            FxRuntime.run(() -> {
                int n = Math.min(marks.length, supervisor.rollCall().rows().size());
                for (int i = 0, next = 0; i < n; i++) {
                    supervisor.rollCall().mark(i, supervisor.rollCall().rows().get(i).onLeave() ? Mark.ABSENT : marks[next++]);
                }
            });
            SnapshotCommand.require(FxRuntime.await(() -> supervisor.rollCall().rows().stream()
                    .filter(r -> r.mark() != null).count() >= Math.min(marks.length, supervisor.rollCall().rows().size()),
                    Duration.ofSeconds(20)), "marks saved");
            writer.write(supervisor.scene(), "roll-call.png");
            monitorInbox(monitorSeat, supervisor);

            WallConsole wall = FxRuntime.call(() -> {
                Stage stage = new Stage();
                WallConsole created = new WallConsole(wallContext, stage, locale, "", width, height, false);
                stage.show();
                created.showLogin();
                created.login().staffNoProperty().set(HubCommand.DEMO_WALL_STAFF);
                created.login().passwordProperty().set(DemoCommand.DEMO_PASSWORD);
                created.login().login();
                return created;
            });
            SnapshotCommand.require(FxRuntime.await(() -> wall.readyProperty().get()
                    && wallContext.board.snapshot(Instant.now()).rollCall().size() >= 3, Duration.ofSeconds(60)), "wall fed");
            FxRuntime.run(() -> wall.wall().refresh());
            writer.write(wall.scene(), "wall.png");

            // The error state (design principle 8): the hub away, the wall says since when and keeps
            // what it had. The engine is stopped first so that it cannot report the hub back meanwhile.
            wallContext.close();
            wallContext.sync.offline(Instant.now());
            FxRuntime.run(() -> wall.wall().refresh());
            writer.write(wall.scene(), "wall-offline.png");
        }
    }

    /// A roster edit queued as an older console could have: only the department director changes
    /// the roster (ADR 0018), so the real hub refuses it, and the open inbox shows the refusal
    /// when the push's answer arrives.
    private void monitorInbox(SeatContext monitorSeat, SupervisorConsole supervisor) throws Exception {
        FxRuntime.run(supervisor::openInbox);
        CompletableFuture.runAsync(() -> {
            Author monitor = ((LoginResult.Success) monitorSeat.auth.login(DemoCommand.DEMO_MONITOR,
                    DemoCommand.DEMO_PASSWORD)).session().author();
            RosterEdit edit = new RosterEdit(UUID.randomUUID(), monitor.staffId(),
                    LocalDate.now(monitorSeat.clock.withZone(monitorSeat.zone)).plusDays(3), null, null,
                    monitor.staffId(), monitorSeat.clock.instant());
            new JooqRosterRecords(monitorSeat.database, monitorSeat.zone).submit(List.of(edit));
        }, monitorSeat.dbExecutor).join();
        monitorSeat.nudgeSync();
        SnapshotCommand.require(FxRuntime.await(() -> !supervisor.hubRefusals().cards().isEmpty(), Duration.ofSeconds(30)),
                "refusal shown");
        SnapshotCommand.settle();
        writer.write(supervisor.scene(), "supervisor-inbox.png");
    }
}
