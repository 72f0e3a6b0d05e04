package org.seatdesk.notice.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.seatdesk.i18n.Messages;

/// The notices page of a seat (R-SH-3): unread notices first with the button that confirms
/// reading them, then every notice valid now.
public final class NoticesView {

    private final ScrollPane root;
    private final Button confirm;

    public NoticesView(NoticesViewModel model, Messages messages) {
        Label unreadTitle = new Label(messages.get("notice.unread.title"));
        unreadTitle.getStyleClass().add("title-3");
        Label unreadHint = new Label(messages.get("notice.unread.hint"));
        unreadHint.setWrapText(true);
        VBox unread = NoticeCards.of(model.unread(), model::subtitle, "", "notices-unread");
        confirm = new Button(messages.get("notice.confirm"), new FontIcon(MaterialDesignC.CHECK_ALL));
        confirm.setId("notices-confirm");
        confirm.getStyleClass().add("accent");
        confirm.disableProperty().bind(model.busyProperty());
        confirm.setOnAction(e -> model.confirmRead());
        VBox unreadBox = new VBox(10, unreadTitle, unreadHint, unread, confirm);
        unreadBox.getStyleClass().add("notice-unread");
        unreadBox.setPadding(new Insets(14));
        unreadBox.visibleProperty().bind(Bindings.isNotEmpty(model.unread()));
        unreadBox.managedProperty().bind(unreadBox.visibleProperty());

        Label message = new Label();
        message.setId("notices-message");
        message.textProperty().bind(model.messageProperty());
        Label currentTitle = new Label(messages.get("notice.current.title"));
        currentTitle.getStyleClass().add("title-3");
        HBox heading = new HBox(16, currentTitle, message);
        heading.setAlignment(Pos.BASELINE_LEFT);
        VBox current = NoticeCards.of(model.current(), model::subtitle, messages.get("notice.current.empty"),
                "notices-current");

        // While unread notices wait, they are the whole page; once confirmed, all current ones show.
        VBox currentBox = new VBox(16, heading, current);
        currentBox.visibleProperty().bind(Bindings.isEmpty(model.unread()));
        currentBox.managedProperty().bind(currentBox.visibleProperty());
        VBox page = new VBox(16, unreadBox, currentBox);
        page.setPadding(new Insets(16, 20, 16, 20));
        page.setMaxWidth(1100);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("notices-page");
    }

    public Node root() {
        return root;
    }

    /// Puts the keyboard on the confirm button, so Enter (or Space) confirms at login.
    public void focusConfirm() {
        confirm.requestFocus();
    }
}
