package org.seatdesk.ticket.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.seatdesk.i18n.Messages;

/// The conflict inbox's second part: one card per operation the hub did not take as it was made
/// here, with the reason, what to do, the hub's words and what was typed; shown only while there
/// are any.
public final class HubRefusalsView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final VBox root = new VBox(12);
    private final VBox cards = new VBox(12);
    private final HubRefusalsViewModel model;
    private final Messages messages;
    private final ZoneId zone;

    public HubRefusalsView(HubRefusalsViewModel model, Messages messages, ZoneId zone) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        root.setId("hub-refusals");
        Label title = new Label(messages.get("refusals.title"), new FontIcon(MaterialDesignC.CLOUD_ALERT));
        title.getStyleClass().add("title-3");
        Label intro = new Label(messages.get("refusals.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        Label failure = new Label();
        failure.getStyleClass().add("danger");
        failure.textProperty().bind(model.failureProperty());
        failure.managedProperty().bind(model.failureProperty().isNotEmpty());
        root.getChildren().addAll(title, intro, failure, cards);
        root.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.cards())
                .or(model.failureProperty().isNotEmpty()));
        root.managedProperty().bind(root.visibleProperty());
        model.cards().addListener((ListChangeListener<HubRefusalsViewModel.Card>) change -> rebuild());
        rebuild();
    }

    public Node root() {
        return root;
    }

    private void rebuild() {
        cards.getChildren().setAll(model.cards().stream().map(this::card).toList());
    }

    private Node card(HubRefusalsViewModel.Card card) {
        Label what = new Label(card.what());
        what.getStyleClass().add("title-4");
        Label when = new Label(TIME.format(card.refusal().at().atZone(zone)));
        when.getStyleClass().add("text-muted");
        HBox head = new HBox(12, what, when);
        head.setAlignment(Pos.BASELINE_LEFT);
        Label reason = wrapped(card.reason());
        reason.getStyleClass().addAll("refusal-reason", "danger");
        Label advice = wrapped(card.advice());
        VBox body = new VBox(6, head, reason, advice);
        if (!card.hubSays().isEmpty()) {
            Label hub = wrapped(card.hubSays());
            hub.getStyleClass().add("text-muted");
            body.getChildren().add(hub);
        }
        if (!card.typed().isEmpty()) {
            Label heading = new Label(messages.get("refusals.typed"));
            heading.getStyleClass().add("field-label");
            body.getChildren().addAll(heading, wrapped(String.join("\n", card.typed())));
        }
        Button copy = new Button(messages.get("refusals.copy"), new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.getStyleClass().add("refusal-copy");
        copy.setDisable(card.typed().isEmpty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.typedText(card));
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button read = new Button(messages.get("refusals.markRead"), new FontIcon(MaterialDesignE.EYE_CHECK_OUTLINE));
        read.getStyleClass().addAll("refusal-read", "accent");
        read.setOnAction(e -> model.markRead(card));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(10, spacer, copy, read);
        actions.setAlignment(Pos.CENTER_LEFT);
        body.getChildren().add(actions);
        body.getStyleClass().addAll("conflict-card", "refusal-card");
        body.setPadding(new Insets(10, 12, 10, 12));
        return body;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
