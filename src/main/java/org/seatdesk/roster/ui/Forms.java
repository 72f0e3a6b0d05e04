package org.seatdesk.roster.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.Node;

import org.seatdesk.roster.LeaveRequest;

/// Small pieces the roster's forms share.
final class Forms {

    private Forms() {
    }

    /// A note field that cannot grow past what the records keep, so nothing typed is cut later.
    static TextField note(String id) {
        TextField note = new TextField();
        note.setId(id);
        note.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= LeaveRequest.NOTE_MAX ? change : null));
        return note;
    }

    static void row(GridPane grid, int row, String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        // The field gives way on a narrow screen, not the label ("…" at 1366×768 in Spanish).
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setLabelFor(field);
        grid.addRow(row, l, field);
    }

    static Label message(javafx.beans.value.ObservableStringValue text, javafx.beans.value.ObservableBooleanValue refused,
                         String id) {
        Label message = new Label();
        message.setId(id);
        message.setWrapText(true);
        message.textProperty().bind(text);
        refused.subscribe(r -> {
            message.getStyleClass().removeAll("danger", "success");
            message.getStyleClass().add(r ? "danger" : "success");
        });
        return message;
    }
}
