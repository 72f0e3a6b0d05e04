package org.seatdesk.kb.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.seatdesk.i18n.Messages;
import org.seatdesk.kb.Article;
import org.seatdesk.kb.KnowledgeBase;
import org.seatdesk.kb.SearchHit;
import org.seatdesk.kb.SearchResults;
import org.seatdesk.kb.Section;
import org.seatdesk.ui.Background;

/// Knowledge-base search at the seat (R-KB-4): results as the agent types, the article being
/// read, pins and recently used. Searches run on the search thread, one at a time: while one
/// runs, only the newest text typed meanwhile is searched next, so a fast typist never queues a
/// backlog. Reading, pins and links run on the database thread.
public final class KbSearchViewModel {

    /// A screenful: more would only cost highlighting time on every keystroke.
    static final int RESULTS = 12;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ObservableList<Article> pinned = FXCollections.observableArrayList();
    private final ObservableList<Article> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Article> reading = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readingPinned = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    /// Increments with every result list shown: tests and the latency probe wait on it.
    private final ReadOnlyObjectWrapper<Long> shown = new ReadOnlyObjectWrapper<>(0L);

    private final KnowledgeBase kb;
    private final UUID staffId;
    private final Messages messages;
    private final Background search;
    private final Background db;
    private final TicketHook ticket;
    private boolean searching;
    private boolean pending;

    public KbSearchViewModel(KnowledgeBase kb, UUID staffId, Messages messages, Background search, Background db,
                             TicketHook ticket) {
        this.kb = kb;
        this.staffId = staffId;
        this.messages = messages;
        this.search = search;
        this.db = db;
        this.ticket = ticket;
        query.addListener(o -> search());
        section.addListener(o -> search());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObservableList<SearchHit> results() {
        return results;
    }

    public ObservableList<Article> pinned() {
        return pinned;
    }

    public ObservableList<Article> recent() {
        return recent;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Article> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingPinnedProperty() {
        return readingPinned.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /// Runs the current query (again); an empty query clears the results and shows the shelves.
    public void search() {
        if (searching) {
            pending = true;
            return;
        }
        String text = query.get() == null ? "" : query.get();
        if (text.isBlank()) {
            results.clear();
            status.set("");
            shown.set(shown.get() + 1);
            return;
        }
        searching = true;
        Section in = section.get();
        search.run(() -> kb.search(text, in, RESULTS), this::show, this::failed);
    }

    private void show(SearchResults r) {
        searching = false;
        if (pending) {
            pending = false;
            search(); // the agent typed on: only the newest text matters
            return;
        }
        results.setAll(r.hits());
        if (!kb.ready().isDone()) {
            status.set(messages.get("kb.results.building"));
        } else if (r.hits().isEmpty()) {
            status.set(messages.get("kb.results.none", r.query().strip()));
        } else {
            status.set(messages.get(r.totalAtLeast() ? "kb.results.countAtLeast" : "kb.results.count", r.total(),
                    Math.max(1, r.micros() / 1000)));
        }
        shown.set(shown.get() + 1);
    }

    private void failed(Throwable error) {
        searching = false;
        pending = false;
        results.clear();
        status.set(messages.get("kb.results.failed", error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
        shown.set(shown.get() + 1);
    }

    /// Pins and recently used, for the empty search.
    public void refreshShelves() {
        db.run(() -> new Shelves(kb.pinned(staffId), kb.recent(staffId)), s -> {
            pinned.setAll(s.pinned());
            recent.setAll(s.recent());
        }, error -> notice.set(messages.get("kb.results.failed", String.valueOf(error.getMessage()))));
    }

    private record Shelves(List<Article> pinned, List<Article> recent) {
    }

    public void open(UUID articleId) {
        db.run(() -> kb.open(articleId, staffId).map(a -> new Opened(a, kb.pinned(staffId), kb.recent(staffId))),
                this::showArticle, error -> notice.set(messages.get("kb.results.failed", String.valueOf(error.getMessage()))));
    }

    private record Opened(Article article, List<Article> pinned, List<Article> recent) {
    }

    private void showArticle(Optional<Opened> opened) {
        notice.set("");
        opened.ifPresentOrElse(o -> {
            reading.set(o.article());
            pinned.setAll(o.pinned());
            recent.setAll(o.recent());
            readingPinned.set(o.pinned().stream().anyMatch(a -> a.id().equals(o.article().id())));
            if (!o.article().live()) {
                notice.set(messages.get("kb.reader.removed"));
            }
        }, () -> notice.set(messages.get("kb.reader.gone")));
    }

    public void togglePin() {
        Article article = reading.get();
        if (article == null) {
            return;
        }
        boolean pin = !readingPinned.get();
        db.run(() -> {
            if (pin) {
                kb.pin(staffId, article.id());
            } else {
                kb.unpin(staffId, article.id());
            }
            return kb.pinned(staffId);
        }, now -> {
            pinned.setAll(now);
            readingPinned.set(pin);
        }, error -> notice.set(messages.get("kb.results.failed", String.valueOf(error.getMessage()))));
    }

    /// Copies a passage of the article into the ticket's description (the form keeps the rest).
    public void insertIntoTicket(String passage) {
        if (passage == null || passage.isBlank()) {
            return;
        }
        ticket.appendToDescription(passage.strip());
        notice.set(messages.get("kb.reader.inserted"));
    }

    public void linkToTicket() {
        Article article = reading.get();
        if (article != null) {
            ticket.link(article);
            notice.set(messages.get("kb.reader.linked"));
        }
    }

    public boolean readingIsLinked() {
        return reading.get() != null && ticket.isLinked(reading.get());
    }
}
