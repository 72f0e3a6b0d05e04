package org.seatdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;

import org.seatdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// The embedded default: a console on a local H2 database in the user's data directory,
/// seeded with the demo centre on first start.
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Open a console on the embedded default (local database with demo data).")
final class DemoCommand implements Callable<Integer> {

    static final String DEMO_STAFF = "A001";
    static final String DEMO_PASSWORD = "demo";
    static final String DEMO_MONITOR = "M001";

    @Option(names = "--face", description = "seat, supervisor or wall (default: ${DEFAULT-VALUE})", defaultValue = "seat")
    Face face;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: SEATDESK_DATA or the per-user data folder)")
    Path data;

    @Option(names = "--locale", paramLabel = "LANG", converter = Converters.UiLocale.class,
            description = "UI language for this run: en, zh_CN or es")
    Locale locale;

    @Option(names = "--exit-when-ready", description = "Start, log in as the demo agent, print ready_ms=N once the console shows its data, and exit")
    boolean exitWhenReady;

    @Override
    public Integer call() throws Exception {
        Path dataDir = DataDirectory.resolve(data);
        Launch launch = Launch.prepare(dataDir, exitWhenReady);
        if (launch.failed()) {
            return launch.exitCode();
        }
        try (launch) {
            CountDownLatch fxStarted = FxRuntime.startAsync();
            Warmup.startInBackground();
            StartupTimer timer = new StartupTimer();
            SeatContext context = launch.openSeat(Clock.systemUTC(), null);
            timer.mark("database");
            Demo.seed(context);
            timer.mark("demo data");
            fxStarted.await();
            timer.mark("toolkit");
            Locale uiLocale = locale != null ? locale : context.settings.locale();
            CountDownLatch closed = new CountDownLatch(1);
            Console console = FxRuntime.call(() -> open(context, uiLocale, closed));
            timer.mark("window");
            if (exitWhenReady) {
                FxRuntime.run(() -> {
                    if (console.login() == null) {
                        return; // a face without a login form
                    }
                    console.login().staffNoProperty().set(demoStaff());
                    console.login().passwordProperty().set(DEMO_PASSWORD);
                    console.login().login();
                });
                if (!FxRuntime.await(() -> console.readyProperty().get(), Duration.ofSeconds(60))) {
                    System.err.println("The console did not become ready within 60 s; see the log in " + dataDir.resolve("logs"));
                    return 1;
                }
                timer.mark("login and queue");
                long readyMs = timer.sinceJvmStart().toMillis();
                timer.log();
                System.out.println("ready_ms=" + readyMs);
                System.out.flush();
            } else {
                closed.await();
            }
            context.close();
            return 0;
        } finally {
            Platform.exit();
        }
    }

    /// The demo login this face opens with: the agent, the shift monitor, or the wall.
    String demoStaff() {
        return switch (face) {
            case seat -> DEMO_STAFF;
            case supervisor -> DEMO_MONITOR;
            case wall -> HubCommand.DEMO_WALL_STAFF;
        };
    }

    private Console open(SeatContext context, Locale uiLocale, CountDownLatch closed) {
        String hint = new Messages(uiLocale).get("login.demoHint", demoStaff(), DEMO_PASSWORD);
        Console console = switch (face) {
            case seat -> SeatConsole.onScreen(context, uiLocale, hint, Face.seat, closed::countDown);
            case supervisor -> SupervisorConsole.onScreen(context, uiLocale, hint, closed::countDown);
            case wall -> WallConsole.placeholder(uiLocale, closed::countDown);
        };
        console.showLogin();
        console.show();
        return console;
    }
}
