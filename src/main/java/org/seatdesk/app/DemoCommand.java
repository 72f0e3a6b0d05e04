package org.seatdesk.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;

import org.seatdesk.demo.DemoCentre;
import org.seatdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// The embedded default: a console on a local H2 database in the demo's own data directory (ADR 0037),
/// seeded with the demo centre on first start, syncing with a hub that runs in this process
/// (ADR 0010) over its own database in the same directory.
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Open a console on the embedded default (local database with demo data).")
final class DemoCommand implements Callable<Integer> {

    static final String DEMO_STAFF = "A001";
    static final String DEMO_PASSWORD = "demo";
    static final String DEMO_MONITOR = "M001";

    private final RenderFailures failures;

    DemoCommand(RenderFailures failures) {
        this.failures = failures;
    }

    @Option(names = "--face", description = "seat, supervisor or wall (default: ${DEFAULT-VALUE})", defaultValue = "seat")
    Face face;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: demo in SEATDESK_DATA or the per-user data folder)")
    Path data;

    @Option(names = "--locale", paramLabel = "LANG", converter = Converters.UiLocale.class,
            description = "UI language for this run: en, zh_CN or es")
    Locale locale;

    /// A login screen left alone this long gets its hub anyway (other consoles may join it).
    static final Duration HUB_START_LATEST = Duration.ofSeconds(5);

    @Option(names = "--hub-port", paramLabel = "P", defaultValue = "0",
            description = "Port of the in-process hub on 127.0.0.1, for other consoles to join (default: a free port)")
    int hubPort;

    @Option(names = "--exit-when-ready", description = "Start, log in as the demo agent, print ready_ms=N once the console shows its data, and exit")
    boolean exitWhenReady;

    @Override
    public Integer call() throws Exception {
        Path dataDir = DataDirectory.demo(data);
        Launch launch = Launch.prepare(dataDir, exitWhenReady);
        if (launch.failed()) {
            return launch.exitCode();
        }
        try (launch) {
            FxStart fxStarted = FxRuntime.startAsync();
            Warmup.startInBackground();
            StartupTimer timer = new StartupTimer();
            Clock clock = Clock.systemUTC();
            CompletableFuture<URI> hubAddress = new CompletableFuture<>();
            SeatContext context = launch.openSeat(clock, null, hubAddress);
            timer.mark("database");
            Supplier<DemoCentre.Data> centre = Demo.centre(context);
            Demo.seed(context, centre);
            timer.mark("demo data");
            InProcessHub hub = new InProcessHub(dataDir, hubPort, clock, centre, Demo.centreId(context));
            hub.address().thenAccept(hubAddress::complete);
            fxStarted.await();
            timer.mark("toolkit");
            Locale uiLocale = locale != null ? locale : context.settings.locale();
            CountDownLatch closed = new CountDownLatch(1);
            WallContext wall = face == Face.wall ? new WallContext(hubAddress, clock) : null;
            Console console = FxRuntime.call(() -> open(context, wall, uiLocale, closed));
            timer.mark("window");
            CompletableFuture<Boolean> ready = exitWhenReady ? readyTimed(console, timer) : null;
            startHubOffThePath(hub, console);
            if (exitWhenReady) {
                FxRuntime.run(() -> {
                    if (console.login() == null) {
                        return; // a face without a login form
                    }
                    console.login().staffNoProperty().set(demoStaff());
                    console.login().passwordProperty().set(DEMO_PASSWORD);
                    console.login().login();
                });
                if (!ready.completeOnTimeout(false, 60, TimeUnit.SECONDS).join()) {
                    System.err.println("The console did not become ready within 60 s; see the log in " + dataDir.resolve("logs"));
                    return 1;
                }
                timer.markReady("login and queue");
                long readyMs = timer.untilReady().toMillis();
                timer.log();
                System.out.println("ready_ms=" + readyMs);
                System.out.flush();
            } else {
                closed.await();
            }
            if (wall != null) {
                wall.close();
            }
            context.close(); // stops syncing first, then the hub goes
            hub.close();
            return 0;
        } finally {
            FxRuntime.exit();
        }
    }

    /// Completes with true when the console turns ready, having told the timer at that moment (on
    /// the JavaFX thread, before the hub that waits for ready starts: it is subscribed first).
    private static CompletableFuture<Boolean> readyTimed(Console console, StartupTimer timer) {
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        FxRuntime.run(() -> console.readyProperty().subscribe(isReady -> {
            if (isReady && !ready.isDone()) {
                timer.ready();
                ready.complete(true);
            }
        }));
        return ready;
    }

    /// The hub is off the path to the first usable window (ADR 0010) and to the first queue too: on
    /// two cores, start-up keeps both busy (docs/performance.md), and a hub starting beside the
    /// login (its own H2, Jetty, jOOQ) slows it by about as much as it costs. So it starts once
    /// the console shows its data, or after a few seconds on a login screen left alone (not while a
    /// login runs: on a loaded machine a login can take longer than the wait); at once for the
    /// wall, which logs in at the hub. The console works offline until it answers.
    private void startHubOffThePath(InProcessHub hub, Console console) {
        if (face == Face.wall) {
            hub.startInBackground();
            return;
        }
        FxRuntime.run(() -> console.readyProperty().subscribe(ready -> {
            if (ready) {
                hub.startInBackground();
            }
        }));
        if (exitWhenReady) {
            // no login screen is left alone: the login runs at once, and between its answer and
            // the queue (a loaded machine) the fallback below would start the hub on the path
            return;
        }
        CompletableFuture.delayedExecutor(HUB_START_LATEST.toSeconds(), TimeUnit.SECONDS).execute(() -> Platform.runLater(() -> {
            var login = console.login();
            if (login == null || !login.busyProperty().get()) {
                hub.startInBackground(); // a login screen left alone
                return;
            }
            // a login is running: a success is followed by ready, which starts the hub; a refusal
            // leaves its message, and the hub starts then
            login.busyProperty().subscribe(busy -> {
                if (!busy) {
                    Platform.runLater(() -> {
                        if (!login.errorProperty().get().isEmpty()) {
                            hub.startInBackground();
                        }
                    });
                }
            });
        }));
    }

    /// The demo login this face opens with: the agent, the shift monitor, or the wall.
    String demoStaff() {
        return switch (face) {
            case seat -> DEMO_STAFF;
            case supervisor -> DEMO_MONITOR;
            case wall -> HubCommand.DEMO_WALL_STAFF;
        };
    }

    private Console open(SeatContext context, WallContext wallContext, Locale uiLocale, CountDownLatch closed) {
        String hint = new Messages(uiLocale).get("login.demoHint", demoStaff(), DEMO_PASSWORD);
        Console console = switch (face) {
            case seat -> SeatConsole.onScreen(context, uiLocale, hint, Face.seat, closed::countDown);
            case supervisor -> SupervisorConsole.onScreen(context, uiLocale, hint, closed::countDown);
            case wall -> WallConsole.onScreen(wallContext, uiLocale, hint, closed::countDown);
        };
        console.showLogin();
        console.show();
        RestartOffer.attach(console.scene().getWindow(), new Messages(uiLocale), failures);
        return console;
    }
}
