package org.seatdesk.notice.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.seatdesk.i18n.Messages;
import org.seatdesk.notice.Notice;
import org.seatdesk.notice.NoticeService;
import org.seatdesk.ticket.Author;
import org.seatdesk.ui.Background;

/// R-SH-3 at a seat: the notices the agent has not read yet (shown at login, confirmed with one
/// action) and every notice valid now.
public final class NoticesViewModel {

    private final ObservableList<Notice> unread = FXCollections.observableArrayList();
    // One read-only view per list, kept: such a view listens to its list weakly, so a view made
    // per call could be collected with the listeners added to it, and the screen stop following.
    private final ObservableList<Notice> readOnlyUnread = FXCollections.unmodifiableObservableList(unread);
    private final ObservableList<Notice> current = FXCollections.observableArrayList();
    private final ObservableList<Notice> readOnlyCurrent = FXCollections.unmodifiableObservableList(current);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    private final NoticeService notices;
    private final Author me;
    private final Messages messages;
    private final Background background;
    private final ZoneId zone;
    private final Runnable onConfirmed;
    private final DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /// @param onConfirmed runs after receipts are stored (the console pushes them)
    public NoticesViewModel(NoticeService notices, Author me, Messages messages, Background background, ZoneId zone,
                            Runnable onConfirmed) {
        this.notices = notices;
        this.me = me;
        this.messages = messages;
        this.background = background;
        this.zone = zone;
        this.onConfirmed = onConfirmed;
    }

    public ObservableList<Notice> unread() {
        return readOnlyUnread;
    }

    public ObservableList<Notice> current() {
        return readOnlyCurrent;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /// True once the first load finished (the console then knows whether to show the page at login).
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void refresh() {
        background.run(() -> new Loaded(notices.unread(me), notices.current(me.region())),
                result -> {
                    unread.setAll(result.unread());
                    current.setAll(result.current());
                    loaded.set(true);
                },
                error -> message.set(messages.get("notice.loadFailed")));
    }

    private record Loaded(List<Notice> unread, List<Notice> current) {
    }

    /// R-SH-3: the agent confirms having read every notice shown as unread; one receipt each.
    public void confirmRead() {
        List<Notice> shown = List.copyOf(unread);
        if (shown.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> {
                    notices.confirmRead(shown, me);
                    return shown.size();
                },
                count -> {
                    busy.set(false);
                    message.set(messages.get("notice.confirmed", count));
                    onConfirmed.run();
                    refresh();
                },
                error -> {
                    busy.set(false);
                    message.set(messages.get("notice.confirmFailed"));
                });
    }

    /// "Business change · valid 2026-11-24 – 2026-11-30 · 周建华": the last day is the last one
    /// valid (the period ends at the start of the next).
    public String subtitle(Notice notice) {
        return messages.get("notice.subtitle", messages.label(notice.kind()),
                day.format(notice.validFrom().atZone(zone)), day.format(notice.validUntil().minusSeconds(1).atZone(zone)),
                notice.authorName() == null ? "" : notice.authorName());
    }
}
