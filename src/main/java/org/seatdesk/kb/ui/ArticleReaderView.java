package org.seatdesk.kb.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.seatdesk.i18n.Messages;
import org.seatdesk.kb.Article;

/// Reads one article: title, where it sits, when it was published, the rendered Markdown; pin
/// it, link it to the ticket being written, insert a passage into the description.
final class ArticleReaderView {

    private final VBox root = new VBox(8);
    private final KbSearchViewModel model;
    private final Messages messages;
    private final ZoneId zone;
    private final ScrollPane scroll = new ScrollPane();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Button pin = new Button();
    private final Button link = new Button();

    ArticleReaderView(KbSearchViewModel model, Messages messages, ZoneId zone) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        root.getStyleClass().add("kb-reader");
        root.setPadding(new Insets(12, 16, 12, 16));
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setId("kb-reader-title");
        meta.getStyleClass().add("text-muted");
        meta.setWrapText(true);
        pin.setId("kb-pin");
        pin.setOnAction(e -> model.togglePin());
        model.readingPinnedProperty().subscribe(pinned -> {
            pin.setText(messages.get(pinned ? "kb.reader.unpin" : "kb.reader.pin"));
            pin.setGraphic(new FontIcon(pinned ? MaterialDesignP.PIN_OFF_OUTLINE : MaterialDesignP.PIN_OUTLINE));
        });
        link.setId("kb-link");
        link.setText(messages.get("kb.reader.link"));
        link.setGraphic(new FontIcon(MaterialDesignL.LINK_VARIANT));
        link.setTooltip(new Tooltip(messages.get("kb.reader.link.tooltip")));
        link.setOnAction(e -> model.linkToTicket());
        Label notice = new Label();
        notice.setId("kb-notice");
        notice.getStyleClass().add("success");
        notice.textProperty().bind(model.noticeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, pin, link, spacer, notice);
        actions.setAlignment(Pos.CENTER_LEFT);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label empty = new Label(messages.get("kb.reader.empty"), new FontIcon(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE));
        empty.getStyleClass().add("text-muted");
        StackPane emptyPane = new StackPane(empty);
        VBox.setVgrow(emptyPane, Priority.ALWAYS);
        model.readingProperty().subscribe(article -> {
            if (article == null) {
                root.getChildren().setAll(emptyPane);
            } else {
                show(article);
                root.getChildren().setAll(title, meta, actions, scroll);
            }
        });
    }

    Node root() {
        return root;
    }

    private void show(Article a) {
        title.setText(a.title());
        String published = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())
                .format(a.publishedAt().atZone(zone));
        meta.setText(messages.get("kb.reader.meta", messages.label(a.section()), a.category(), a.version(), published));
        VBox body = MarkdownView.render(a.body(), messages, model::insertIntoTicket);
        body.setPadding(new Insets(4, 4, 12, 0));
        scroll.setContent(body);
        scroll.setVvalue(0);
    }
}
