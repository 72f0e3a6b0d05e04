package org.seatdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import javafx.stage.Stage;

/// The real seat console on a data directory, drawn off-screen by JavaFX's headless platform (or in
/// a real window) and logged in: the hook through which tools outside this package (the benchmarks in
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
        return open(dataDir, staffNo, password, timeout, 0, 0);
    }

    /// As [#open(Path, String, String, Duration)], but with `width` × `height` > 0 in a real window on
    /// the display (`DISPLAY`; under Xvfb JavaFX falls back to its software pipeline, whose pixel
    /// buffers live in the Java heap: what a virtual desktop's seat costs, not what a snapshot costs).
    public static HeadlessSeat open(Path dataDir, String staffNo, String password, Duration timeout,
                                    int width, int height) throws Exception {
        boolean onScreen = width > 0 && height > 0;
        if (!onScreen) {
            FxRuntime.useHeadlessPlatform();
        }
        Launch launch = Launch.prepare(dataDir, true);
        if (launch.failed()) {
            throw new IllegalStateException("Cannot open the console on " + dataDir + " (exit " + launch.exitCode() + ")");
        }
        SeatContext context = null;
        try {
            FxStart fxStarted = FxRuntime.startAsync();
            context = launch.openSeat(Clock.systemUTC(), null);
            fxStarted.await();
            SeatContext opened = context;
            SeatConsole console = FxRuntime.call(() -> {
                Stage stage = new Stage();
                SeatConsole seat = new SeatConsole(opened, stage, Locale.ENGLISH, "",
                        onScreen ? width : 1366, onScreen ? height : 768, Face.seat);
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
            FxRuntime.exit();
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

    /// Presses `key` (with the shortcut key, Ctrl, when `shortcut`) where the focus is, as the
    /// keyboard would: the console's accelerators (F6, Ctrl+1…Ctrl+5, Esc) see it.
    public void press(javafx.scene.input.KeyCode key, boolean shortcut) {
        FxRuntime.run(() -> {
            javafx.scene.Scene scene = console.scene();
            javafx.scene.Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            for (javafx.event.EventType<javafx.scene.input.KeyEvent> type
                    : java.util.List.of(javafx.scene.input.KeyEvent.KEY_PRESSED, javafx.scene.input.KeyEvent.KEY_RELEASED)) {
                javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(type, "", "", key,
                        false, shortcut, false, false));
            }
        });
    }

    /// Finishes queued database work, closes the database and stops the toolkit.
    @Override
    public void close() throws IOException {
        try {
            context.close();
            launch.close();
        } finally {
            FxRuntime.exit();
        }
    }
}
