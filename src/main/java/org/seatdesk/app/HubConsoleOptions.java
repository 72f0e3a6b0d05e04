package org.seatdesk.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;


import org.seatdesk.i18n.Messages;
import picocli.CommandLine.Option;

/// The options and the launch sequence shared by the consoles that talk to a hub (`seat`,
/// `supervisor`, `wall`): a picocli mixin, so each command only says how it opens its face.
final class HubConsoleOptions {

    @Option(names = "--hub", required = true, paramLabel = "URL", converter = Converters.HubUrl.class,
            description = "The hub's address, e.g. https://hub.example:8700")
    URI hub;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: SEATDESK_DATA or the per-user data folder)")
    Path data;

    @Option(names = "--locale", paramLabel = "LANG", converter = Converters.UiLocale.class,
            description = "UI language for this run: en, zh_CN or es")
    Locale locale;

    /// How one command builds its services and its window.
    interface Face<C extends AutoCloseable> {

        /// Builds the services; runs while the toolkit starts.
        C open(Launch launch, URI hub) throws Exception;

        /// The UI language when `--locale` is not given.
        Locale storedLocale(C context);

        /// On the JavaFX thread: the window, shown; `onClosed` runs when it closes.
        Console show(C context, Locale locale, Runnable onClosed);
    }

    /// Prepares the data directory, starts the toolkit and the services, shows the window and
    /// waits until it is closed; returns the process exit code. A broken screen offers a restart.
    <C extends AutoCloseable> int launch(Face<C> face, RenderFailures failures) throws Exception {
        Launch launch = Launch.prepare(DataDirectory.resolve(data), false);
        if (launch.failed()) {
            return launch.exitCode();
        }
        try (launch) {
            FxStart fxStarted = FxRuntime.startAsync();
            C context = face.open(launch, hub);
            try (context) {
                fxStarted.await();
                Locale uiLocale = locale != null ? locale : face.storedLocale(context);
                CountDownLatch closed = new CountDownLatch(1);
                FxRuntime.run(() -> {
                    Console console = face.show(context, uiLocale, closed::countDown);
                    RestartOffer.attach(console.scene().getWindow(), new Messages(uiLocale), failures);
                });
                closed.await();
            }
            return 0;
        } finally {
            FxRuntime.exit();
        }
    }
}
