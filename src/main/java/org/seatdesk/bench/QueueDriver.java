package org.seatdesk.bench;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import javafx.collections.ListChangeListener;
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
/// the way an agent does, and times each change on the JavaFX thread: from the change of the
/// control until the queue's rows change (a ListChangeListener takes System.nanoTime()), and
/// until the first layout pulse after that (the new rows laid out in the table).
final class QueueDriver {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /// Nanoseconds from the action to the rows, and to the following layout pulse (-1: none came).
    record Timing(long rowsNanos, long laidOutNanos) {
    }

    private record Pending(long startNanos, CompletableFuture<Long> rows, CompletableFuture<Long> laidOut) {
    }

    private final HeadlessSeat seat;
    private TableView<Ticket> table;
    private TextField search;
    private ComboBox<StatusFilter> status;
    private ComboBox<FilterBox.Choice<Object>> type;
    private ComboBox<FilterBox.Choice<Object>> level;

    // confined to the JavaFX thread
    private Predicate<List<Ticket>> until;
    private CompletableFuture<Long> rowsChanged;
    private CompletableFuture<Long> pulseAfterRows;
    private boolean rowsSeen;

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
            table.getItems().addListener((ListChangeListener<Ticket>) change -> rowsChanged(System.nanoTime()));
            scene.addPostLayoutPulseListener(() -> laidOut(System.nanoTime()));
        });
    }

    Timing search(String text) {
        return measure(() -> search.setText(text), rows -> true);
    }

    Timing status(StatusFilter value) {
        return measure(() -> status.setValue(value), rows -> true);
    }

    Timing type(TicketType value) {
        return measure(() -> choose(type, value), rows -> true);
    }

    Timing level(Level value) {
        return measure(() -> choose(level, value), rows -> true);
    }

    void scrollTo(int index) {
        seat.onFx(() -> table.scrollTo(Math.min(index, Math.max(0, table.getItems().size() - 1))));
    }

    int rowCount() {
        return seat.onFx(() -> table.getItems().size());
    }

    /// Runs `action` on the JavaFX thread and waits until the rows, once changed, satisfy `condition`.
    Timing measure(Runnable action, Predicate<List<Ticket>> condition) {
        Pending pending = seat.onFx(() -> {
            until = condition;
            rowsChanged = new CompletableFuture<>();
            pulseAfterRows = new CompletableFuture<>();
            rowsSeen = false;
            long start = System.nanoTime();
            action.run();
            return new Pending(start, rowsChanged, pulseAfterRows);
        });
        try {
            long rows = pending.rows().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            long laidOut;
            try {
                laidOut = pending.laidOut().get(2, TimeUnit.SECONDS) - pending.startNanos();
            } catch (TimeoutException noPulse) {
                laidOut = -1;
            }
            return new Timing(rows - pending.startNanos(), laidOut);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The queue did not change within " + TIMEOUT, e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void rowsChanged(long now) {
        if (rowsChanged != null && !rowsChanged.isDone() && until.test(table.getItems())) {
            rowsSeen = true;
            rowsChanged.complete(now);
        }
    }

    private void laidOut(long now) {
        if (rowsSeen && pulseAfterRows != null && !pulseAfterRows.isDone()) {
            pulseAfterRows.complete(now);
        }
    }

    private static void choose(ComboBox<FilterBox.Choice<Object>> box, Object value) {
        box.getItems().stream().filter(choice -> Objects.equals(choice.value(), value)).findFirst()
                .ifPresent(box::setValue);
    }
}
