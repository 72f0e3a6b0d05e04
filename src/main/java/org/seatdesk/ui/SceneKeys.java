package org.seatdesk.ui;

import java.util.Optional;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;

/// Keyboard plumbing of a console's frame: shortcuts that hold whatever has the focus, and the
/// first field of a page.
public final class SceneKeys {

    private SceneKeys() {
    }

    /// Runs `filter` on every key press in the scene that shows `root`, for as long as it shows
    /// it: a console whose root is replaced (sign-out, another language) stops reacting at once.
    /// A filter on the root itself misses the key presses that have no focus owner to go to.
    public static void whileShown(Node root, EventHandler<KeyEvent> filter) {
        root.sceneProperty().subscribe((before, now) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
        });
        if (root.getScene() != null) {
            root.getScene().addEventFilter(KeyEvent.KEY_PRESSED, filter);
        }
    }

    /// The first control of `page` that Tab would reach: visible, enabled, focus-traversable
    /// (the panes that only hold fields are looked into, not taken). A page of text only (the
    /// notices, nothing to confirm) gives its scroll pane, so the arrow keys scroll it.
    public static Optional<Node> firstField(Node page) {
        return firstControl(page).or(() -> firstScrollPane(page));
    }

    private static Optional<Node> firstScrollPane(Node page) {
        if (page == null || !page.isVisible() || page.isDisabled()) {
            return Optional.empty();
        }
        if (page instanceof ScrollPane) {
            return Optional.of(page);
        }
        if (page instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstScrollPane(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Node> firstControl(Node page) {
        if (page == null || !page.isVisible() || page.isDisabled()) {
            return Optional.empty();
        }
        if (page instanceof Control control && control.isFocusTraversable()
                && !(control instanceof ScrollPane) && !(control instanceof SplitPane)) {
            return Optional.of(control);
        }
        if (page instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstControl(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
