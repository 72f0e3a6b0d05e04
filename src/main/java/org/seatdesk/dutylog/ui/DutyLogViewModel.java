package org.seatdesk.dutylog.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.seatdesk.dutylog.DutyLogCategory;
import org.seatdesk.dutylog.DutyLogEntry;
import org.seatdesk.dutylog.DutyLogService;
import org.seatdesk.dutylog.Escalation;
import org.seatdesk.dutylog.EscalationLadder;
import org.seatdesk.i18n.Messages;
import org.seatdesk.rollcall.RollCallService.Shift;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.ui.Background;

/// The duty log of the current shift (R-SH-5) and its escalations (R-SEC-2): write an entry,
/// report a problem up (next level, or past levels in an emergency), and inform the superiors
/// an emergency skipped. What was typed stays in the fields when a save is refused.
public final class DutyLogViewModel {

    private final ObservableList<DutyLogEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<Escalation> escalations = FXCollections.observableArrayList();
    private final ObservableList<DutyLogService.PendingNotice> pending = FXCollections.observableArrayList();
    private final ObjectProperty<DutyLogCategory> category = new SimpleObjectProperty<>(DutyLogCategory.EVENT);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Role> escalateTo = new SimpleObjectProperty<>();
    private final BooleanProperty emergency = new SimpleBooleanProperty();
    private final StringProperty subject = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final DutyLogService service;
    private final Function<Instant, Optional<Shift>> shifts;
    private final Staff author;
    private final Messages messages;
    private final Background background;
    private final Clock clock;
    private final Runnable onWritten;
    private Shift shift;

    public DutyLogViewModel(DutyLogService service, Function<Instant, Optional<Shift>> shifts, Staff author,
                            Messages messages, Background background, Clock clock, Runnable onWritten) {
        this.service = service;
        this.shifts = shifts;
        this.author = author;
        this.messages = messages;
        this.background = background;
        this.clock = clock;
        this.onWritten = onWritten;
        escalateTo.set(EscalationLadder.next(author.role()).orElse(null));
    }

    /// The superiors above this person, nearest first (R-SEC-2).
    public List<Role> superiors() {
        java.util.List<Role> up = new java.util.ArrayList<>();
        Optional<Role> next = EscalationLadder.next(author.role());
        while (next.isPresent()) {
            up.add(next.get());
            next = EscalationLadder.next(next.get());
        }
        return up;
    }

    public void refresh() {
        background.run(() -> shifts.apply(clock.instant()).map(s -> new Loaded(s, service.entries(s.day(), s.type().code()),
                service.escalations(s.day(), s.type().code()))), this::show, this::failed);
    }

    public void write() {
        if (shift == null) {
            notice.set(messages.get("dutylog.noShift"));
            return;
        }
        Shift current = shift;
        DutyLogCategory chosen = category.get();
        String typed = text.get();
        background.run(() -> service.write(current.day(), current.type().code(), chosen, typed, author), entry -> {
            text.set("");
            entries.add(entry);
            notice.set(messages.get("dutylog.written"));
            onWritten.run();
        }, this::failed);
    }

    public void escalate() {
        if (shift == null || escalateTo.get() == null) {
            notice.set(messages.get(shift == null ? "dutylog.noShift" : "escalation.notUp"));
            return;
        }
        Shift current = shift;
        Role to = escalateTo.get();
        boolean urgent = emergency.get();
        String typed = subject.get();
        background.run(() -> service.escalate(current.day(), current.type().code(), author, to, urgent, typed), e -> {
            subject.set("");
            emergency.set(false);
            notice.set(messages.get("escalation.raised", messages.label(to)));
            onWritten.run();
            refresh();
        }, this::failed);
    }

    /// Records that the superior an emergency skipped has now been informed (R-SEC-2).
    public void inform(DutyLogService.PendingNotice notice) {
        background.run(() -> service.inform(notice.emergency(), notice.superior(), author, null), e -> {
            this.notice.set(messages.get("escalation.informed", messages.label(notice.superior())));
            onWritten.run();
            refresh();
        }, this::failed);
    }

    private void show(Optional<Loaded> loaded) {
        if (loaded.isEmpty()) {
            shift = null;
            title.set(messages.get("dutylog.noShift"));
            entries.clear();
            escalations.clear();
            pending.clear();
            return;
        }
        Loaded l = loaded.get();
        shift = l.shift();
        title.set(messages.get("dutylog.title", org.seatdesk.ui.ShiftNames.of(l.shift().type(), messages), // no raw "DAY"
                messages.dateFormat().format(l.shift().day())));
        entries.setAll(l.entries());
        escalations.setAll(l.escalations());
        pending.setAll(DutyLogService.pendingNotices(l.escalations()));
    }

    private void failed(Throwable error) {
        notice.set(error instanceof DutyLogService.RefusedException refused ? messages.get(refused.key())
                : messages.get("rollcall.failed", String.valueOf(error.getMessage())));
    }

    public ObservableList<DutyLogEntry> entries() {
        return entries;
    }

    public ObservableList<Escalation> escalations() {
        return escalations;
    }

    public ObservableList<DutyLogService.PendingNotice> pending() {
        return pending;
    }

    public ObjectProperty<DutyLogCategory> categoryProperty() {
        return category;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Role> escalateToProperty() {
        return escalateTo;
    }

    public BooleanProperty emergencyProperty() {
        return emergency;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private record Loaded(Shift shift, List<DutyLogEntry> entries, List<Escalation> escalations) {
    }
}
