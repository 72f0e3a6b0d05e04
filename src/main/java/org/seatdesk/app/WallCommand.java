package org.seatdesk.app;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.seatdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/// The wall display of a room: logs in to the hub with a wall account and shows the roll call,
/// the live counts, the notices' titles and the clock, full-screen. It keeps no database.
@Command(name = "wall", mixinStandardHelpOptions = true,
        description = "Open the full-screen wall display of a room, fed by a hub (no customer data).")
final class WallCommand implements Callable<Integer>, HubConsoleOptions.Face<WallContext> {

    private final RenderFailures failures;

    WallCommand(RenderFailures failures) {
        this.failures = failures;
    }

    @Mixin
    HubConsoleOptions options;

    @Override
    public Integer call() throws Exception {
        return options.launch(this, failures);
    }

    @Override
    public WallContext open(Launch launch, URI hub) {
        return new WallContext(CompletableFuture.completedFuture(hub), Clock.systemUTC());
    }

    /// The wall has no stored settings: the machine's language if SeatDesk speaks it, else English.
    @Override
    public Locale storedLocale(WallContext context) {
        Locale machine = Locale.getDefault();
        return Messages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(machine.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    @Override
    public Console show(WallContext context, Locale locale, Runnable onClosed) {
        WallConsole console = WallConsole.onScreen(context, locale, "", onClosed);
        console.showLogin();
        console.show();
        return console;
    }
}
