package org.seatdesk.dutylog.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.seatdesk.dutylog.DutyLogCategory;
import org.seatdesk.dutylog.DutyLogEntry;
import org.seatdesk.dutylog.DutyLogService;
import org.seatdesk.dutylog.Escalation;
import org.seatdesk.i18n.Messages;
import org.seatdesk.security.Role;

/// The duty-log page: the shift's entries with a form to add one (Ctrl+Enter), and escalations
/// with the superiors an emergency skipped who still have to be informed.
public final class DutyLogView {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final HBox root;

    public DutyLogView(DutyLogViewModel model, Messages messages, ZoneId zone) {
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.textProperty().bind(model.titleProperty());
        ComboBox<DutyLogCategory> category = new ComboBox<>();
        category.setId("dutylog-category");
        category.getItems().setAll(DutyLogCategory.values());
        category.setConverter(labels(messages));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        TextArea text = new TextArea();
        text.setId("dutylog-text");
        text.setPromptText(messages.get("dutylog.prompt"));
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(model.textProperty());
        Button add = new Button(messages.get("dutylog.add"));
        add.setId("dutylog-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> model.write());
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.write();
                e.consume();
            }
        });
        ListView<DutyLogEntry> entries = new ListView<>(model.entries());
        entries.setId("dutylog-entries");
        entries.setPlaceholder(new Label(messages.get("dutylog.empty")));
        entries.setCellFactory(list -> cell(e -> messages.get("dutylog.line", HH_MM.format(e.writtenAt().atZone(zone)),
                messages.label(e.category()), e.authorName(), e.text())));
        VBox.setVgrow(entries, Priority.ALWAYS);
        Label notice = new Label();
        notice.setId("dutylog-notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.setWrapText(true);
        VBox log = new VBox(8, title, new HBox(8, category, add), text, notice, entries);
        HBox.setHgrow(log, Priority.ALWAYS);

        root = new HBox(18, log, escalations(model, messages, zone));
        root.setPadding(new Insets(14));
        root.setId("duty-log");
    }

    public Node root() {
        return root;
    }

    private static Node escalations(DutyLogViewModel model, Messages messages, ZoneId zone) {
        Label heading = new Label(messages.get("escalation.title"));
        heading.getStyleClass().add("title-3");
        Label rule = new Label(messages.get("escalation.rule"));
        rule.setWrapText(true);
        rule.getStyleClass().add("text-muted");
        ComboBox<Role> to = new ComboBox<>();
        to.setId("escalation-to");
        to.getItems().setAll(model.superiors());
        to.setConverter(labels(messages));
        to.valueProperty().bindBidirectional(model.escalateToProperty());
        CheckBox emergency = new CheckBox(messages.get("escalation.emergency"));
        emergency.setId("escalation-emergency");
        emergency.selectedProperty().bindBidirectional(model.emergencyProperty());
        TextField subject = new TextField();
        subject.setId("escalation-subject");
        subject.setPromptText(messages.get("escalation.subject"));
        subject.textProperty().bindBidirectional(model.subjectProperty());
        subject.setOnAction(e -> model.escalate());
        Button send = new Button(messages.get("escalation.send"));
        send.setId("escalation-send");
        send.setOnAction(e -> model.escalate());
        HBox form = new HBox(8, to, emergency, send);
        form.setAlignment(Pos.CENTER_LEFT);
        ListView<Escalation> list = new ListView<>(model.escalations());
        list.setId("escalation-list");
        list.setPlaceholder(new Label(messages.get("escalation.empty")));
        list.setCellFactory(l -> cell(e -> messages.get(e.informs() == null ? "escalation.line" : "escalation.informLine",
                HH_MM.format(e.raisedAt().atZone(zone)), e.raisedByName(), messages.label(e.toRole()),
                e.emergency() ? messages.get("escalation.emergencyMark") : "", e.subject())));
        Label pendingTitle = new Label(messages.get("escalation.pending"));
        pendingTitle.getStyleClass().add("text-bold");
        ListView<DutyLogService.PendingNotice> pending = new ListView<>(model.pending());
        pending.setId("escalation-pending");
        pending.setPrefHeight(120);
        pending.setPlaceholder(new Label(messages.get("escalation.nonePending")));
        pending.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DutyLogService.PendingNotice p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Button informed = new Button(messages.get("escalation.markInformed"));
                informed.setOnAction(e -> model.inform(p));
                setText(messages.get("escalation.pendingLine", messages.label(p.superior()), p.emergency().subject()));
                setGraphic(informed);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, heading, rule, form, subject, list, pendingTitle, pending);
        box.setPrefWidth(560);
        box.setMinWidth(420);
        return box;
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setWrapText(true);
            }
        };
    }

    private static <E extends Enum<E>> StringConverter<E> labels(Messages messages) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return messages.label(value);
            }

            @Override
            public E fromString(String string) {
                return null;
            }
        };
    }
}
