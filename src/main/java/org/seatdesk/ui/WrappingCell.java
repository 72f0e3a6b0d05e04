package org.seatdesk.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/// A table cell whose text wraps within its column and whose row grows to fit it, so a long text
/// is read whole, not cut off. A Text node (not a Label): its height follows its wrapping width.
public final class WrappingCell<S> extends TableCell<S, String> {

    private final Text text = new Text();

    public WrappingCell(TableColumn<S, String> column) {
        text.getStyleClass().add("wrapping-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
        setPrefHeight(USE_COMPUTED_SIZE);
    }

    /// Makes `column` wrap its text.
    public static <S> void apply(TableColumn<S, String> column) {
        column.setCellFactory(WrappingCell::new);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty ? null : item);
        setGraphic(empty ? null : text);
    }
}
