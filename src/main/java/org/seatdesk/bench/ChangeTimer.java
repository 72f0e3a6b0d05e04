package org.seatdesk.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;

import org.seatdesk.app.HeadlessSeat;

/// Times what the console shows after a change made on the JavaFX thread: from the change until
/// a list the view shows changes (a ListChangeListener takes System.nanoTime()), and until the
/// first layout pulse after that (the new rows laid out and drawn). The queue and the knowledge
/// base's results are both timed this way.
final class ChangeTimer<T> {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /// Nanoseconds from the action to the rows, and to the following layout pulse (-1: none came).
    record Timing(long rowsNanos, long laidOutNanos) {
    }

    private record Pending(long startNanos, CompletableFuture<Long> rows, CompletableFuture<Long> laidOut) {
    }

    private final HeadlessSeat seat;
    private final Supplier<List<T>> shown;

    // confined to the JavaFX thread
    private Predicate<List<T>> until;
    private CompletableFuture<Long> rowsChanged;
    private CompletableFuture<Long> pulseAfterRows;
    private boolean rowsSeen;

    private ChangeTimer(HeadlessSeat seat, Scene scene, Supplier<List<T>> shown) {
        this.seat = seat;
        this.shown = shown;
        scene.addPostLayoutPulseListener(() -> laidOut(System.nanoTime()));
    }

    /// Call on the JavaFX thread: times changes of `rows` and the layout pulses of `scene`.
    static <T> ChangeTimer<T> ofList(HeadlessSeat seat, Scene scene, ObservableList<T> rows) {
        ChangeTimer<T> timer = new ChangeTimer<>(seat, scene, () -> rows);
        rows.addListener((ListChangeListener<T>) change -> timer.rowsChanged(System.nanoTime()));
        return timer;
    }

    /// Call on the JavaFX thread: times until `counter` moves (a view model counts the result
    /// lists it has shown, also an empty one after an empty one), then the layout pulse.
    static <T> ChangeTimer<T> ofCounter(HeadlessSeat seat, Scene scene, ObservableValue<?> counter, List<T> rows) {
        ChangeTimer<T> timer = new ChangeTimer<>(seat, scene, () -> rows);
        counter.addListener((o, before, now) -> timer.rowsChanged(System.nanoTime()));
        return timer;
    }

    /// Runs `action` on the JavaFX thread and waits until the rows, once changed, satisfy `condition`.
    Timing measure(Runnable action, Predicate<List<T>> condition) {
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
            throw new IllegalStateException("The list did not change within " + TIMEOUT, e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void rowsChanged(long now) {
        if (rowsChanged != null && !rowsChanged.isDone() && until.test(shown.get())) {
            rowsSeen = true;
            rowsChanged.complete(now);
        }
    }

    private void laidOut(long now) {
        if (rowsSeen && pulseAfterRows != null && !pulseAfterRows.isDone()) {
            pulseAfterRows.complete(now);
        }
    }
}
