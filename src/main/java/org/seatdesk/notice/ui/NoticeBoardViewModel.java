package org.seatdesk.notice.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.seatdesk.i18n.Messages;
import org.seatdesk.notice.InvalidNoticeException;
import org.seatdesk.notice.NoticeDraft;
import org.seatdesk.notice.NoticeKind;
import org.seatdesk.notice.NoticeProblem;
import org.seatdesk.notice.NoticeReading;
import org.seatdesk.notice.NoticeService;
import org.seatdesk.ticket.Author;
import org.seatdesk.ui.Background;

/// R-SH-3 for monitors and directors: publish a notice for a period of days, and see for each
/// current notice who has not read it yet.
public final class NoticeBoardViewModel {

    /// A new notice is valid for a week unless the publisher says otherwise.
    static final int DEFAULT_DAYS = 7;

    private final ObjectProperty<NoticeKind> kind = new SimpleObjectProperty<>(NoticeKind.BUSINESS_CHANGE);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    private final Map<NoticeProblem.Field, ReadOnlyStringWrapper> errors = new EnumMap<>(NoticeProblem.Field.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<NoticeReading> readings = FXCollections.observableArrayList();
    // One read-only view per list, kept: such a view listens to its list weakly, so a view made
    // per call could be collected with the listeners added to it, and the screen stop following.
    private final ObservableList<NoticeReading> readOnlyReadings = FXCollections.unmodifiableObservableList(readings);

    private final NoticeService notices;
    private final Author me;
    private final Messages messages;
    private final Background background;
    private final Clock clock;
    private final ZoneId zone;
    private final Runnable onPublished;

    public NoticeBoardViewModel(NoticeService notices, Author me, Messages messages, Background background, Clock clock,
                                ZoneId zone, Runnable onPublished) {
        this.notices = notices;
        this.me = me;
        this.messages = messages;
        this.background = background;
        this.clock = clock;
        this.zone = zone;
        this.onPublished = onPublished;
        for (NoticeProblem.Field field : NoticeProblem.Field.values()) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
        resetPeriod();
    }

    private void resetPeriod() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        firstDay.set(today);
        lastDay.set(today.plusDays(DEFAULT_DAYS - 1));
    }

    public ObjectProperty<NoticeKind> kindProperty() {
        return kind;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    /// The first day the notice is valid (from its start, centre time).
    public ObjectProperty<LocalDate> firstDayProperty() {
        return firstDay;
    }

    /// The last day the notice is valid (to its end, centre time).
    public ObjectProperty<LocalDate> lastDayProperty() {
        return lastDay;
    }

    public ReadOnlyStringProperty errorProperty(NoticeProblem.Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<NoticeReading> readings() {
        return readOnlyReadings;
    }

    public void refresh() {
        background.run(() -> notices.readings(me.region()), readings::setAll,
                error -> message.set(messages.get("notice.loadFailed")));
    }

    /// R-SH-3: publishes; on a problem the messages appear at the fields and the text stays.
    public void publish() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        NoticeDraft draft = new NoticeDraft(kind.get(), title.get(), body.get(),
                firstDay.get() == null ? null : firstDay.get().atStartOfDay(zone).toInstant(),
                lastDay.get() == null ? null : lastDay.get().plusDays(1).atStartOfDay(zone).toInstant());
        background.run(() -> notices.publish(draft, me),
                published -> {
                    busy.set(false);
                    errors.values().forEach(e -> e.set(""));
                    title.set("");
                    body.set("");
                    resetPeriod();
                    message.set(messages.get("notice.published", published.title()));
                    onPublished.run();
                    refresh();
                },
                error -> {
                    busy.set(false);
                    errors.values().forEach(e -> e.set(""));
                    if (error instanceof InvalidNoticeException invalid) {
                        invalid.problems().forEach(p -> errors.get(p.field()).set(text(p)));
                        message.set(messages.get("notice.fix"));
                    } else {
                        message.set(messages.get("notice.publishFailed"));
                    }
                });
    }

    String text(NoticeProblem problem) {
        return switch (problem.kind()) {
            case REQUIRED -> messages.get("notice.problem.required");
            case TOO_LONG -> messages.get("notice.problem.tooLong", problem.limit());
            case ENDS_TOO_EARLY -> messages.get("notice.problem.endsTooEarly");
        };
    }

    /// "3 of 5 have read it"
    public String progress(NoticeReading reading) {
        int read = reading.readBy().size();
        return messages.get("notice.progress", read, read + reading.notYetReadBy().size());
    }

    public String notYetRead(NoticeReading reading) {
        return reading.notYetReadBy().isEmpty() ? messages.get("notice.allRead") : String.join("、", reading.notYetReadBy());
    }

    public String period(NoticeReading reading) {
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("MM-dd");
        return format.format(reading.notice().validFrom().atZone(zone)) + " – "
                + format.format(reading.notice().validUntil().minusSeconds(1).atZone(zone));
    }
}
