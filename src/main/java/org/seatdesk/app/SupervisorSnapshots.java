package org.seatdesk.app;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javafx.stage.Stage;

import org.seatdesk.ui.SupervisorConsoleView;

/// The supervisor console's snapshots on the seat's own demo data: the department director's
/// roster week and approvals inbox (issue 5), and the KB editor with an item being edited (issue 6).
final class SupervisorSnapshots {

    private final SeatContext context;
    private final Locale locale;
    private final double width;
    private final double height;
    private final RoomSnapshots.Writer writer;

    SupervisorSnapshots(SeatContext context, Locale locale, double width, double height, RoomSnapshots.Writer writer) {
        this.context = context;
        this.locale = locale;
        this.width = width;
        this.height = height;
        this.writer = writer;
    }

    void writeAll() throws Exception {
        directorViews();
        kbEditor();
    }

    private void directorViews() throws Exception {
        SupervisorConsole director = loggedIn("D001");
        SnapshotCommand.require(FxRuntime.await(() -> director.readyProperty().get(), Duration.ofSeconds(30)), "supervisor ready");
        FxRuntime.run(() -> director.view().show(SupervisorConsoleView.Page.ROSTER));
        SnapshotCommand.settle();
        writer.write(director.scene(), "roster.png");
        FxRuntime.run(() -> director.view().show(SupervisorConsoleView.Page.APPROVALS));
        SnapshotCommand.settle();
        writer.write(director.scene(), "approvals.png");
    }

    private void kbEditor() throws Exception {
        UUID edited = CompletableFuture.supplyAsync(() -> KbEditorExample.seed(context), context.dbExecutor).join();
        SupervisorConsole editor = loggedIn("K001");
        SnapshotCommand.require(FxRuntime.await(() -> editor.readyProperty().get()
                && !editor.kbEditor().model().items().isEmpty(), Duration.ofSeconds(30)), "KB editor ready");
        // R-SH-3: K001 has unread notices, which come forward once loaded; the editor then goes
        // back to the catalogue, as a person would.
        SnapshotCommand.require(FxRuntime.await(() -> editor.shiftLog().noticesModel() != null
                && editor.shiftLog().noticesModel().loadedProperty().get(), Duration.ofSeconds(30)), "notices loaded");
        FxRuntime.run(() -> editor.view().show(SupervisorConsoleView.Page.KNOWLEDGE_BASE));
        FxRuntime.run(() -> editor.kbEditor().model().items().stream().filter(i -> i.id().equals(edited))
                .findFirst().ifPresent(editor.kbEditor().model()::select));
        SnapshotCommand.require(FxRuntime.await(() -> !editor.kbEditor().model().nextActions().isEmpty(), Duration.ofSeconds(30)),
                "KB item shown");
        SnapshotCommand.settle();
        writer.write(editor.scene(), "kb-editor.png");
        // R-KB-2: the original material tab — a scan kept, a fax still arriving (ADR 0023).
        FxRuntime.run(() -> {
            ((javafx.scene.control.TabPane) editor.scene().lookup("#kb-tabs")).getSelectionModel().select(2);
            ((javafx.scene.control.ListView<?>) editor.scene().lookup("#kb-materials")).getSelectionModel().select(0);
        });
        SnapshotCommand.settle();
        writer.write(editor.scene(), "kb-editor-material.png");
    }

    /// A supervisor console in its own window, logged in as the given demo person.
    private SupervisorConsole loggedIn(String staffNo) throws Exception {
        return FxRuntime.call(() -> {
            Stage stage = new Stage();
            SupervisorConsole created = new SupervisorConsole(context, stage, locale, "", width, height);
            stage.show();
            created.showLogin();
            created.login().staffNoProperty().set(staffNo);
            created.login().passwordProperty().set(DemoCommand.DEMO_PASSWORD);
            created.login().login();
            return created;
        });
    }
}
