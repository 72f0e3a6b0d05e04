package org.seatdesk.ticket.ui;

import java.util.function.Function;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;

import org.seatdesk.ticket.Ticket;

/// A queue cell of two lines: the main text, and under it a muted second one (the number and the
/// type; the requester's kind and name). Two short lines stay whole in the narrow queue of a
/// 1366×768 desk where one long line was cut to "Solicitu…" (every queue row is two lines high).
final class TwoLineCell extends TableCell<Ticket, Ticket> {

    private final Label main = new Label();
    private final Label second = new Label();
    private final VBox lines = new VBox(main, second);
    private final Function<Ticket, String> first;
    private final Function<Ticket, String> secondText;

    TwoLineCell(Function<Ticket, String> first, Function<Ticket, String> secondText) {
        this.first = first;
        this.secondText = secondText;
        second.getStyleClass().add("queue-second-line");
        // too narrow a column elides with "…" (what QueueLayoutTest looks for), never spills over
        main.setMinWidth(0);
        second.setMinWidth(0);
    }

    @Override
    protected void updateItem(Ticket ticket, boolean empty) {
        super.updateItem(ticket, empty);
        if (empty || ticket == null) {
            setGraphic(null);
        } else {
            main.setText(first.apply(ticket));
            second.setText(secondText.apply(ticket));
            setGraphic(lines);
        }
    }
}
