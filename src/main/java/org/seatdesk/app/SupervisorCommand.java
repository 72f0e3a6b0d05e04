package org.seatdesk.app;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// The supervisor console with a hub: like `seat`, but the pages are those of the role of who
/// logs in (shift monitor, directors, quality inspector, KB editor).
@Command(name = "supervisor", mixinStandardHelpOptions = true,
        description = "Open the supervisor console (roll call, duty log, approvals…) that syncs with a hub.")
final class SupervisorCommand implements Callable<Integer>, HubConsoleOptions.Face<SeatContext> {

    private final RenderFailures failures;

    SupervisorCommand(RenderFailures failures) {
        this.failures = failures;
    }

    @Mixin
    HubConsoleOptions options;

    @Option(names = "--seat", paramLabel = "CODE", description = "This workstation's seat code (default: the usual seat of who logs in)")
    String seat;

    @Override
    public Integer call() throws Exception {
        return options.launch(this, failures);
    }

    @Override
    public SeatContext open(Launch launch, URI hub) {
        // Nothing seeded: the first login is put to the hub, whose directory gives the staff,
        // settings, counters and the roster (ADR 0024), as `seat --hub` does.
        return launch.openSeat(Clock.systemUTC(), seat, hub);
    }

    @Override
    public Locale storedLocale(SeatContext context) {
        return context.settings.locale();
    }

    @Override
    public Console show(SeatContext context, Locale locale, Runnable onClosed) {
        SupervisorConsole console = SupervisorConsole.onScreen(context, locale, "", onClosed);
        console.showLogin();
        console.show();
        return console;
    }
}
