package org.seatdesk.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.seatdesk.i18n.Messages;

/// A page that a later release fills; says so plainly instead of showing an empty screen.
public final class ComingSoonView {

    private ComingSoonView() {
    }

    public static Node of(Messages messages, String titleKey) {
        FontIcon icon = new FontIcon(MaterialDesignT.TIMER_SAND);
        icon.getStyleClass().add("coming-icon");
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("title-2");
        Label text = new Label(messages.get("coming.text"));
        text.getStyleClass().add("text-muted");
        VBox box = new VBox(12, icon, title, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("coming-soon");
        return box;
    }
}
