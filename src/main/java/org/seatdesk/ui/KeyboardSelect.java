package org.seatdesk.ui;

import java.util.function.Function;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/// Makes a closed ComboBox choosable without a mouse: each item shows a key (a digit, or a
/// letter of its own such as the ticket type's), and typing that key selects it.
public final class KeyboardSelect {

    private KeyboardSelect() {
    }

    /// @param key   the key that selects an item, shown in front of its label
    /// @param label the item's text in the UI language
    public static <T> void install(ComboBox<T> combo, Function<T, String> key, Function<T, String> label) {
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : key.apply(item) + "  " + label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
        combo.setConverter(converter);
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
        combo.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            for (T item : combo.getItems()) {
                if (key.apply(item).equalsIgnoreCase(typed)) {
                    combo.getSelectionModel().select(item);
                    event.consume();
                    return;
                }
            }
        });
    }

    /// Items keyed 1, 2, 3 … in their order.
    public static <T> Function<T, String> byPosition(ComboBox<T> combo) {
        return item -> String.valueOf(combo.getItems().indexOf(item) + 1);
    }
}
