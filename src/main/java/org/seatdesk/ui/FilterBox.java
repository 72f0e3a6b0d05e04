package org.seatdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;

/// A filter choice of "all" plus each value, bound to a nullable property (null = all).
public final class FilterBox {

    private FilterBox() {
    }

    public record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public static <T> ComboBox<Choice<T>> of(T[] values, String allLabel, Function<T, String> label,
                                             ObjectProperty<T> target) {
        List<Choice<T>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, allLabel));
        for (T value : values) {
            choices.add(new Choice<>(value, label.apply(value)));
        }
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.getItems().setAll(choices);
        box.getSelectionModel().selectFirst();
        box.valueProperty().subscribe(choice -> target.set(choice == null ? null : choice.value()));
        return box;
    }
}
