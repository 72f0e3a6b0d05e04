package org.seatdesk.ticket.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;
import org.seatdesk.ticket.TicketField;

/// All fields of one ticket and its history, oldest first (R-TK-13).
public final class TicketDetailView {


    private final VBox root = new VBox(10);
    private final GridPane fields = new GridPane();
    private final Label number = new Label();
    private final Label badges = new Label();
    private final Button back;
    private final Button edit;
    private final Messages messages;
    private final ZoneId zone;
    private final TicketEditViewModel editor;
    private final TicketDetailViewModel model;
    private final TicketEditForm editForm;

    public TicketDetailView(TicketDetailViewModel model, TicketEditViewModel editor, Messages messages, ZoneId zone,
                            Runnable close) {
        this.messages = messages;
        this.zone = zone;
        this.editor = editor;
        this.model = model;
        DateTimeFormatter time = messages.dateTimeFormat(); // one date format on the page
        root.getStyleClass().add("ticket-detail");
        root.setPadding(new Insets(14, 16, 14, 16));

        back = new Button(messages.get("detail.back"), new FontIcon(MaterialDesignA.ARROW_LEFT));
        back.setId("detail-back");
        back.setTooltip(new Tooltip(messages.get("detail.back.tooltip")));
        back.setOnAction(e -> close.run());
        number.setId("detail-number");
        number.getStyleClass().add("title-3");
        badges.getStyleClass().add("text-muted");
        edit = new Button(messages.get("edit.start"), new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignP.PENCIL));
        edit.setId("detail-edit");
        edit.setTooltip(new Tooltip(messages.get("shortcut.tooltip", messages.get("edit.start.tooltip"), "Ctrl+E")));
        edit.setOnAction(e -> startEdit());
        edit.disableProperty().bind(model.ticketProperty().isNull().or(editor.editingProperty()));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // at 1366×768 the side is narrow: the buttons and the number keep their whole text, and
        // the badges go under the number and wrap
        back.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        edit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        number.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        badges.setWrapText(true);
        VBox title = new VBox(2, number, badges);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox header = new HBox(12, back, title, spacer, edit);
        header.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId("detail-notice");
        notice.getStyleClass().add("success");
        notice.setWrapText(true);
        notice.textProperty().bind(editor.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        // After a save the focus comes back to Edit: the form it was in has gone.
        editor.noticeProperty().subscribe(text -> {
            if (!text.isEmpty() && root.getScene() != null) {
                edit.requestFocus();
            }
        });

        fields.setHgap(14);
        fields.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().addAll(labels, values);

        Label historyTitle = new Label(messages.get("detail.history"));
        historyTitle.getStyleClass().add("section-title");
        TableView<TicketEvent> history = new TableView<>(model.history());
        history.setId("detail-history");
        history.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.setPlaceholder(new Label(messages.get("detail.history.empty")));
        history.getColumns().addAll(java.util.List.of(
                column(messages.get("detail.history.at"), 136, e -> time.format(e.at().atZone(zone))),
                column(messages.get("detail.history.who"), 110, TicketEvent::actorName),
                column(messages.get("detail.history.what"), 130, e -> messages.label(e.kind())),
                column(messages.get("detail.history.detail"), 260, e -> EventDetailText.of(e, messages))));
        history.setPrefHeight(200);
        VBox.setVgrow(history, Priority.ALWAYS);

        editForm = new TicketEditForm(editor, messages);
        Node form = editForm.root();
        form.visibleProperty().bind(editor.editingProperty());
        form.managedProperty().bind(editor.editingProperty());
        fields.visibleProperty().bind(editor.editingProperty().not());
        fields.managedProperty().bind(editor.editingProperty().not());
        root.getChildren().addAll(header, notice, fields, form, historyTitle, history);
        model.ticketProperty().subscribe((before, t) -> {
            if (before == null || t == null || !before.id().equals(t.id())) {
                editor.cancel(); // another ticket: an edit of the previous one is not carried over
            }
            show(t); // the same ticket as saved just now keeps its confirmation
        });
    }

    public Node root() {
        return root;
    }

    public void focus() {
        back.requestFocus();
    }

    /// Ctrl+E or Edit: the ticket's changeable fields open, the cursor in the first. False when
    /// there is no ticket or it is being edited already.
    public boolean startEdit() {
        if (model.ticketProperty().get() == null || editor.editingProperty().get()) {
            return false;
        }
        editor.start(model.ticketProperty().get());
        editForm.focusFirstField();
        return true;
    }

    /// Ctrl+S: saves the edit, when one is open.
    public boolean saveEdit() {
        return editor.saveIfEditing();
    }

    private void show(Ticket t) {
        fields.getChildren().clear();
        if (t == null) {
            return;
        }
        number.setText(t.number());
        badges.setText(messages.label(t.type()) + " · " + messages.label(t.level()) + " · " + messages.label(t.status()));
        badges.getStyleClass().remove("danger");
        if (t.level() == Level.URGENT) {
            badges.getStyleClass().add("danger");
        }
        int row = 0;
        row = add(row, messages.label(TicketField.SERVICE_KIND), messages.label(t.serviceKind()));
        row = add(row, messages.label(TicketField.REQUESTER_KIND), messages.label(t.requesterKind()) + "  " + t.requesterName());
        row = add(row, messages.label(TicketField.TERMINAL_ID), t.terminalId());
        row = add(row, messages.label(TicketField.MERCHANT_ID), t.merchantId());
        row = add(row, messages.label(TicketField.POS_BARCODE), t.posBarcode());
        row = add(row, messages.label(TicketField.INSTALL_ADDRESS), t.installAddress());
        row = add(row, messages.label(TicketField.CONTACT_PERSON), t.contactPerson());
        row = add(row, messages.label(TicketField.CONTACT_PHONE), t.contactPhone());
        row = add(row, messages.label(TicketField.DESCRIPTION), t.description());
        row = add(row, messages.get("detail.handling"), t.handlingStatus() == null ? "—" : messages.label(t.handlingStatus()));
        row = add(row, messages.get("detail.dispatch"), t.dispatchKind() == null ? "—"
                : messages.label(t.dispatchKind()) + " → " + t.dispatchTarget());
        row = add(row, messages.get("detail.callbacks"), String.valueOf(t.callbackAttempts()));
        row = add(row, messages.get("detail.region"), t.region() + " · " + t.deskId() + " · " + t.seatCode());
        add(row, messages.get("detail.created"), messages.dateTimeFormat().format(t.createdAt().atZone(zone)));
    }

    private int add(int row, String label, String value) {
        Label name = new Label(label);
        name.getStyleClass().add("field-label");
        Label text = new Label(value == null || value.isBlank() ? "—" : value);
        text.setWrapText(true);
        fields.addRow(row, name, text);
        return row + 1;
    }

    private static TableColumn<TicketEvent, String> column(String title, double width, Function<TicketEvent, String> text) {
        TableColumn<TicketEvent, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
