package org.seatdesk.kb.editorial.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.seatdesk.i18n.Messages;
import org.seatdesk.kb.editorial.Actor;
import org.seatdesk.kb.editorial.ArticleDiff;
import org.seatdesk.kb.editorial.Catalogue;
import org.seatdesk.kb.editorial.CatalogueEntry;
import org.seatdesk.kb.editorial.EditorialAction;
import org.seatdesk.kb.editorial.EditorialException;
import org.seatdesk.kb.editorial.EditorialFlow;
import org.seatdesk.kb.editorial.EditorialService;
import org.seatdesk.kb.editorial.EditorialState;
import org.seatdesk.kb.editorial.ItemSummary;
import org.seatdesk.kb.editorial.KeptMaterial;
import org.seatdesk.kb.editorial.Revision;
import org.seatdesk.kb.editorial.RevisionDraft;
import org.seatdesk.kb.editorial.SavedRevision;
import org.seatdesk.kb.editorial.Step;
import org.seatdesk.ui.Background;

/// The KB editor page's state and commands (R-KB-1, R-KB-2): the items by state, the selected
/// item's text, its flow's next steps, its history and versions, its material, and the
/// catalogue. Database work runs on the {@link Background}; what the editor typed stays in the
/// properties whatever the outcome of a save.
public final class KbEditorViewModel {

    /// One saved version and what changed against the one before (R-KB-2).
    public record VersionLine(Revision revision, ArticleDiff diff) {
    }

    private final EditorialService service;
    private final Actor actor;
    private final Messages messages;
    private final Background background;
    private final DateTimeFormatter time;
    private final Runnable saved;

    private final ObservableList<ItemSummary> allItems = FXCollections.observableArrayList();
    private final ObservableList<ItemSummary> items = FXCollections.observableArrayList();
    private final ObjectProperty<EditorialState> filter = new SimpleObjectProperty<>();
    private final ObjectProperty<ItemSummary> selected = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<String> section = new SimpleObjectProperty<>();
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<String> language = new SimpleObjectProperty<>("zh");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper bodyProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<EditorialAction> nextActions = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<VersionLine> versions = FXCollections.observableArrayList();
    private final MaterialShelf shelf;
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObjectProperty<Catalogue> catalogue = new SimpleObjectProperty<>();

    public KbEditorViewModel(EditorialService service, Actor actor, Messages messages, Background background, ZoneId zone,
                             Runnable saved) {
        this.service = service;
        this.actor = actor;
        this.messages = messages;
        this.background = background;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        this.saved = saved;
        this.shelf = new MaterialShelf(service, actor, messages, background, busy, saved);
        filter.subscribe(f -> applyFilter());
        section.subscribe(s -> categories.setAll(catalogue.get() == null || s == null ? List.of() : catalogue.get().categories(s)));
        catalogue.subscribe(c -> categories.setAll(c == null || section.get() == null ? List.of() : c.categories(section.get())));
    }

    // --- what the view binds to

    public ObservableList<ItemSummary> items() {
        return items;
    }

    public ObjectProperty<EditorialState> filterProperty() {
        return filter;
    }

    public ObjectProperty<ItemSummary> selectedProperty() {
        return selected;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<String> sectionProperty() {
        return section;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObjectProperty<String> languageProperty() {
        return language;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty bodyProblemProperty() {
        return bodyProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /// True while the selected item is being edited and the person may edit (R-KB-1 ③).
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<EditorialAction> nextActions() {
        return nextActions;
    }

    public ObservableList<String> history() {
        return history;
    }

    public ObservableList<VersionLine> versions() {
        return versions;
    }

    /// The original material tab (R-KB-2).
    public MaterialShelf material() {
        return shelf;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObjectProperty<Catalogue> catalogueProperty() {
        return catalogue;
    }

    public List<String> sections() {
        return service.sections();
    }

    public Actor actor() {
        return actor;
    }

    public String time(java.time.Instant at) {
        return at == null ? "—" : time.format(at);
    }

    // --- commands

    /// Reloads the list and the catalogue, keeping the selection (another editor's work arrived).
    public void refresh() {
        UUID keep = selected.get() == null ? null : selected.get().id();
        run(() -> new Loaded(service.items(), service.catalogue()), loaded -> {
            allItems.setAll(loaded.items());
            catalogue.set(loaded.catalogue());
            applyFilter();
            if (keep != null) {
                allItems.stream().filter(i -> i.id().equals(keep)).findFirst().ifPresent(this::showFlow);
            }
        });
    }

    /// Shows an item: its latest version in the form, its flow, history, versions and material.
    public void select(ItemSummary item) {
        selected.set(item);
        bodyProblem.set("");
        if (item == null) {
            clearForm();
            return;
        }
        loadDetail(item, false);
    }

    /// Saves the form as a new version (R-KB-2); the text stays in the form whatever the answer.
    public void save() {
        ItemSummary item = selected.get();
        if (item == null || !editable.get()) {
            return;
        }
        if (body.get().length() > Revision.BODY_LIMIT) {
            bodyProblem.set(messages.get("kb.editor.body.tooLong", Revision.BODY_LIMIT, body.get().length()));
            return;
        }
        RevisionDraft draft = new RevisionDraft(section.get(), category.get(), title.get(), body.get(), language.get(),
                tags.get());
        run(() -> service.saveRevision(actor, item.id(), draft), (SavedRevision result) -> {
            message.set(messages.get(result.bodyWasCleaned() ? "kb.editor.saved.cleaned" : "kb.editor.saved",
                    result.revision().revisionNo()));
            if (result.bodyWasCleaned()) {
                body.set(result.revision().body());
            }
            saved.run();
            refreshKeepingForm(item.id());
        });
    }

    /// Takes a step of the flow with the note typed beside the buttons.
    public void take(EditorialAction action) {
        ItemSummary item = selected.get();
        if (item == null) {
            return;
        }
        String typed = note.get();
        run(() -> service.take(actor, item.id(), action, typed), (Step step) -> {
            note.set("");
            message.set(messages.get("kb.editor.stepTaken", messages.label(step.action()), step.actorName()));
            saved.run();
            refreshKeepingForm(item.id());
        });
    }

    /// R-KB-1 ①: a notice arrived; it becomes the selected item.
    public void receiveNotice(String noticeTitle, String department) {
        run(() -> service.receiveNotice(actor, noticeTitle, department), (Step step) -> {
            message.set(messages.get("kb.editor.noticeReceived", step.note()));
            saved.run();
            filter.set(null);
            selected.set(null);
            clearForm();
            refreshKeepingForm(step.itemId());
        });
    }

    /// R-KB-2: keeps the original material with the selected item.
    public void attach(java.nio.file.Path file) {
        ItemSummary item = selected.get();
        if (item != null) {
            shelf.attach(item, file);
        }
    }

    public void addCategory(String inSection, String name) {
        changeCatalogue(inSection, name, CatalogueEntry.Change.ADD);
    }

    public void removeCategory(String inSection, String name) {
        changeCatalogue(inSection, name, CatalogueEntry.Change.REMOVE);
    }

    /// A paste or keystroke that would pass the limit is refused whole: the text stays as it was
    /// and the field says why (issue 6: a huge paste is refused with a clear limit).
    public boolean acceptsBodyLength(int newLength) {
        if (newLength > Revision.BODY_LIMIT) {
            bodyProblem.set(messages.get("kb.editor.body.tooLong", Revision.BODY_LIMIT, newLength));
            return false;
        }
        bodyProblem.set("");
        return true;
    }

    // --- helpers

    private void changeCatalogue(String inSection, String name, CatalogueEntry.Change change) {
        run(() -> {
            service.changeCatalogue(actor, inSection, name, change);
            return service.catalogue();
        }, (Catalogue updated) -> {
            catalogue.set(updated);
            message.set(messages.get(change == CatalogueEntry.Change.ADD ? "kb.editor.catalogue.added"
                    : "kb.editor.catalogue.removed", name));
            saved.run();
        });
    }

    /// After a command: the list and the item's flow reload, the form keeps what is typed.
    private void refreshKeepingForm(UUID id) {
        run(() -> new Loaded(service.items(), service.catalogue()), loaded -> {
            allItems.setAll(loaded.items());
            catalogue.set(loaded.catalogue());
            applyFilter();
            allItems.stream().filter(i -> i.id().equals(id)).findFirst().ifPresent(i -> loadDetail(i, true));
        });
    }

    private void loadDetail(ItemSummary item, boolean keepForm) {
        UUID id = item.id();
        run(() -> new Detail(service.history(id), service.revisions(id), service.materials(id)), detail -> {
            if (selected.get() != null && !selected.get().id().equals(id)) {
                return; // another item was chosen meanwhile
            }
            List<Revision> revisions = detail.revisions();
            if (!keepForm && !revisions.isEmpty()) {
                fill(revisions.getLast());
            } else if (!keepForm) {
                clearForm();
            }
            if (revisions.isEmpty() && title.get().isBlank()) {
                title.set(detail.steps().getFirst().note()); // the notice's title, until a version has one
            }
            history.setAll(detail.steps().stream().map(this::historyLine).toList());
            versions.clear();
            for (int k = revisions.size() - 1; k >= 0; k--) {
                versions.add(new VersionLine(revisions.get(k),
                        ArticleDiff.between(k == 0 ? null : revisions.get(k - 1), revisions.get(k))));
            }
            shelf.show(detail.materials());
            showFlow(item);
        });
    }

    private void showFlow(ItemSummary item) {
        selected.set(item);
        nextActions.setAll(EditorialFlow.nextFor(item.state(), actor.role()));
        editable.set(item.state() == EditorialState.BEING_EDITED
                && org.seatdesk.kb.editorial.EditorialPolicy.mayEdit(actor.role()));
    }

    private void applyFilter() {
        EditorialState wanted = filter.get();
        items.setAll(wanted == null ? allItems : allItems.stream().filter(i -> i.state() == wanted).toList());
    }

    private void fill(Revision r) {
        title.set(r.title());
        section.set(r.section());
        category.set(r.category());
        language.set(r.language());
        tags.set(r.tags());
        body.set(r.body());
    }

    private void clearForm() {
        title.set("");
        section.set(service.sections().getFirst());
        category.set(null);
        language.set("zh");
        tags.set("");
        body.set("");
        history.clear();
        versions.clear();
        shelf.clear();
        nextActions.clear();
        editable.set(false);
    }

    private String historyLine(Step s) {
        String line = time(s.at()) + "  " + messages.label(s.action()) + " · " + s.actorName();
        if (s.department() != null) {
            line += " · " + messages.get("kb.editor.department") + ": " + s.department();
        }
        return s.note() == null ? line : line + " — " + s.note();
    }

    private <T> void run(Supplier<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        background.run(work, value -> {
            busy.set(false);
            done.accept(value);
        }, error -> {
            busy.set(false);
            message.set(error instanceof EditorialException refused ? RefusalText.of(messages, refused)
                    : messages.get("kb.editor.failed"));
        });
    }

    private record Loaded(List<ItemSummary> items, Catalogue catalogue) {
    }

    private record Detail(List<Step> steps, List<Revision> revisions, List<KeptMaterial> materials) {
    }
}
