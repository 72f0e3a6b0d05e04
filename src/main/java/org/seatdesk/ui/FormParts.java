package org.seatdesk.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

import org.seatdesk.i18n.Messages;

/// The small pieces every form and list page of a feature repeats: a field's label, the message
/// under it, a drop-down of an enum and a date picker in the UI language, a read-only text column.
public final class FormParts {

    private FormParts() {
    }

    public static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    /// The message at a field (empty when the field is fine), bound to the view model's text.
    public static Label fieldError(String id, ObservableStringValue message) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(message);
        return error;
    }

    /// A drop-down of `values`, each shown by its label in the bundles (`enum.Type.NAME`).
    @SafeVarargs
    public static <E extends Enum<E>> ComboBox<E> enumChoice(String id, Messages messages, E... values) {
        ComboBox<E> choice = new ComboBox<>();
        choice.setId(id);
        choice.getItems().setAll(values);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.label(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        return choice;
    }

    /// A date picker bound to `value` that writes and reads dates in the UI language: left alone,
    /// it would use the machine's locale (US dates in a Chinese or Spanish console).
    public static DatePicker datePicker(String id, ObjectProperty<LocalDate> value, Messages messages) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        DateTimeFormatter format = messages.dateFormat();
        picker.setConverter(new LocalDateStringConverter(format, format));
        picker.valueProperty().bindBidirectional(value);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.showingProperty().addListener(calendarIn(messages.locale()));
        return picker;
    }

    /// JavaFX's pop-up calendar names its months and weekdays in the JVM's default format locale,
    /// not in one of the picker's own (`DatePickerContent.getLocale`): an English machine showed a
    /// Chinese console "November" and "Mo Tu We". While the calendar is open the default is the
    /// console's language; it is given back when the calendar closes. Listening from the picker's
    /// creation puts this before the skin's own listener, which refreshes the calendar on showing.
    private static ChangeListener<Boolean> calendarIn(Locale language) {
        Locale[] before = new Locale[1];
        return (showingProperty, wasShowing, showing) -> {
            if (showing) {
                before[0] = Locale.getDefault(Locale.Category.FORMAT);
                Locale.setDefault(Locale.Category.FORMAT, language);
            } else if (before[0] != null) {
                Locale.setDefault(Locale.Category.FORMAT, before[0]);
                before[0] = null;
            }
        };
    }

    /// A column that shows `value` of each row and does not sort (the order is the database's).
    public static <S> TableColumn<S, String> textColumn(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 100));
        column.setSortable(false);
        return column;
    }
}
