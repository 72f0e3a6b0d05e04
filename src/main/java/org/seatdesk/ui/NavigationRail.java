package org.seatdesk.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.seatdesk.i18n.Messages;

/// The page navigation at the left of a console: one toggle per page, Ctrl+N shortcuts in the
/// tooltips, icons only below 1600 px (the page content needs the room).
public final class NavigationRail {

    private NavigationRail() {
    }

    /// @param keyPrefix the bundle key of a page's name is this plus the page's enum name
    /// @param buttons filled with each page's button, so the frame can select it
    public static <P extends Enum<P>> Node of(Messages messages, String keyPrefix, List<P> pages, Function<P, Ikon> icon,
                                              Consumer<P> show, Map<P, ToggleButton> buttons) {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.getStyleClass().add("app-nav");
        nav.setPadding(new Insets(10, 8, 10, 8));
        for (int i = 0; i < pages.size(); i++) {
            P page = pages.get(i);
            String name = messages.get(keyPrefix + page.name());
            ToggleButton button = new ToggleButton(name, new FontIcon(icon.apply(page)));
            button.setId("nav-" + page.name());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setTooltip(new Tooltip(messages.get("shortcut.tooltip", name, "Ctrl+" + (i + 1))));
            button.setOnAction(e -> show.accept(page));
            buttons.put(page, button);
            nav.getChildren().add(button);
        }
        nav.sceneProperty().flatMap(scene -> scene.widthProperty()).subscribe(width -> {
            boolean narrow = width != null && width.doubleValue() < 1600;
            buttons.values().forEach(b -> b.setContentDisplay(narrow ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT));
            nav.pseudoClassStateChanged(PseudoClass.getPseudoClass("narrow"), narrow);
        });
        // A selected page stays selected when clicked again.
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        return nav;
    }
}
