package org.seatdesk.ticket.ui;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.CallCategory;
import org.seatdesk.ticket.CallRecordService;
import org.seatdesk.ui.KeyboardSelect;

/// R-TK-1: records a call resolved by phone guidance: a category (keys 1–3), an optional note,
/// Enter. No ticket is created; the record counts in statistics.
public final class CallRecordDialog {

    public record Answer(CallCategory category, String note) {
    }

    private CallRecordDialog() {
    }

    public static Optional<Answer> ask(Window owner, Messages messages) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("call.title"));
        dialog.setHeaderText(messages.get("call.header"));
        ButtonType record = new ButtonType(messages.get("call.record"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("call.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(record, cancel);
        ComboBox<CallCategory> category = new ComboBox<>();
        category.setId("call-category");
        category.getItems().setAll(CallCategory.values());
        KeyboardSelect.install(category, KeyboardSelect.byPosition(category), messages::label);
        category.getSelectionModel().selectFirst();
        category.setMaxWidth(Double.MAX_VALUE);
        TextArea note = new TextArea();
        note.setId("call-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().length() <= CallRecordService.NOTE_LIMIT ? change : null));
        VBox content = new VBox(6, new Label(messages.get("call.category")), category,
                new Label(messages.get("call.note")), note);
        content.setPadding(new Insets(6, 0, 0, 0));
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        dialog.setOnShown(e -> category.requestFocus());
        dialog.setResultConverter(button -> button == record ? new Answer(category.getValue(), note.getText()) : null);
        return dialog.showAndWait();
    }
}
