package org.seatdesk.ticket.ui;

import javafx.scene.TraversalDirection;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/// Tab leaves a multi-line field instead of typing a tab (Shift+Tab goes back; Ctrl+Tab still
/// types one), so a form with a description works by keyboard from its first field to Save.
final class TabLeaves {

    private TabLeaves() {
    }

    static TextArea install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                area.requestFocusTraversal(event.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
        });
        return area;
    }
}
