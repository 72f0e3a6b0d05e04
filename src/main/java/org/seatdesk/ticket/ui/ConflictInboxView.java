package org.seatdesk.ticket.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.TicketConflict;

/// The conflict inbox: one card per refused edit, a row per field changed on both sides with
/// my value, theirs and who changed theirs, and the two ways out. Nothing here is decided for the person.
public final class ConflictInboxView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final VBox root = new VBox(12);
    private final VBox cards = new VBox(12);
    private final VBox sections = new VBox(12);
    private final ConflictInboxViewModel model;
    private final Messages messages;
    private final ZoneId zone;

    public ConflictInboxView(ConflictInboxViewModel model, Messages messages, ZoneId zone, Runnable close) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        root.setId("conflict-inbox");
        root.getStyleClass().add("conflict-inbox");
        root.setPadding(new Insets(14, 16, 14, 16));
        Button back = new Button(messages.get("detail.back"), new FontIcon(MaterialDesignA.ARROW_LEFT));
        back.setId("conflicts-back");
        back.setOnAction(e -> close.run());
        Label title = new Label(messages.get("conflicts.title"));
        title.getStyleClass().add("title-3");
        HBox header = new HBox(12, back, title);
        header.setAlignment(Pos.CENTER_LEFT);
        Label intro = new Label(messages.get("conflicts.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        Label failure = new Label();
        failure.setId("conflicts-failure");
        failure.getStyleClass().add("danger");
        failure.textProperty().bind(model.failureProperty());
        failure.managedProperty().bind(model.failureProperty().isNotEmpty());
        ScrollPane scroll = new ScrollPane(new VBox(18, cards, sections));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(header, intro, failure, scroll);
        model.conflicts().addListener((ListChangeListener<TicketConflict>) change -> rebuild());
        rebuild();
    }

    public Node root() {
        return root;
    }

    /// Another part of the inbox below the conflicts (the hub's refusals).
    public void add(Node section) {
        sections.getChildren().add(section);
    }

    private void rebuild() {
        cards.getChildren().clear();
        if (model.conflicts().isEmpty()) {
            Label none = new Label(messages.get("conflicts.none"), new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
            none.setId("conflicts-none");
            none.getStyleClass().add("text-muted");
            cards.getChildren().add(none);
            return;
        }
        model.conflicts().forEach(c -> cards.getChildren().add(card(c)));
    }

    private Node card(TicketConflict conflict) {
        Label number = new Label(conflict.ticketNumber() == null ? "—" : conflict.ticketNumber());
        number.getStyleClass().add("title-4");
        Label when = new Label(messages.get("conflicts.detected", TIME.format(conflict.detectedAt().atZone(zone))));
        when.getStyleClass().add("text-muted");
        HBox head = new HBox(12, number, when);
        head.setAlignment(Pos.BASELINE_LEFT);

        GridPane table = new GridPane();
        table.getStyleClass().add("conflict-fields");
        table.setHgap(16);
        table.setVgap(6);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(110);
        ColumnConstraints value = new ColumnConstraints();
        value.setPercentWidth(30);
        value.setHgrow(Priority.ALWAYS);
        ColumnConstraints by = new ColumnConstraints();
        by.setMinWidth(120);
        table.getColumnConstraints().addAll(field, value, value, by);
        table.addRow(0, heading("conflicts.field"), heading("conflicts.mine"), heading("conflicts.theirs"),
                heading("conflicts.theirsBy"));
        int row = 1;
        for (TicketConflict.Field f : conflict.fields()) {
            Label mine = wrapped(TicketFieldNames.value(f.name(), f.mine(), messages, zone));
            mine.getStyleClass().add("conflict-mine");
            Label theirs = wrapped(TicketFieldNames.value(f.name(), f.theirs(), messages, zone));
            theirs.getStyleClass().add("conflict-theirs");
            String who = f.theirsName() == null ? nullToDash(f.theirsBy()) : f.theirsName() + " (" + f.theirsBy() + ")";
            table.addRow(row++, wrapped(TicketFieldNames.label(f.name(), messages)), mine, theirs, wrapped(who));
        }
        int others = conflict.changesWithoutConflicts().size();
        Label rest = new Label(others == 0 ? "" : messages.get("conflicts.others", others));
        rest.getStyleClass().add("text-muted");
        rest.setWrapText(true);

        Button keepTheirs = new Button(messages.get("conflicts.keepTheirs"), new FontIcon(MaterialDesignA.ACCOUNT_ARROW_LEFT_OUTLINE));
        keepTheirs.getStyleClass().add("conflict-keep-theirs");
        keepTheirs.setTooltip(new Tooltip(messages.get("conflicts.keepTheirs.tooltip")));
        keepTheirs.setOnAction(e -> model.keepTheirs(conflict));
        keepTheirs.disableProperty().bind(model.busyProperty());
        Button applyMine = new Button(messages.get("conflicts.applyMine"), new FontIcon(MaterialDesignS.SEND_OUTLINE));
        applyMine.getStyleClass().addAll("conflict-apply-mine", "accent");
        applyMine.setTooltip(new Tooltip(messages.get("conflicts.applyMine.tooltip")));
        applyMine.setOnAction(e -> model.applyMine(conflict));
        applyMine.disableProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(10, rest, spacer, keepTheirs, applyMine);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(8, head, table, actions);
        card.getStyleClass().add("conflict-card");
        card.setPadding(new Insets(10, 12, 10, 12));
        return card;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static String nullToDash(String s) {
        return s == null ? "—" : s;
    }
}
