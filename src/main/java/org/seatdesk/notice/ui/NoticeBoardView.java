package org.seatdesk.notice.ui;

import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.seatdesk.i18n.Messages;
import org.seatdesk.notice.NoticeKind;
import org.seatdesk.notice.NoticeProblem;
import org.seatdesk.notice.NoticeReading;
import org.seatdesk.ui.FormParts;
import org.seatdesk.ui.WrappingCell;

/// The supervisor's notices page (R-SH-3): publish on the left; on the right each current notice
/// with how many have read it and who has not yet.
public final class NoticeBoardView {

    private final BorderPane root = new BorderPane();
    private final NoticeBoardViewModel model;

    public NoticeBoardView(NoticeBoardViewModel model, Messages messages) {
        this.model = model;
        root.getStyleClass().add("notice-board");
        root.setLeft(form(messages));
        root.setCenter(readings(messages));
    }

    public Node root() {
        return root;
    }

    private Node form(Messages messages) {
        Label title = new Label(messages.get("notice.publish.title"));
        title.getStyleClass().add("title-3");
        ComboBox<NoticeKind> kind = FormParts.enumChoice("notice-kind", messages, NoticeKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField heading = new TextField();
        heading.setId("notice-title");
        heading.textProperty().bindBidirectional(model.titleProperty());
        TextArea body = new TextArea();
        body.setId("notice-body");
        body.setWrapText(true);
        body.setPrefRowCount(8);
        body.textProperty().bindBidirectional(model.bodyProperty());
        VBox.setVgrow(body, Priority.ALWAYS);
        DatePicker from = FormParts.datePicker("notice-from", model.firstDayProperty(), messages);
        DatePicker until = FormParts.datePicker("notice-until", model.lastDayProperty(), messages);
        HBox.setHgrow(from, Priority.ALWAYS);
        HBox.setHgrow(until, Priority.ALWAYS);
        VBox fromBox = new VBox(4, label(messages.get("notice.from")), from, error(NoticeProblem.Field.VALID_FROM));
        VBox untilBox = new VBox(4, label(messages.get("notice.until")), until, error(NoticeProblem.Field.VALID_UNTIL));
        HBox.setHgrow(fromBox, Priority.ALWAYS);
        HBox.setHgrow(untilBox, Priority.ALWAYS);

        Button publish = new Button(messages.get("notice.publish"), new FontIcon(MaterialDesignB.BULLHORN));
        publish.setId("notice-publish");
        publish.getStyleClass().add("accent");
        publish.disableProperty().bind(model.busyProperty());
        publish.setOnAction(e -> model.publish());
        Label message = new Label();
        message.setId("notice-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        VBox form = new VBox(6, title,
                label(messages.get("notice.kind")), kind, error(NoticeProblem.Field.KIND),
                label(messages.get("notice.titleField")), heading, error(NoticeProblem.Field.TITLE),
                label(messages.get("notice.body")), body, error(NoticeProblem.Field.BODY),
                new HBox(10, fromBox, untilBox), publish, message);
        form.setPadding(new Insets(14, 16, 14, 16));
        form.setPrefWidth(400);
        form.setMinWidth(320);
        return form;
    }

    private static Label label(String text) {
        return FormParts.fieldLabel(text);
    }

    private Label error(NoticeProblem.Field field) {
        return FormParts.fieldError("notice-error-" + field.name(), model.errorProperty(field));
    }

    private Node readings(Messages messages) {
        Label title = new Label(messages.get("notice.readings.title"));
        title.getStyleClass().add("title-3");
        TableView<NoticeReading> table = new TableView<>(model.readings());
        table.setId("notice-readings");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("notice.current.empty")));
        table.getColumns().setAll(java.util.List.of(
                column(messages.get("notice.col.title"), r -> r.notice().title(), 240, true),
                column(messages.get("notice.col.period"), model::period, 120, false),
                column(messages.get("notice.col.read"), model::progress, 110, false),
                column(messages.get("notice.col.unread"), model::notYetRead, 260, true)));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, title, table);
        box.setPadding(new Insets(14, 16, 10, 12));
        return box;
    }

    private static TableColumn<NoticeReading, String> column(String title, Function<NoticeReading, String> value,
                                                             double width, boolean wrap) {
        TableColumn<NoticeReading, String> column = FormParts.textColumn(title, value, width);
        if (wrap) {
            WrappingCell.apply(column);
        }
        return column;
    }
}
