package org.seatdesk.roster.ui;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.RosterPlanner;
import org.seatdesk.roster.RosterWeek;
import org.seatdesk.roster.ShiftType;
import org.seatdesk.security.Staff;
import org.seatdesk.ui.Background;

/// The director's week grid: which week, its rows, and the edits (set a shift, take a day off,
/// copy the week onward). Every edit reloads the week, so conflict flags follow the change.
public final class RosterGridViewModel {

    private final RosterPlanner planner;
    private final Staff editor;
    private final Messages messages;
    private final Background background;
    private final Runnable saved;
    private final ReadOnlyObjectWrapper<LocalDate> monday;
    private final ReadOnlyObjectWrapper<RosterWeek> week = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RosterWeek.Row> rows = FXCollections.observableArrayList();
    // One read-only view per list, kept: such a view listens to its list weakly, so a view made
    // per call could be collected with the listeners added to it, and the screen stop following.
    private final ObservableList<RosterWeek.Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    /// @param user  who looks at the grid: the department director edits it, everyone else reads it
    /// @param saved runs after an edit was written (the console pushes it to the hub at once)
    public RosterGridViewModel(RosterPlanner planner, Staff user, LocalDate today, Messages messages,
                               Background background, Runnable saved) {
        this.planner = planner;
        this.editor = user;
        this.messages = messages;
        this.background = background;
        this.saved = saved;
        this.monday = new ReadOnlyObjectWrapper<>(RosterPlanner.mondayOf(today));
    }

    /// Whether the grid takes edits: only the department director changes the roster (ADR 0018).
    public boolean editable() {
        return RosterPlanner.mayEdit(editor);
    }

    public void refresh() {
        LocalDate wanted = monday.get();
        background.run(() -> planner.week(wanted), w -> {
            if (wanted.equals(monday.get())) {
                week.set(w);
                rows.setAll(w.rows());
                loaded.set(true);
            }
        }, error -> show(messages.get("roster.loadFailed"), true));
    }

    public void previousWeek() {
        monday.set(monday.get().minusDays(7));
        refresh();
    }

    public void nextWeek() {
        monday.set(monday.get().plusDays(7));
        refresh();
    }

    /// The shift type a key stands for: the first letter of its code (D, M, N), or null.
    public ShiftType shiftForKey(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String letter = typed.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
        return shiftTypes().stream().filter(t -> t.code().startsWith(letter)).findFirst().orElse(null);
    }

    /// Puts the person of `row` on `type` (null: off) on day `dayIndex` of the week.
    public void plan(RosterWeek.Row row, int dayIndex, ShiftType type) {
        if (!editable()) {
            show(messages.get("roster.grid.readOnly"), true);
            return;
        }
        LocalDate day = monday.get().plusDays(dayIndex);
        background.run(() -> {
            planner.plan(editor, row.person(), day, type == null ? null : type.code(), row.person().seatCode());
            return day;
        }, d -> {
            show("", false);
            saved.run();
            refresh();
        }, error -> show(messages.get("roster.saveFailed"), true));
    }

    public void copyToNextWeek() {
        if (!editable()) {
            show(messages.get("roster.grid.readOnly"), true);
            return;
        }
        LocalDate from = monday.get();
        background.run(() -> planner.copyToNextWeek(editor, from), count -> {
            show(messages.get("roster.copied", count, RosterTexts.shortDay(from.plusDays(7), messages)), false);
            saved.run();
        }, error -> show(messages.get("roster.saveFailed"), true));
    }

    private void show(String text, boolean isFailure) {
        failed.set(isFailure);
        message.set(text);
    }

    /// The centre's shift types, earliest first (empty until the first week is loaded).
    public List<ShiftType> shiftTypes() {
        return week.get() == null ? List.of() : week.get().shiftTypes();
    }

    public ReadOnlyObjectProperty<LocalDate> mondayProperty() {
        return monday.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RosterWeek> weekProperty() {
        return week.getReadOnlyProperty();
    }

    public ObservableList<RosterWeek.Row> rows() {
        return readOnlyRows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
