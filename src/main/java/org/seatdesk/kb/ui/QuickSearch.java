package org.seatdesk.kb.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import javafx.stage.Window;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.seatdesk.i18n.Messages;

/// The knowledge base over whatever the agent is doing (F6): a panel on the right of the
/// window, the ticket form underneath untouched. Esc or F6 closes it; the search and the
/// article stay for the next time.
public final class QuickSearch {

    private final Popup popup = new Popup();
    private final KbSearchView view;
    private final BorderPane panel = new BorderPane();

    public QuickSearch(KbSearchView view, Messages messages) {
        this.view = view;
        Label title = new Label(messages.get("kb.quick.title"));
        title.getStyleClass().add("title-4");
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.getStyleClass().add("flat");
        close.setId("kb-quick-close");
        close.setTooltip(new Tooltip(messages.get("shortcut.tooltip", messages.get("kb.quick.close"), "Esc")));
        close.setOnAction(e -> hide());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 0, 16));
        panel.setTop(header);
        panel.setCenter(view.root());
        panel.getStyleClass().add("kb-quick");
        popup.getContent().add(panel);
        popup.setAutoHide(false);
        popup.setHideOnEscape(true);
        // A filter, so the key closes the panel wherever the focus is in it: the popup's own
        // hide-on-Escape comes after the focused control, and a list or a button that takes
        // Esc for itself kept the panel open. Consumed, so Esc never reaches the form below.
        panel.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F6 || e.getCode() == KeyCode.ESCAPE && !dropDownOpen(e)) {
                hide();
                e.consume();
            }
        });
    }

    /// Esc on an open drop-down closes the drop-down, not the panel.
    private static boolean dropDownOpen(KeyEvent e) {
        return e.getTarget() instanceof javafx.scene.control.ComboBoxBase<?> box && box.isShowing();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    /// Shows it along the right side of `owner` (two thirds of its width), the search focused.
    public void show(Window owner) {
        double width = Math.max(720, owner.getWidth() * 0.62);
        double height = owner.getHeight() - 120;
        panel.setPrefSize(width, height);
        panel.setMaxSize(width, height);
        popup.show(owner, owner.getX() + owner.getWidth() - width - 12, owner.getY() + 70);
        view.focusSearch();
    }

    public void toggle(Window owner) {
        if (popup.isShowing()) {
            hide();
        } else {
            show(owner);
        }
    }

    public void hide() {
        popup.hide();
    }
}
