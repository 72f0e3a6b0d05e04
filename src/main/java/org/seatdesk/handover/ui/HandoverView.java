package org.seatdesk.handover.ui;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.collections.ListChangeListener;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.seatdesk.handover.HandoverCategory;
import org.seatdesk.handover.HandoverItem;
import org.seatdesk.handover.HandoverProblem;
import org.seatdesk.handover.HandoverStatus;
import org.seatdesk.i18n.Messages;
import org.seatdesk.ui.FormParts;
import org.seatdesk.ui.WrappingCell;

/// The handover page (R-SH-2): the entry form on the left, the log of the last hours with its
/// acknowledgements on the right. Enter on a selected entry acknowledges it.
public final class HandoverView {

    private static final PseudoClass COMPLETE = PseudoClass.getPseudoClass("complete");
    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");

    private final BorderPane root = new BorderPane();
    private final TableView<HandoverItem> table = new TableView<>();
    private final HandoverViewModel model;

    public HandoverView(HandoverViewModel model, Messages messages) {
        this.model = model;
        root.getStyleClass().add("handover-page");
        root.setLeft(form(messages));
        root.setCenter(log(messages));
    }

    public Node root() {
        return root;
    }

    private Node form(Messages messages) {
        Label title = new Label(messages.get("handover.form.title"));
        title.getStyleClass().add("title-3");
        Label hint = new Label(messages.get("handover.form.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);

        ComboBox<HandoverCategory> category = FormParts.enumChoice("handover-category", messages, HandoverCategory.values());
        category.setPromptText(messages.get("handover.category.prompt"));
        category.valueProperty().bindBidirectional(model.categoryProperty());

        TextArea body = new TextArea();
        body.setId("handover-body");
        body.setWrapText(true);
        body.setPrefRowCount(7);
        body.setPromptText(messages.get("handover.body.prompt"));
        body.textProperty().bindBidirectional(model.bodyProperty());
        body.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.write();
                e.consume();
            }
        });
        VBox.setVgrow(body, Priority.ALWAYS);

        TextField tickets = new TextField();
        tickets.setId("handover-tickets");
        tickets.setPromptText(messages.get("handover.tickets.prompt"));
        tickets.textProperty().bindBidirectional(model.ticketsProperty());
        HBox.setHgrow(tickets, Priority.ALWAYS);
        MenuButton pick = new MenuButton(null, new FontIcon(MaterialDesignL.LINK_VARIANT));
        pick.setId("handover-pick-ticket");
        pick.setTooltip(new Tooltip(messages.get("handover.tickets.pick")));
        model.pickableTickets().addListener((ListChangeListener<String>) change -> {
            pick.getItems().setAll(model.pickableTickets().stream().map(number -> {
                MenuItem item = new MenuItem(number);
                item.setOnAction(e -> model.link(number));
                return item;
            }).toList());
            pick.setDisable(model.pickableTickets().isEmpty());
        });
        pick.setDisable(true);

        Button add = new Button(messages.get("handover.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("handover-add");
        add.getStyleClass().add("accent");
        add.setTooltip(new Tooltip(messages.get("shortcut.tooltip", messages.get("handover.add"), "Ctrl+Enter")));
        add.disableProperty().bind(model.busyProperty());
        add.setOnAction(e -> model.write());
        Label notice = new Label();
        notice.setId("handover-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());

        VBox form = new VBox(6, title, hint,
                label(messages.get("handover.category")), category, error(HandoverProblem.Field.CATEGORY),
                label(messages.get("handover.body")), body, error(HandoverProblem.Field.BODY),
                label(messages.get("handover.tickets")), new HBox(6, tickets, pick), error(HandoverProblem.Field.TICKETS),
                new HBox(10, add), notice);
        form.getStyleClass().add("handover-form");
        form.setPadding(new Insets(14, 16, 14, 16));
        form.setPrefWidth(380);
        form.setMinWidth(320);
        return form;
    }

    private static Label label(String text) {
        return FormParts.fieldLabel(text);
    }

    private Label error(HandoverProblem.Field field) {
        return FormParts.fieldError("handover-error-" + field.name(), model.errorProperty(field));
    }

    private Node log(Messages messages) {
        Label title = new Label(messages.get("handover.log.title", model.windowHours()));
        title.getStyleClass().add("title-3");
        Label waiting = new Label();
        waiting.setId("handover-waiting");
        waiting.getStyleClass().add("accent-text");
        waiting.textProperty().bind(model.waitingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button(null, new FontIcon(MaterialDesignC.CACHED));
        refresh.setTooltip(new Tooltip(messages.get("handover.refresh")));
        refresh.setOnAction(e -> model.refresh());
        HBox heading = new HBox(12, title, waiting, spacer, refresh);
        heading.setAlignment(Pos.CENTER_LEFT);

        table.setId("handover-table");
        table.setItems(model.items());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("handover.empty", model.windowHours())));
        table.getColumns().setAll(java.util.List.of(
                // the date and time wrap onto two lines in a narrow window (1366×768)
                wrapping(messages.get("handover.col.time"), model::when, 108),
                wrapping(messages.get("handover.col.seat"), i -> i.entry().seatCode() + "\n" + i.entry().authorName(), 100),
                wrapping(messages.get("handover.col.category"), i -> messages.label(i.entry().category()), 120),
                wrapping(messages.get("handover.col.entry"), i -> i.entry().body()
                        + (i.entry().ticketNumbers().isEmpty() ? "" : "\n" + messages.get("handover.linked", model.tickets(i))), 300),
                wrapping(messages.get("handover.col.status"), model::status, 110),
                wrapping(messages.get("handover.col.acks"), model::acknowledgements, 200)));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(HandoverItem item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(COMPLETE, !empty && item != null && item.status() == HandoverStatus.COMPLETE);
                pseudoClassStateChanged(OPEN, !empty && item != null && item.status() == HandoverStatus.OPEN);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.acknowledge(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button acknowledge = new Button(messages.get("handover.acknowledge"), new FontIcon(MaterialDesignC.CHECK_ALL));
        acknowledge.setId("handover-ack");
        acknowledge.setTooltip(new Tooltip(messages.get("shortcut.tooltip", messages.get("handover.acknowledge"), "Enter")));
        acknowledge.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.busyProperty().get() || !model.mayAcknowledge(table.getSelectionModel().getSelectedItem()),
                table.getSelectionModel().selectedItemProperty(), model.busyProperty(), model.items()));
        acknowledge.setOnAction(e -> model.acknowledge(table.getSelectionModel().getSelectedItem()));
        Label rule = new Label(messages.get("handover.rule"));
        rule.getStyleClass().add("text-muted");
        rule.setWrapText(true);
        HBox.setHgrow(rule, Priority.ALWAYS);
        HBox actions = new HBox(12, acknowledge, rule);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox log = new VBox(8, heading, table, actions);
        log.setPadding(new Insets(14, 16, 10, 12));
        return log;
    }

    private static TableColumn<HandoverItem, String> column(String title, Function<HandoverItem, String> value, double width) {
        return FormParts.textColumn(title, value, width);
    }

    /// A column whose text wraps, so a long entry is read whole instead of cut off.
    private static TableColumn<HandoverItem, String> wrapping(String title, Function<HandoverItem, String> value, double width) {
        TableColumn<HandoverItem, String> column = column(title, value, width);
        WrappingCell.apply(column);
        return column;
    }
}
