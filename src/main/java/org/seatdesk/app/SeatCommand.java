package org.seatdesk.app;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// A seat console that syncs with a hub: it works from its local database as always, and after
/// the login the sync engine logs in to the hub as the same person and moves changes both ways.
@Command(name = "seat", mixinStandardHelpOptions = true,
        description = "Open a seat console that syncs with a hub.")
final class SeatCommand implements Callable<Integer>, HubConsoleOptions.Face<SeatContext> {

    private final RenderFailures failures;

    SeatCommand(RenderFailures failures) {
        this.failures = failures;
    }

    @Mixin
    HubConsoleOptions options;

    @Option(names = "--seat", required = true, paramLabel = "CODE", description = "This workstation's seat code, e.g. S08")
    String seat;

    @Override
    public Integer call() throws Exception {
        return options.launch(this, failures);
    }

    @Override
    public SeatContext open(Launch launch, URI hub) {
        // Nobody is seeded: the first login is put to the hub, and the seat takes its staff,
        // settings and ticket counters from there (issue 4).
        return launch.openSeat(Clock.systemUTC(), seat, hub);
    }

    @Override
    public Locale storedLocale(SeatContext context) {
        return context.settings.locale();
    }

    @Override
    public Console show(SeatContext context, Locale locale, Runnable onClosed) {
        SeatConsole console = SeatConsole.onScreen(context, locale, "", Face.seat, onClosed);
        console.showLogin();
        console.show();
        return console;
    }
}
