package org.seatdesk.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.seatdesk.i18n.Messages;
import org.seatdesk.security.LoginResult;
import org.seatdesk.store.JooqSyncRepository;
import org.seatdesk.sync.HubWire;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.SyncStore;
import org.seatdesk.ticket.DispatchKind;
import org.seatdesk.ticket.HandlingStatus;
import org.seatdesk.ticket.TicketEdit;
import org.seatdesk.ticket.TicketField;
import org.seatdesk.ticket.TicketQuery;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketType;
import org.seatdesk.ui.SeatConsoleView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// Renders each view, headless, on fresh demo data, one PNG per view: for the README, for
/// reviewing a change by eye, and for checking every language at both target resolutions.
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Render every view on demo data to PNG files (headless).")
final class SnapshotCommand implements Callable<Integer> {

    /// The demo agent with notices still unread (DemoShiftLog), for notices.png.
    private static final String UNREAD_NOTICES_AGENT = "A002";

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
            FxStart fxStarted = FxRuntime.startAsync();
            // An in-process hub, as the demo runs: the roll call made at the supervisor console
            // reaches the wall through it, redacted, as in a room.
            CompletableFuture<URI> hubAddress = new CompletableFuture<>();
            SeatContext context = launch.openSeat(Clock.systemUTC(), null);
            var centre = Demo.centre(context);
            Demo.seed(context, centre);
            InProcessHub hub = new InProcessHub(dataDir, 0, Clock.systemUTC(), centre, Demo.centreId(context));
            hub.address().thenAccept(hubAddress::complete);
            hub.startInBackground();
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
                console.form().typeProperty().set(null); // nothing is preselected: the type is asked for
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

            FxRuntime.run(() -> {
                ((Button) console.scene().lookup("#detail-edit")).fire();
                var editor = console.ticketEditor();
                editor.statusProperty().set(TicketStatus.DISPATCHED);
                editor.dispatchKindProperty().set(DispatchKind.DIRECT);
                editor.dispatchTargetProperty().set("");
                editor.save(); // a dispatch without a target: the message at the field
            });
            settle();
            write(console.scene(), "ticket-detail-edit.png");

            CompletableFuture.runAsync(() -> exampleConflict(context), context.dbExecutor).join();
            FxRuntime.run(() -> console.ticketEditor().cancel());
            FxRuntime.run(() -> console.openConflictInbox());
            settle();
            write(console.scene(), "conflicts.png");
            FxRuntime.run(() -> console.show(SeatConsoleView.Page.ROSTER));
            // The page loads its weeks as it opens: on a busy machine 300 ms was not always enough.
            require(FxRuntime.await(() -> console.scene().lookup(".roster-day") != null, Duration.ofSeconds(30)),
                    "the agent's weeks");
            settle();
            write(console.scene(), "my-roster.png");
            // R-SH-2: the seat's handover log. R-SH-3: A002 has unread notices, which a login shows first.
            FxRuntime.run(() -> console.show(SeatConsoleView.Page.HANDOVER));
            // built on this first visit: its entries load now
            require(FxRuntime.await(() -> !console.shiftLog().handoverModel().items().isEmpty(), Duration.ofSeconds(30)),
                    "handover entries");
            write(console.scene(), "handover.png");
            FxRuntime.run(() -> {
                console.showLogin();
                console.login().staffNoProperty().set(UNREAD_NOTICES_AGENT);
                console.login().passwordProperty().set(DemoCommand.DEMO_PASSWORD);
                console.login().login();
            });
            require(FxRuntime.await(() -> console.shiftLog() != null && console.shiftLog().noticesModel() != null
                    && !console.shiftLog().noticesModel().unread().isEmpty(), Duration.ofSeconds(30)), "unread notices");
            settle();
            write(console.scene(), "notices.png");
            // R-KB-4: a Chinese query on the knowledge-base page, then the first article opened.
            require(waitUntil(() -> context.kb.ready().isDone(), Duration.ofSeconds(60)), "knowledge-base index");
            var kb = FxRuntime.call(() -> {
                console.show(SeatConsoleView.Page.KNOWLEDGE_BASE);
                var page = console.knowledgeBase().pageModel();
                page.queryProperty().set(KB_QUERY);
                return page;
            });
            require(FxRuntime.await(() -> !kb.results().isEmpty(), Duration.ofSeconds(30)), "search results");
            write(console.scene(), "kb-search.png");
            FxRuntime.run(() -> kb.open(kb.results().getFirst().id()));
            require(FxRuntime.await(() -> kb.readingProperty().get() != null, Duration.ofSeconds(30)), "article");
            write(console.scene(), "kb-article.png");
            new SupervisorSnapshots(context, uiLocale, width, height, this::write).writeAll();
            new RoomSnapshots(dataDir, hubAddress, uiLocale, width, height, this::write).writeAll();
            context.close();
            hub.close();
            System.out.println("Wrote every view to " + out.toAbsolutePath());
            return 0;
        } finally {
            FxRuntime.exit();
            deleteQuietly(dataDir);
        }
    }

    /// What an agent types for a card that does not respond: a Chinese query in every UI language.
    private static final String KB_QUERY = "刷卡";

    private static void fillExample(SeatConsole console, Messages messages) {
        var form = console.form();
        form.typeProperty().set(TicketType.BUSINESS_REQUEST);
        form.serviceKindProperty().set(org.seatdesk.ticket.ServiceKind.EQUIPMENT_FAULT); // chosen: nothing is preselected
        form.requesterKindProperty().set(org.seatdesk.ticket.RequesterKind.MERCHANT);
        form.text(TicketField.REQUESTER_NAME).set(messages.get("snapshot.example.requester"));
        form.text(TicketField.TERMINAL_ID).set("38016642");
        form.text(TicketField.MERCHANT_ID).set("898440358120031");
        form.text(TicketField.INSTALL_ADDRESS).set(messages.get("snapshot.example.address"));
        form.text(TicketField.CONTACT_PERSON).set(messages.get("snapshot.example.contact"));
        form.text(TicketField.CONTACT_PHONE).set("13826451187");
        form.text(TicketField.DESCRIPTION).set(messages.get("snapshot.example.description"));
    }

    /// A conflict as the hub answers it (sync principle 6): this seat changed the phone and the
    /// handling status of a ticket; someone else (A002) had set the phone first.
    private static void exampleConflict(SeatContext context) {
        var login = (LoginResult.Success) context.auth.login(DemoCommand.DEMO_STAFF, DemoCommand.DEMO_PASSWORD);
        var author = login.session().author();
        var ticket = context.tickets.queue(TicketQuery.all()).tickets().getFirst();
        context.tickets.update(ticket.id(), new TicketEdit(ticket.level(), ticket.installAddress(),
                ticket.contactPerson(), "13911112222", ticket.description(), ticket.status(),
                HandlingStatus.APPOINTMENT_SCHEDULED, ticket.dispatchKind(), ticket.dispatchTarget()), author);
        var sync = new JooqSyncRepository(context.database);
        var update = sync.oldestPending(1000).stream()
                .filter(op -> op.kind() == OutboxOperation.Kind.UPDATE).reduce((a, b) -> b).orElseThrow();
        var theirs = new HubWire.FieldConflict("contactPhone",
                Payloads.tree("\"13911112222\""), Payloads.tree("\"13733334444\""), "A002");
        sync.settle(List.of(new SyncStore.Answered(update,
                new HubWire.PushResult(update.opId(), "conflict", null, List.of(theirs), null, null))),
                Instant.now());
        // ADR 0020: another console with this seat code had made a new ticket's number first.
        context.tickets.register(new org.seatdesk.ticket.TicketDraft(org.seatdesk.ticket.TicketType.COMPLAINT,
                ticket.level(), ticket.serviceKind(), ticket.requesterKind(), ticket.requesterName(), ticket.terminalId(),
                ticket.merchantId(), ticket.posBarcode(), ticket.installAddress(), ticket.contactPerson(),
                ticket.contactPhone(), ticket.description()), author);
        var create = sync.oldestPending(1000).stream()
                .filter(op -> op.kind() == OutboxOperation.Kind.CREATE && op.entity().equals("ticket"))
                .reduce((a, b) -> b).orElseThrow();
        String sent = Payloads.tree(create.payload()).get("number").asText();
        var parts = org.seatdesk.ticket.TicketNumber.parse(sent).orElseThrow();
        String stored = org.seatdesk.ticket.TicketNumber.format(
                org.seatdesk.ticket.TicketType.valueOf(Payloads.tree(create.payload()).get("type").asText()),
                parts.day(), parts.seatCode(), parts.counter() + 1);
        sync.settle(List.of(new SyncStore.Answered(create, new HubWire.PushResult(create.opId(), "accepted", 1L, null,
                null, null, stored, sent))), Instant.now());
    }

    /// Lets background loads (history, counts) land and the countdown tick once.
    static void settle() throws InterruptedException {
        Thread.sleep(300);
    }

    void write(Scene scene, String name) throws IOException, InterruptedException {
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
    static void ignoreHeadlessScreenOverflow() {
        Thread fx = Thread.currentThread();
        Thread.UncaughtExceptionHandler previous = fx.getUncaughtExceptionHandler();
        fx.setUncaughtExceptionHandler((thread, error) -> {
            boolean screenCopy = error instanceof IndexOutOfBoundsException && Arrays.stream(error.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().endsWith("HeadlessWindow") && frame.getMethodName().equals("blit"));
            if (!screenCopy) {
                previous.uncaughtException(thread, error);
            }
        });
    }

    private static boolean waitUntil(BooleanSupplier condition, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Timed out waiting for: " + what);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
