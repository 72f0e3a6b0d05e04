package org.seatdesk.ticket.ui;

import java.time.Clock;
import java.time.ZoneId;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.CallCategory;
import org.seatdesk.ticket.CallRecordService;
import org.seatdesk.ui.Background;

/// R-TK-1: records calls resolved by phone and keeps today's count in view.
public final class CallRecordViewModel {

    private final ReadOnlyStringWrapper todayText = new ReadOnlyStringWrapper("");
    private final CallRecordService calls;
    private final Author author;
    private final Messages messages;
    private final Background background;
    private final Clock clock;
    private final ZoneId zone;

    public CallRecordViewModel(CallRecordService calls, Author author, Messages messages, Background background,
                               Clock clock, ZoneId zone) {
        this.calls = calls;
        this.author = author;
        this.messages = messages;
        this.background = background;
        this.clock = clock;
        this.zone = zone;
    }

    /// "Resolved by phone today: N", or why the last recording failed.
    public ReadOnlyStringProperty todayTextProperty() {
        return todayText.getReadOnlyProperty();
    }

    public void record(CallCategory category, String note) {
        background.run(() -> calls.record(category, note, author), saved -> refresh(),
                error -> todayText.set(messages.get("call.failed", String.valueOf(error.getMessage()))));
    }

    public void refresh() {
        var startOfDay = clock.instant().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        background.run(() -> calls.countSince(startOfDay),
                count -> todayText.set(messages.get("call.today", count)),
                error -> todayText.set(""));
    }
}
