package org.seatdesk.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.RosterService;
import org.seatdesk.roster.ShiftType;
import org.seatdesk.security.Session;
import org.seatdesk.sync.ConnectionState;
import org.seatdesk.sync.SyncStatusService;

/// The status bar: who sits here, on which shift, and whether the hub can be reached.
public final class StatusBarViewModel {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shift = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyIntegerWrapper conflicts = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper conflictsText = new ReadOnlyStringWrapper("");
    private final Session session;
    private final Messages messages;
    private final SyncStatusService sync;
    private final RosterService roster;
    private final Background background;
    private final java.time.Clock clock;
    private final ZoneId zone;
    private final java.util.function.IntSupplier openConflicts;
    private final java.util.function.IntSupplier unreadRefusals;

    public StatusBarViewModel(Session session, Messages messages, SyncStatusService sync, RosterService roster,
                              Background background, java.time.Clock clock, ZoneId zone) {
        this(session, messages, sync, roster, background, clock, zone, () -> 0);
    }

    /// @param openConflicts counts the conflicts waiting for a person (read on the database executor)
    public StatusBarViewModel(Session session, Messages messages, SyncStatusService sync, RosterService roster,
                              Background background, java.time.Clock clock, ZoneId zone,
                              java.util.function.IntSupplier openConflicts) {
        this(session, messages, sync, roster, background, clock, zone, openConflicts, () -> 0);
    }

    /// @param unreadRefusals counts the hub's refusals nobody has read yet (database executor)
    public StatusBarViewModel(Session session, Messages messages, SyncStatusService sync, RosterService roster,
                              Background background, java.time.Clock clock, ZoneId zone,
                              java.util.function.IntSupplier openConflicts, java.util.function.IntSupplier unreadRefusals) {
        this.openConflicts = openConflicts;
        this.unreadRefusals = unreadRefusals;
        this.session = session;
        this.messages = messages;
        this.sync = sync;
        this.roster = roster;
        this.background = background;
        this.clock = clock;
        this.zone = zone;
        // someone without a seat (a director) signs in under the placeholder seat "S00": no raw
        // code on screen, the bar then leaves the seat out
        boolean seated = session.seated();
        who.set(seated ? messages.get("status.who", session.staff().name(), session.staff().staffNo(),
                messages.label(session.staff().role()), session.seatCode())
                : messages.get("status.whoNoSeat", session.staff().name(), session.staff().staffNo(),
                messages.label(session.staff().role())));
        // The link shows as it changes: a periodic refresh alone said "offline" for seconds after
        // a login whose first sync had already reached the hub.
        sync.whenLinkChanges(() -> background.fx().execute(this::refresh));
    }

    public ReadOnlyStringProperty whoProperty() {
        return who.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shiftProperty() {
        return shift.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /// True while the hub answers: the view shows a cloud with a check, otherwise a crossed-out cloud.
    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    /// Open conflicts (sync principle 6) and unread refusals of the hub; the view shows a link to
    /// the inbox while there are any.
    public javafx.beans.property.ReadOnlyIntegerProperty conflictsProperty() {
        return conflicts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty conflictsTextProperty() {
        return conflictsText.getReadOnlyProperty();
    }

    public void refresh() {
        background.run(() -> new Snapshot(sync.state(),
                        roster.currentShift(session.staff().id(), clock.instant()).orElse(null), openConflicts.getAsInt(),
                        unreadRefusals.getAsInt()),
                this::show, error -> connection.set(messages.get("status.unknown")));
    }

    private void show(Snapshot snapshot) {
        ShiftType s = snapshot.shift();
        shift.set(s == null ? messages.get("status.offShift")
                : messages.get("status.shift", shiftName(s), s.startsAt().format(HH_MM), s.endsAt().format(HH_MM)));
        // One link to the inbox for everything a person must look at: conflicts and refusals.
        int open = snapshot.conflicts();
        int refused = snapshot.refused();
        conflicts.set(open + refused);
        conflictsText.set(refused == 0 ? (open == 0 ? "" : messages.get("status.conflicts", open))
                : open == 0 ? messages.get("status.refused", refused)
                : messages.get("status.conflictsAndRefused", open, refused));
        ConnectionState c = snapshot.connection();
        online.set(c.online());
        connection.set(switch (c.link()) {
            case ONLINE -> messages.get("status.online", c.pendingChanges());
            case SYNCING -> messages.get("status.syncing", c.pendingChanges());
            case OFFLINE -> messages.get("status.offline", HH_MM.format(c.offlineSince().atZone(zone)), c.pendingChanges());
        });
    }

    private String shiftName(ShiftType s) {
        return ShiftNames.of(s, messages);
    }

    private record Snapshot(ConnectionState connection, ShiftType shift, int conflicts, int refused) {
    }
}
