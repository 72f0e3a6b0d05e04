package org.seatdesk.roster.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.LeaveKind;
import org.seatdesk.roster.Outcome;
import org.seatdesk.roster.RequestSummary;
import org.seatdesk.roster.RosterServices;
import org.seatdesk.roster.ShiftOverview;
import org.seatdesk.security.Staff;
import org.seatdesk.ui.Background;

/// The seat's roster page: my current and next shift, my requests, and the leave and swap forms.
/// What the person typed stays in the form when a rule refuses it, with the rule's reason.
public final class MyRosterViewModel {

    private final RosterServices roster;
    private final Staff me;
    private final Messages messages;
    private final Background background;
    private final Clock clock;
    private final Runnable saved;
    private final ZoneId zone;

    private final ReadOnlyObjectWrapper<ShiftOverview.Shifts> shifts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ShiftOverview.Week>> weeks = new ReadOnlyObjectWrapper<>(List.of());
    // The leave form starts on the person's next shift, until they choose a day themselves.
    private boolean leaveDayChosen;
    private boolean settingDefaultDay;
    private final ObservableList<RequestSummary> requests = FXCollections.observableArrayList();
    // One read-only view per list, kept: such a view listens to its list weakly, so a view made
    // per call could be collected with the listeners added to it, and the screen stop following.
    private final ObservableList<RequestSummary> readOnlyRequests = FXCollections.unmodifiableObservableList(requests);
    private final ObservableList<Staff> people = FXCollections.observableArrayList();
    private final ObservableList<Staff> readOnlyPeople = FXCollections.unmodifiableObservableList(people);
    private final Feedback feedback;

    private final ObjectProperty<LeaveKind> leaveKind = new SimpleObjectProperty<>(LeaveKind.PERSONAL);
    private final ObjectProperty<Staff> leaveFor = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> leaveFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> leaveTo = new SimpleObjectProperty<>();
    private final BooleanProperty certificate = new SimpleBooleanProperty();
    private final StringProperty leaveNote = new SimpleStringProperty("");

    private final ObjectProperty<Staff> swapPartner = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> myDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> theirDay = new SimpleObjectProperty<>();
    private final StringProperty swapNote = new SimpleStringProperty("");

    /// @param saved runs after a request was saved (the console nudges sync)
    public MyRosterViewModel(RosterServices roster, Staff me, Messages messages, Background background, Clock clock,
                             ZoneId zone, Runnable saved) {
        this.roster = roster;
        this.me = me;
        this.messages = messages;
        this.background = background;
        this.clock = clock;
        this.saved = saved;
        this.zone = zone;
        this.feedback = new Feedback(messages, background);
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), zone).plusDays(1);
        leaveFrom.set(tomorrow);
        leaveTo.set(tomorrow);
        myDay.set(tomorrow);
        theirDay.set(tomorrow);
        leaveFor.set(me);
        leaveFrom.subscribe(from -> {
            if (from != null && (leaveTo.get() == null || leaveTo.get().isBefore(from))) {
                leaveTo.set(from);
            }
        });
        leaveFrom.subscribe(from -> leaveDayChosen |= !settingDefaultDay);
        leaveTo.subscribe(to -> leaveDayChosen |= !settingDefaultDay);
        leaveDayChosen = false; // the subscriptions above ran once with the initial values
    }

    public void refresh() {
        UUID id = me.id();
        background.run(() -> new Loaded(roster.overview().overview(id, clock.instant()), roster.requests().requestsOf(id),
                        roster.requests().people()),
                loaded -> {
                    shifts.set(loaded.overview().shifts());
                    weeks.set(loaded.overview().weeks());
                    defaultLeaveDay(loaded.overview().shifts().next());
                    requests.setAll(loaded.requests());
                    people.setAll(loaded.people());
                },
                error -> show(messages.get("roster.loadFailed"), true));
    }

    private record Loaded(ShiftOverview.Overview overview, List<RequestSummary> requests, List<Staff> people) {
    }

    /// Leave is taken from a shift (a day off frees nothing): the form offers the next one.
    private void defaultLeaveDay(ShiftOverview.Slot next) {
        if (leaveDayChosen || next == null) {
            return;
        }
        settingDefaultDay = true;
        try {
            leaveFrom.set(next.day());
            leaveTo.set(next.day());
        } finally {
            settingDefaultDay = false;
        }
    }

    public void askLeave() {
        if (leaveFrom.get() == null || leaveTo.get() == null) {
            show(messages.get("roster.form.daysMissing"), true);
            return;
        }
        Staff forWhom = leaveFor.get() == null ? me : leaveFor.get();
        LeaveKind kind = leaveKind.get();
        LocalDate from = leaveFrom.get();
        LocalDate to = leaveTo.get();
        boolean cert = certificate.get();
        String note = leaveNote.get();
        submit(() -> roster.requests().askLeave(me, forWhom.id(), kind, from, to, cert, note), "roster.leave.sent",
                () -> leaveNote.set(""));
    }

    public void askSwap() {
        if (swapPartner.get() == null) {
            show(messages.get("roster.form.partnerMissing"), true);
            return;
        }
        if (myDay.get() == null || theirDay.get() == null) {
            show(messages.get("roster.form.daysMissing"), true);
            return;
        }
        UUID partner = swapPartner.get().id();
        LocalDate mine = myDay.get();
        LocalDate theirs = theirDay.get();
        String note = swapNote.get();
        submit(() -> roster.requests().askSwap(me, partner, mine, theirs, note), "roster.swap.sent", () -> swapNote.set(""));
    }

    private void submit(java.util.function.Supplier<Outcome> work, String sentKey, Runnable clearNote) {
        feedback.submit(work, () -> {
            clearNote.run();
            saved.run();
            refresh();
            return messages.get(sentKey);
        });
    }

    private void show(String text, boolean isRefusal) {
        feedback.show(text, isRefusal);
    }

    /// Today in the centre's time: the week strip marks it.
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public Staff me() {
        return me;
    }

    public ReadOnlyObjectProperty<ShiftOverview.Shifts> shiftsProperty() {
        return shifts.getReadOnlyProperty();
    }

    /// This week and the next, Monday to Sunday, with the person's shift on each day.
    public ReadOnlyObjectProperty<List<ShiftOverview.Week>> weeksProperty() {
        return weeks.getReadOnlyProperty();
    }

    public ObservableList<RequestSummary> requests() {
        return readOnlyRequests;
    }

    public ObservableList<Staff> people() {
        return readOnlyPeople;
    }

    public ReadOnlyStringProperty messageProperty() {
        return feedback.message();
    }

    public ReadOnlyBooleanProperty refusedProperty() {
        return feedback.refused();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return feedback.busy();
    }

    public ObjectProperty<LeaveKind> leaveKindProperty() {
        return leaveKind;
    }

    public ObjectProperty<Staff> leaveForProperty() {
        return leaveFor;
    }

    public ObjectProperty<LocalDate> leaveFromProperty() {
        return leaveFrom;
    }

    public ObjectProperty<LocalDate> leaveToProperty() {
        return leaveTo;
    }

    public BooleanProperty certificateProperty() {
        return certificate;
    }

    public StringProperty leaveNoteProperty() {
        return leaveNote;
    }

    public ObjectProperty<Staff> swapPartnerProperty() {
        return swapPartner;
    }

    public ObjectProperty<LocalDate> myDayProperty() {
        return myDay;
    }

    public ObjectProperty<LocalDate> theirDayProperty() {
        return theirDay;
    }

    public StringProperty swapNoteProperty() {
        return swapNote;
    }
}
