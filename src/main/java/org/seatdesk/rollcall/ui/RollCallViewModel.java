package org.seatdesk.rollcall.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.seatdesk.i18n.Messages;
import org.seatdesk.rollcall.DisciplineRecord;
import org.seatdesk.rollcall.Mark;
import org.seatdesk.rollcall.RollCallEntry;
import org.seatdesk.rollcall.RollCallService;
import org.seatdesk.rollcall.RollCallService.Shift;
import org.seatdesk.rollcall.RollCallSheet;
import org.seatdesk.roster.ShiftType;
import org.seatdesk.security.Staff;
import org.seatdesk.ui.Background;
import org.seatdesk.ui.ShiftNames;

/// The roll call of the current shift for the shift monitor (R-SH-1): one row per rostered
/// person, marks by keyboard, discipline records when a mark or an absence from the post
/// crosses the limit (R-SH-4).
public final class RollCallViewModel {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final ObservableList<RollCallEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<DisciplineRecord> discipline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final RollCallService service;
    private final Staff monitor;
    private final Messages messages;
    private final Background background;
    private final Clock clock;
    private final Runnable onWritten;
    private Shift shift;

    /// @param onWritten runs after a mark or record is saved (the console pushes it to the hub at once)
    public RollCallViewModel(RollCallService service, Staff monitor, Messages messages, Background background,
                             Clock clock, Runnable onWritten) {
        this.service = service;
        this.monitor = monitor;
        this.messages = messages;
        this.background = background;
        this.clock = clock;
        this.onWritten = onWritten;
    }

    public ObservableList<RollCallEntry> rows() {
        return rows;
    }

    public ObservableList<DisciplineRecord> discipline() {
        return discipline;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /// What the last action did, or why it failed.
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /// Loads the sheet of the shift whose roll call is open now (from 10 minutes before it).
    public void refresh() {
        background.run(() -> service.currentShift(clock.instant()).map(s -> new Loaded(s, service.sheet(s), service.discipline(s))),
                this::show, error -> notice.set(messages.get("rollcall.failed", String.valueOf(error.getMessage()))));
    }

    /// R-SH-1: marks the person in row `index`; absent with approved leave becomes "on leave".
    public void mark(int index, Mark mark) {
        if (shift == null || index < 0 || index >= rows.size()) {
            return;
        }
        Shift current = shift;
        RollCallEntry person = rows.get(index); // who was selected when the key was typed
        background.run(() -> service.mark(current, person, mark, monitor), marked -> {
            // By person, not by the index of the key press: a reload may have come in between.
            replace(person.staffId(), marked.mark());
            if (!marked.alsoAbsent().isEmpty()) {
                // R-SW-6: the one who gave the shift away is absent too; the sheet shows them after a reload.
                notice.set(messages.get("rollcall.swapLeftEmpty", person.name(), String.join(", ",
                        marked.alsoAbsent().stream().map(org.seatdesk.rollcall.RollCallMark::staffName).toList())));
                refresh();
            } else if (marked.discipline() != null) {
                discipline.add(marked.discipline());
                notice.set(messages.get("rollcall.disciplineRecorded", person.name(), marked.discipline().minutes()));
            } else {
                notice.set(messages.get("rollcall.marked", person.name(), messages.label(marked.mark().mark())));
            }
            showCounts();
            onWritten.run();
        }, error -> notice.set(messages.get("rollcall.failed", String.valueOf(error.getMessage()))));
    }

    /// R-SH-4: `person` was away from the post for `minutesText` minutes, with or without permission.
    /// Bad input is refused with a message; the typed text stays in the field.
    public boolean leftPost(int index, String minutesText, boolean permitted) {
        if (shift == null || index < 0 || index >= rows.size()) {
            notice.set(messages.get("rollcall.selectFirst"));
            return false;
        }
        int minutes;
        try {
            minutes = Integer.parseInt(minutesText.strip());
        } catch (NumberFormatException e) {
            minutes = -1;
        }
        if (minutes < 1 || minutes > 24 * 60) {
            notice.set(messages.get("rollcall.minutesInvalid"));
            return false;
        }
        Shift current = shift;
        RollCallEntry person = rows.get(index);
        int away = minutes;
        background.run(() -> service.leftPost(current, person, away, permitted, monitor), recorded -> {
            recorded.ifPresentOrElse(d -> {
                discipline.add(d);
                notice.set(messages.get("rollcall.leftPostRecorded", person.name(), away));
                onWritten.run();
            }, () -> notice.set(messages.get("rollcall.leftPostWithinLimit", person.name(), away)));
        }, error -> notice.set(messages.get("rollcall.failed", String.valueOf(error.getMessage()))));
        return true;
    }

    private void show(Optional<Loaded> loaded) {
        if (loaded.isEmpty()) {
            shift = null;
            rows.clear();
            discipline.clear();
            title.set(messages.get("rollcall.noShift"));
            counts.set("");
            return;
        }
        Loaded l = loaded.get();
        shift = l.shift();
        ShiftType type = l.shift().type();
        title.set(messages.get("rollcall.title", shiftName(type), l.shift().day().toString(),
                type.startsAt().format(HH_MM), type.endsAt().format(HH_MM), l.sheet().opensAt().format(HH_MM)));
        merge(l.sheet().entries());
        discipline.setAll(l.discipline());
        showCounts();
    }

    /// A reload touches only the rows that changed, and keeps the list when the same people are on
    /// it: replacing every row at each pull from the hub made the table drop the selected row, so
    /// the monitor's next key went to someone else (R-SH-1 at ten marks a second).
    private void merge(List<RollCallEntry> fresh) {
        boolean samePeople = fresh.size() == rows.size();
        for (int i = 0; samePeople && i < fresh.size(); i++) {
            samePeople = fresh.get(i).staffId().equals(rows.get(i).staffId());
        }
        if (!samePeople) {
            rows.setAll(fresh);
            return;
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (!fresh.get(i).equals(rows.get(i))) {
                rows.set(i, fresh.get(i));
            }
        }
    }

    private void replace(java.util.UUID staffId, org.seatdesk.rollcall.RollCallMark mark) {
        for (int i = 0; i < rows.size(); i++) {
            RollCallEntry row = rows.get(i);
            if (row.staffId().equals(staffId)) {
                boolean shown = mark.equals(row.latest()); // a reload read it back already
                boolean newerShown = row.latest() != null && row.latest().markedAt().isAfter(mark.markedAt());
                if (!shown && !newerShown) {
                    rows.set(i, row.with(mark));
                }
                return;
            }
        }
    }

    private void showCounts() {
        List<RollCallEntry> all = List.copyOf(rows);
        counts.set(messages.get("rollcall.counts", count(all, Mark.PRESENT), count(all, Mark.LATE), count(all, Mark.ABSENT),
                count(all, Mark.ON_LEAVE), all.stream().filter(e -> e.mark() == null).count(), all.size()));
    }

    private static long count(List<RollCallEntry> all, Mark mark) {
        return all.stream().filter(e -> e.mark() == mark).count();
    }

    private String shiftName(ShiftType type) {
        return ShiftNames.of(type, messages);
    }

    private record Loaded(Shift shift, RollCallSheet sheet, List<DisciplineRecord> discipline) {
    }
}
