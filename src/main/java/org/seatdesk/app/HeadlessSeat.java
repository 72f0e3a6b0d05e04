package org.seatdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.stage.Stage;

/// The real seat console on a data directory, drawn off-screen by JavaFX's headless platform and
/// logged in: the hook through which tools outside this package (the benchmarks in
/// `org.seatdesk.bench`) drive it. One per JVM: the JavaFX toolkit cannot start twice.
public final class HeadlessSeat implements AutoCloseable {

    private final Launch launch;
    private final SeatContext context;
    private final SeatConsole console;

    private HeadlessSeat(Launch launch, SeatContext context, SeatConsole console) {
        this.launch = launch;
        this.context = context;
        this.console = console;
    }

    /// Opens the console at 1366×768 (the smaller target resolution; JavaFX 26's headless screen is
    /// 1000×1000 and larger windows throw on every frame), logs in and returns once the queue shows its first page.
    public static HeadlessSeat open(Path dataDir, String staffNo, String password, Duration timeout) throws Exception {
        FxRuntime.useHeadlessPlatform();
        Launch launch = Launch.prepare(dataDir, true);
        if (launch.failed()) {
            throw new IllegalStateException("Cannot open the console on " + dataDir + " (exit " + launch.exitCode() + ")");
        }
        SeatContext context = null;
        try {
            CountDownLatch fxStarted = FxRuntime.startAsync();
            context = launch.openSeat(Clock.systemUTC(), null);
            fxStarted.await();
            SeatContext opened = context;
            SeatConsole console = FxRuntime.call(() -> {
                Stage stage = new Stage();
                SeatConsole seat = new SeatConsole(opened, stage, Locale.ENGLISH, "", 1366, 768, Face.seat);
                seat.showLogin();
                stage.show();
                seat.login().staffNoProperty().set(staffNo);
                seat.login().passwordProperty().set(password);
                seat.login().login();
                return seat;
            });
            if (!FxRuntime.await(() -> console.readyProperty().get(), timeout)) {
                String error = FxRuntime.call(() -> console.login().errorProperty().get());
                throw new IllegalStateException("The console was not ready within " + timeout
                        + (error.isEmpty() ? "" : "; login said: " + error));
            }
            return new HeadlessSeat(launch, context, console);
        } catch (Exception | Error e) {
            if (context != null) {
                context.close();
            }
            launch.close();
            Platform.exit();
            throw e;
        }
    }

    public SeatConsole console() {
        return console;
    }

    /// Completes when the seat's knowledge-base index is up to date (built on a first start).
    public java.util.concurrent.CompletableFuture<Void> knowledgeBaseReady() {
        return context.kb.ready();
    }

    /// The view model of the knowledge-base page (after the login): `bench kb-ui` waits on the
    /// result lists it shows.
    public org.seatdesk.kb.ui.KbSearchViewModel knowledgeBasePage() {
        return console.knowledgeBase().pageModel();
    }

    /// Runs `work` on the JavaFX thread and returns its result.
    public <T> T onFx(Callable<T> work) {
        return FxRuntime.call(work);
    }

    public void onFx(Runnable work) {
        FxRuntime.run(work);
    }

    /// Finishes queued database work, closes the database and stops the toolkit.
    @Override
    public void close() throws IOException {
        try {
            context.close();
            launch.close();
        } finally {
            Platform.exit();
        }
    }
}
