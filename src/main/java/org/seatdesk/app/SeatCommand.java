package org.seatdesk.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// A seat console that syncs with a hub: it works from its local database as always, and after
/// the login the sync engine logs in to the hub as the same person and moves changes both ways.
@Command(name = "seat", mixinStandardHelpOptions = true,
        description = "Open a seat console that syncs with a hub.")
final class SeatCommand implements Callable<Integer> {

    @Option(names = "--hub", required = true, paramLabel = "URL", converter = Converters.HubUrl.class,
            description = "The hub's address, e.g. https://hub.example:8700")
    URI hub;

    @Option(names = "--seat", required = true, paramLabel = "CODE", description = "This workstation's seat code, e.g. S08")
    String seat;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: SEATDESK_DATA or the per-user data folder)")
    Path data;

    @Option(names = "--locale", paramLabel = "LANG", converter = Converters.UiLocale.class,
            description = "UI language for this run: en, zh_CN or es")
    Locale locale;

    @Override
    public Integer call() throws Exception {
        Path dataDir = DataDirectory.resolve(data);
        Launch launch = Launch.prepare(dataDir, false);
        if (launch.failed()) {
            return launch.exitCode();
        }
        try (launch) {
            CountDownLatch fxStarted = FxRuntime.startAsync();
            // Nobody is seeded: the first login is put to the hub, and the seat takes its staff,
            // settings and ticket counters from there (issue 4).
            SeatContext context = launch.openSeat(Clock.systemUTC(), seat, hub);
            fxStarted.await();
            Locale uiLocale = locale != null ? locale : context.settings.locale();
            CountDownLatch closed = new CountDownLatch(1);
            FxRuntime.call(() -> open(context, uiLocale, closed));
            closed.await();
            context.close();
            return 0;
        } finally {
            Platform.exit();
        }
    }

    private SeatConsole open(SeatContext context, Locale uiLocale, CountDownLatch closed) {
        SeatConsole console = SeatConsole.onScreen(context, uiLocale, "", Face.seat, closed::countDown);
        console.showLogin();
        console.show();
        return console;
    }
}
