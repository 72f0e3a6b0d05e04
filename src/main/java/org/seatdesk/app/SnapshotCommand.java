package org.seatdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.TicketField;
import org.seatdesk.ticket.TicketType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// Renders each view, headless, on fresh demo data, one PNG per view: for the README, for
/// reviewing a change by eye, and for checking every language at both target resolutions.
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Render every view on demo data to PNG files (headless).")
final class SnapshotCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PNG files")
    Path out;

    @Option(names = "--locale", paramLabel = "LANG", defaultValue = "en", converter = Converters.UiLocale.class,
            description = "en, zh_CN or es (default: ${DEFAULT-VALUE})")
    Locale locale;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1920x1080", converter = Converters.WindowSize.class,
            description = "Window size (default: ${DEFAULT-VALUE})")
    Converters.Size size;

    @Override
    public Integer call() throws Exception {
        Locale uiLocale = locale;
        double width = size.width();
        double height = size.height();
        Files.createDirectories(out);
        Path dataDir = Files.createTempDirectory("seatdesk-snapshot");
        FxRuntime.useHeadlessPlatform();
        Launch launch = Launch.prepare(dataDir, true);
        try (launch) {
            CountDownLatch fxStarted = FxRuntime.startAsync();
            SeatContext context = launch.openSeat(Clock.systemUTC(), null);
            Demo.seed(context);
            fxStarted.await();
            Messages messages = new Messages(uiLocale);
            // A shown window gets pulses, so every change is rendered before a snapshot (a scene
            // without a window kept showing its first state).
            SeatConsole console = FxRuntime.call(() -> {
                ignoreHeadlessScreenOverflow();
                Stage stage = new Stage();
                SeatConsole created = new SeatConsole(context, stage, uiLocale,
                        messages.get("login.demoHint", DemoCommand.DEMO_STAFF, DemoCommand.DEMO_PASSWORD), width, height, Face.seat);
                stage.show();
                return created;
            });

            FxRuntime.run(() -> {
                console.showLogin();
                console.login().staffNoProperty().set(DemoCommand.DEMO_STAFF);
            });
            write(console.scene(), "login.png");

            FxRuntime.run(() -> {
                console.login().passwordProperty().set(DemoCommand.DEMO_PASSWORD);
                console.login().login();
            });
            require(FxRuntime.await(() -> console.readyProperty().get(), Duration.ofSeconds(30)), "console ready");
            settle();
            FxRuntime.run(() -> fillExample(console, messages));
            write(console.scene(), "ticket-form.png");

            FxRuntime.run(() -> {
                console.form().text(TicketField.CONTACT_PHONE).set("12345");
                console.form().text(TicketField.INSTALL_ADDRESS).set("");
                console.form().text(TicketField.DESCRIPTION).set("");
                console.form().save();
            });
            write(console.scene(), "ticket-form-errors.png");

            FxRuntime.run(() -> {
                console.form().clear();
                console.ticketsPage().focusQueue();
            });
            settle();
            write(console.scene(), "ticket-queue.png");

            FxRuntime.run(() -> console.ticketsPage().openFirst());
            settle();
            write(console.scene(), "ticket-detail.png");

            writeKbEditor(context, uiLocale, width, height);
            context.close();
            System.out.println("Wrote 6 views to " + out.toAbsolutePath());
            return 0;
        } finally {
            Platform.exit();
            deleteQuietly(dataDir);
        }
    }

    /// The supervisor console of the KB editor (K001), an item being edited (issue 6).
    private void writeKbEditor(SeatContext context, Locale uiLocale, double width, double height) throws Exception {
        java.util.UUID edited = java.util.concurrent.CompletableFuture.supplyAsync(() -> KbEditorExample.seed(context),
                context.dbExecutor).join();
        SupervisorConsole supervisor = FxRuntime.call(() -> {
            Stage stage = new Stage();
            SupervisorConsole created = new SupervisorConsole(context, stage, uiLocale, "", width, height);
            stage.show();
            created.showLogin();
            created.login().staffNoProperty().set("K001");
            created.login().passwordProperty().set(DemoCommand.DEMO_PASSWORD);
            created.login().login();
            return created;
        });
        require(FxRuntime.await(() -> supervisor.readyProperty().get()
                && !supervisor.kbEditor().model().items().isEmpty(), Duration.ofSeconds(30)), "KB editor ready");
        FxRuntime.run(() -> supervisor.kbEditor().model().items().stream().filter(i -> i.id().equals(edited))
                .findFirst().ifPresent(supervisor.kbEditor().model()::select));
        require(FxRuntime.await(() -> !supervisor.kbEditor().model().nextActions().isEmpty(), Duration.ofSeconds(30)),
                "KB item shown");
        settle();
        write(supervisor.scene(), "kb-editor.png");
    }

    private static void fillExample(SeatConsole console, Messages messages) {
        var form = console.form();
        form.typeProperty().set(TicketType.BUSINESS_REQUEST);
        form.text(TicketField.REQUESTER_NAME).set(messages.get("snapshot.example.requester"));
        form.text(TicketField.TERMINAL_ID).set("38016642");
        form.text(TicketField.MERCHANT_ID).set("898440358120031");
        form.text(TicketField.INSTALL_ADDRESS).set(messages.get("snapshot.example.address"));
        form.text(TicketField.CONTACT_PERSON).set(messages.get("snapshot.example.contact"));
        form.text(TicketField.CONTACT_PHONE).set("13826451187");
        form.text(TicketField.DESCRIPTION).set(messages.get("snapshot.example.description"));
    }

    /// Lets background loads (history, counts) land and the countdown tick once.
    private static void settle() throws InterruptedException {
        Thread.sleep(300);
    }

    private void write(Scene scene, String name) throws IOException, InterruptedException {
        settle();
        WritableImage image = FxRuntime.call(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }

    /// JavaFX 26's headless platform has a fixed 1000×1000 screen; copying a taller window to it
    /// fails on every pulse. The snapshot renders the scene itself, so that copy is not needed.
    private static void ignoreHeadlessScreenOverflow() {
        Thread fx = Thread.currentThread();
        Thread.UncaughtExceptionHandler previous = fx.getUncaughtExceptionHandler();
        fx.setUncaughtExceptionHandler((thread, error) -> {
            boolean screenCopy = error instanceof IndexOutOfBoundsException && java.util.Arrays.stream(error.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().endsWith("HeadlessWindow") && frame.getMethodName().equals("blit"));
            if (!screenCopy) {
                previous.uncaughtException(thread, error);
            }
        });
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Timed out waiting for: " + what);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
