package org.seatdesk.bench;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.seatdesk.app.HeadlessSeat;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.StatusFilter;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketType;
import org.seatdesk.ui.FilterBox;

/// Drives the queue of a real console through its own controls (search field, filter boxes),
/// the way an agent does, and times each change with a {@link ChangeTimer}: until the queue's
/// rows change, and until the layout pulse after that.
final class QueueDriver {

    private final HeadlessSeat seat;
    private TableView<Ticket> table;
    private TextField search;
    private ComboBox<StatusFilter> status;
    private ComboBox<FilterBox.Choice<Object>> type;
    private ComboBox<FilterBox.Choice<Object>> level;
    private ChangeTimer<Ticket> timer;

    @SuppressWarnings("unchecked")
    QueueDriver(HeadlessSeat seat) {
        this.seat = seat;
        seat.onFx(() -> {
            Scene scene = seat.console().scene();
            table = (TableView<Ticket>) Objects.requireNonNull(scene.lookup("#queue-table"), "#queue-table");
            search = (TextField) Objects.requireNonNull(scene.lookup("#queue-search"), "#queue-search");
            status = (ComboBox<StatusFilter>) scene.lookup("#filter-status");
            type = (ComboBox<FilterBox.Choice<Object>>) scene.lookup("#filter-type");
            level = (ComboBox<FilterBox.Choice<Object>>) scene.lookup("#filter-level");
            timer = ChangeTimer.ofList(seat, scene, table.getItems());
        });
    }

    ChangeTimer.Timing search(String text) {
        return measure(() -> search.setText(text), rows -> true);
    }

    ChangeTimer.Timing status(StatusFilter value) {
        return measure(() -> status.setValue(value), rows -> true);
    }

    ChangeTimer.Timing type(TicketType value) {
        return measure(() -> choose(type, value), rows -> true);
    }

    ChangeTimer.Timing level(Level value) {
        return measure(() -> choose(level, value), rows -> true);
    }

    void scrollTo(int index) {
        seat.onFx(() -> table.scrollTo(Math.min(index, Math.max(0, table.getItems().size() - 1))));
    }

    int rowCount() {
        return seat.onFx(() -> table.getItems().size());
    }

    /// Runs `action` on the JavaFX thread and waits until the rows, once changed, satisfy `condition`.
    ChangeTimer.Timing measure(Runnable action, Predicate<List<Ticket>> condition) {
        return timer.measure(action, condition);
    }

    private static void choose(ComboBox<FilterBox.Choice<Object>> box, Object value) {
        box.getItems().stream().filter(choice -> Objects.equals(choice.value(), value)).findFirst()
                .ifPresent(box::setValue);
    }
}
