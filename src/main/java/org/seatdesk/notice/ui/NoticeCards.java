package org.seatdesk.notice.ui;

import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.seatdesk.notice.Notice;

/// Notices as cards (title, kind and validity, full text): the text is read whole, never cut off.
final class NoticeCards {

    private NoticeCards() {
    }

    /// A box that follows `notices`, showing `empty` when there are none.
    static VBox of(ObservableList<Notice> notices, Function<Notice, String> subtitle, String empty, String id) {
        VBox box = new VBox(10);
        box.setId(id);
        Runnable fill = () -> {
            if (notices.isEmpty()) {
                Label none = new Label(empty);
                none.getStyleClass().add("text-muted");
                box.getChildren().setAll(none);
            } else {
                box.getChildren().setAll(notices.stream().map(n -> card(n, subtitle)).toList());
            }
        };
        notices.addListener((ListChangeListener<Notice>) change -> fill.run());
        fill.run();
        return box;
    }

    static Node card(Notice notice, Function<Notice, String> subtitle) {
        Label title = new Label(notice.title());
        title.getStyleClass().add("notice-title");
        title.setWrapText(true);
        Label meta = new Label(subtitle.apply(notice));
        meta.getStyleClass().add("text-muted");
        meta.setWrapText(true);
        Label body = new Label(notice.body() == null ? "" : notice.body());
        body.setWrapText(true);
        VBox card = new VBox(4, title, meta, body);
        card.getStyleClass().add("notice-card");
        return card;
    }
}
