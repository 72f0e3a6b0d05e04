package org.seatdesk.wall.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.seatdesk.i18n.Messages;
import org.seatdesk.rollcall.RollCallMark;
import org.seatdesk.sync.ConnectionState;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.ui.ShiftNames;
import org.seatdesk.wall.WallBoard;
import org.seatdesk.wall.WallSnapshot;

/// What the wall screen shows, refreshed when the feed brings something and once a second for
/// the clock, the deadline counts and the link to the hub (shown honestly, with since when).
public final class WallViewModel {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ObservableList<RollCallMark> rollCall = FXCollections.observableArrayList();
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shiftText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper monitorText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper open = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper late = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper urgent = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper callbacks = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper offlineText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper();
    private final WallBoard board;
    private final SyncStatusService sync;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private List<RollCallMark> shownRollCall = List.of();

    public WallViewModel(WallBoard board, SyncStatusService sync, Messages messages, Clock clock, ZoneId zone) {
        this.board = board;
        this.sync = sync;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    /// Reads the in-memory board (no database): cheap enough for the JavaFX thread.
    public void refresh() {
        Instant now = clock.instant();
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        clockText.set(HH_MM_SS.format(local));
        DateTimeFormatter fullDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(messages.locale());
        dateText.set(local.format(fullDate));
        WallSnapshot snapshot = board.snapshot(now);
        if (!snapshot.rollCall().equals(shownRollCall)) {
            shownRollCall = snapshot.rollCall();
            rollCall.setAll(shownRollCall); // only on change: the tiles do not flicker every second
        }
        // the shift's day only when it is not today's (a night shift after midnight), and then as
        // the date under the clock is written: one way of writing a date on the wall
        shiftText.set(snapshot.shiftCode() == null ? messages.get("wall.noRollCall")
                : snapshot.shiftDay().equals(local.toLocalDate())
                ? messages.get("wall.rollCallToday", ShiftNames.ofCode(snapshot.shiftCode(), messages))
                : messages.get("wall.rollCall", ShiftNames.ofCode(snapshot.shiftCode(), messages),
                fullDate.format(snapshot.shiftDay())));
        monitorText.set(snapshot.monitorName() == null ? "" : messages.get("wall.monitor", snapshot.monitorName()));
        open.set(String.valueOf(snapshot.counts().open()));
        late.set(String.valueOf(snapshot.counts().late()));
        urgent.set(String.valueOf(snapshot.counts().urgent()));
        callbacks.set(String.valueOf(snapshot.counts().callbacksDue()));
        if (!notices.equals(snapshot.notices())) {
            notices.setAll(snapshot.notices());
        }
        ConnectionState state = sync.state();
        offline.set(!state.online());
        offlineText.set(state.online() ? "" : messages.get("wall.offline", HH_MM.format(state.offlineSince().atZone(zone))));
    }

    /// The demo centre's shift codes by name; a centre's own codes are shown as they are.
    public ObservableList<RollCallMark> rollCall() {
        return rollCall;
    }

    public ObservableList<String> notices() {
        return notices;
    }

    public ReadOnlyStringProperty clockProperty() {
        return clockText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateProperty() {
        return dateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shiftProperty() {
        return shiftText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monitorProperty() {
        return monitorText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lateProperty() {
        return late.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty urgentProperty() {
        return urgent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty callbacksProperty() {
        return callbacks.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty offlineTextProperty() {
        return offlineText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }
}
