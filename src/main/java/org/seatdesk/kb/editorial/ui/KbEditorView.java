package org.seatdesk.kb.editorial.ui;

import java.io.File;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.seatdesk.i18n.Messages;
import org.seatdesk.kb.editorial.ArticleDiff;
import org.seatdesk.kb.editorial.EditorialAction;
import org.seatdesk.kb.editorial.EditorialState;
import org.seatdesk.kb.editorial.ItemSummary;
import org.seatdesk.kb.editorial.KeptMaterial;
import org.seatdesk.kb.editorial.Material;
import org.seatdesk.kb.editorial.Revision;

/// The KB editor page of the supervisor console (issue 6, R-KB-1..3): items by state on the
/// left; the article form with a safe preview, its history and versions, its material and the
/// catalogue on tabs; the flow's next steps always at the bottom. Keyboard: Ctrl+N new notice,
/// Ctrl+S save, Ctrl+Enter the first next step, Ctrl+L the list, Ctrl+Shift+1…4 the tabs.
public final class KbEditorView {

    private final KbEditorViewModel model;
    private final Messages messages;
    private final MarkdownPreview preview;
    private final BorderPane root = new BorderPane();
    private final ListView<ItemSummary> list = new ListView<>();
    private final TextField noticeTitle = new TextField();
    private final TabPane tabs = new TabPane();
    private final TextArea body = new TextArea();
    private final FlowPane stepButtons = new FlowPane(8, 6);

    public KbEditorView(KbEditorViewModel model, Messages messages, MarkdownPreview preview) {
        this.model = model;
        this.messages = messages;
        this.preview = preview;
        root.getStyleClass().add("kb-editor");
        SplitPane split = new SplitPane(left(), centre());
        split.setDividerPositions(0.27);
        root.setCenter(split);
        root.setBottom(flowBar());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    public Parent root() {
        return root;
    }

    // --- left: items by state, and a new notice

    private Node left() {
        ComboBox<EditorialState> filter = new ComboBox<>();
        filter.setId("kb-editor-filter");
        filter.getItems().add(null);
        filter.getItems().addAll(EditorialState.values());
        filter.setConverter(converter(s -> s == null ? messages.get("kb.editor.filter.all") : messages.label(s)));
        filter.valueProperty().bindBidirectional(model.filterProperty());
        filter.setMaxWidth(Double.MAX_VALUE);

        list.setId("kb-editor-items");
        list.setItems(model.items());
        list.setCellFactory(v -> new ItemCell());
        list.setPlaceholder(new Label(messages.get("kb.editor.empty")));
        list.getSelectionModel().selectedItemProperty().subscribe(item -> {
            ItemSummary current = model.selectedProperty().get();
            if (item != null && (current == null || !current.id().equals(item.id()))) {
                model.select(item);
            }
        });
        model.selectedProperty().subscribe(item -> {
            if (item != null) {
                model.items().stream().filter(i -> i.id().equals(item.id())).findFirst()
                        .ifPresent(i -> list.getSelectionModel().select(i));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        noticeTitle.setId("kb-notice-title");
        noticeTitle.setPromptText(messages.get("kb.editor.notice.title"));
        TextField department = new TextField();
        department.setId("kb-notice-department");
        department.setPromptText(messages.get("kb.editor.notice.department"));
        Button receive = new Button(messages.get("kb.editor.notice.receive"), new FontIcon(MaterialDesignE.EMAIL_OUTLINE));
        receive.setId("kb-notice-receive");
        receive.setMaxWidth(Double.MAX_VALUE);
        receive.setOnAction(e -> {
            model.receiveNotice(noticeTitle.getText(), department.getText());
            noticeTitle.clear();
            department.clear();
        });
        receive.disableProperty().bind(noticeTitle.textProperty().isEmpty().or(department.textProperty().isEmpty()));
        Label noticeLabel = new Label(messages.get("kb.editor.notice.heading"));
        noticeLabel.getStyleClass().add("text-bold");
        Label listLabel = new Label(messages.get("kb.editor.items"));
        listLabel.getStyleClass().add("title-4");
        VBox box = new VBox(8, listLabel, filter, list, noticeLabel, noticeTitle, department, receive);
        box.setPadding(new Insets(12));
        box.setMinWidth(260);
        return box;
    }

    private final class ItemCell extends ListCell<ItemSummary> {
        ItemCell() {
            setPrefWidth(0); // the list's width, not the longest title: long titles end in "…"
        }

        @Override
        protected void updateItem(ItemSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(item.title());
            title.getStyleClass().add("text-bold");
            Label state = new Label(messages.label(item.state()));
            state.getStyleClass().addAll("kb-state", "kb-state-" + item.state().name().toLowerCase(java.util.Locale.ROOT));
            state.setMinWidth(Label.USE_PREF_SIZE); // the state is read first: the title gives way, not the state
            Label meta = new Label(item.department() + " · " + model.time(item.lastStepAt()) + " · " + item.lastActor());
            meta.getStyleClass().add("text-muted");
            Label times = new Label(times(item));
            times.getStyleClass().addAll("text-muted", "text-small");
            VBox cell = new VBox(2, new HBox(6, state, title), meta, times);
            setGraphic(cell);
            setText(null);
        }
    }

    /// R-KB-2: the start and end of the item's addition and removal.
    private String times(ItemSummary item) {
        String text = messages.get("kb.editor.addition", model.time(item.additionStartedAt()), model.time(item.additionEndedAt()));
        if (item.removalStartedAt() != null) {
            text += "  " + messages.get("kb.editor.removal", model.time(item.removalStartedAt()), model.time(item.removalEndedAt()));
        }
        return text;
    }

    // --- centre: the tabs

    private Node centre() {
        tabs.setId("kb-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("kb.editor.tab.article", articleTab()),
                tab("kb.editor.tab.history", historyTab()),
                tab("kb.editor.tab.material", materialTab()),
                tab("kb.editor.tab.catalogue", new CatalogueView(model, messages).root()));
        Label nothing = new Label(messages.get("kb.editor.choose"));
        nothing.getStyleClass().add("text-muted");
        BorderPane centre = new BorderPane(tabs);
        tabs.visibleProperty().bind(model.selectedProperty().isNotNull().or(
                Bindings.createBooleanBinding(() -> tabs.getSelectionModel().getSelectedIndex() == 3,
                        tabs.getSelectionModel().selectedIndexProperty())));
        nothing.visibleProperty().bind(tabs.visibleProperty().not());
        return new javafx.scene.layout.StackPane(nothing, centre);
    }

    private Tab tab(String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(key.replace('.', '-'));
        return tab;
    }

    private Node articleTab() {
        TextField title = new TextField();
        title.setId("kb-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        ComboBox<String> section = new ComboBox<>();
        section.setId("kb-section");
        section.getItems().setAll(model.sections());
        section.setConverter(converter(s -> SectionText.of(messages, s)));
        section.valueProperty().bindBidirectional(model.sectionProperty());
        ComboBox<String> category = new ComboBox<>(model.categories());
        category.setId("kb-category");
        category.valueProperty().bindBidirectional(model.categoryProperty());
        category.setPromptText(messages.get("kb.editor.category.choose"));
        ComboBox<String> language = new ComboBox<>();
        language.setId("kb-language");
        language.getItems().setAll("zh", "en");
        language.setConverter(converter(l -> "zh".equals(l) ? messages.get("kb.editor.language.zh") : messages.get("kb.editor.language.en")));
        language.valueProperty().bindBidirectional(model.languageProperty());
        TextField tags = new TextField();
        tags.setId("kb-tags");
        tags.setPromptText(messages.get("kb.editor.tags.prompt"));
        tags.textProperty().bindBidirectional(model.tagsProperty());

        body.setId("kb-body");
        body.setWrapText(true);
        body.setPromptText(messages.get("kb.editor.body.prompt"));
        // A change past the limit is refused whole: the text stays as it was (issue 6).
        body.setTextFormatter(new TextFormatter<String>(change ->
                model.acceptsBodyLength(change.getControlNewText().length()) ? change : null));
        body.textProperty().bindBidirectional(model.bodyProperty());
        Label bodyProblem = new Label();
        bodyProblem.setId("kb-body-problem");
        bodyProblem.getStyleClass().add("field-error");
        bodyProblem.textProperty().bind(model.bodyProblemProperty());
        bodyProblem.setWrapText(true);
        Label counter = new Label();
        counter.getStyleClass().addAll("text-muted", "text-small");
        counter.textProperty().bind(Bindings.createStringBinding(() -> messages.get("kb.editor.body.count",
                model.bodyProperty().get().length(), Revision.BODY_LIMIT), model.bodyProperty()));

        for (Node input : List.of(title, section, category, language, tags, body)) {
            input.disableProperty().bind(model.editableProperty().not());
        }
        section.setMaxWidth(Double.MAX_VALUE);
        category.setMaxWidth(Double.MAX_VALUE);
        language.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields, labels, fields);
        grid.addRow(0, label("kb.editor.title", title), title);
        GridPane.setColumnSpan(title, 3);
        grid.addRow(1, label("kb.editor.section", section), section, label("kb.editor.category", category), category);
        grid.addRow(2, label("kb.editor.language", language), language, label("kb.editor.tags", tags), tags);

        VBox editor = new VBox(6, new HBox(8, label("kb.editor.body", body), counter), body, bodyProblem);
        VBox.setVgrow(body, Priority.ALWAYS);
        ScrollPane previewPane = new ScrollPane();
        previewPane.setId("kb-preview");
        previewPane.setFitToWidth(true);
        previewPane.getStyleClass().add("kb-preview-pane");
        PauseTransition settle = new PauseTransition(Duration.millis(150));
        settle.setOnFinished(e -> previewPane.setContent(preview.render(model.bodyProperty().get())));
        // Typing re-renders after a pause; a whole new text (an item opened, a paste) at once.
        model.bodyProperty().subscribe((before, after) -> {
            if (Math.abs(after.length() - before.length()) > 1) {
                settle.stop();
                previewPane.setContent(preview.render(after));
            } else {
                settle.playFromStart();
            }
        });
        previewPane.setContent(preview.render(model.bodyProperty().get()));
        Label previewLabel = new Label(messages.get("kb.editor.preview"));
        previewLabel.getStyleClass().add("text-bold");
        VBox previewBox = new VBox(6, previewLabel, previewPane);
        VBox.setVgrow(previewPane, Priority.ALWAYS);
        SplitPane bodyAndPreview = new SplitPane(editor, previewBox);
        VBox.setVgrow(bodyAndPreview, Priority.ALWAYS);

        Button save = new Button(messages.get("kb.editor.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("kb-save");
        save.getStyleClass().add("accent");
        save.setTooltip(new javafx.scene.control.Tooltip(messages.get("shortcut.tooltip", save.getText(), "Ctrl+S")));
        save.disableProperty().bind(model.editableProperty().not().or(model.busyProperty()));
        save.setOnAction(e -> model.save());
        Label hint = new Label(messages.get("kb.editor.readOnly"));
        hint.getStyleClass().add("text-muted");
        hint.visibleProperty().bind(model.editableProperty().not());
        HBox actions = new HBox(10, save, hint);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox tab = new VBox(10, grid, bodyAndPreview, actions);
        tab.setPadding(new Insets(12));
        return tab;
    }

    private Node historyTab() {
        ListView<String> steps = new ListView<>(model.history());
        steps.setId("kb-history");
        steps.setPlaceholder(new Label(messages.get("kb.editor.history.empty")));
        ListView<KbEditorViewModel.VersionLine> versions = new ListView<>(model.versions());
        versions.setId("kb-versions");
        versions.setPlaceholder(new Label(messages.get("kb.editor.versions.empty")));
        versions.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(KbEditorViewModel.VersionLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : versionText(line));
            }
        });
        Label stepsLabel = new Label(messages.get("kb.editor.history"));
        stepsLabel.getStyleClass().add("text-bold");
        Label versionsLabel = new Label(messages.get("kb.editor.versions"));
        versionsLabel.getStyleClass().add("text-bold");
        VBox box = new VBox(6, stepsLabel, steps, versionsLabel, versions);
        VBox.setVgrow(steps, Priority.ALWAYS);
        VBox.setVgrow(versions, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    /// R-KB-2: "version n by X at t" and what changed against the version before.
    private String versionText(KbEditorViewModel.VersionLine line) {
        Revision r = line.revision();
        StringBuilder text = new StringBuilder(messages.get("kb.editor.version", r.revisionNo(), r.authorName(),
                model.time(r.at())));
        for (ArticleDiff.FieldChange change : line.diff().fields()) {
            text.append('\n').append(messages.get("kb.editor.changed", fieldName(change.field()),
                    change.before() == null ? "—" : change.before(), change.after()));
        }
        List<String> changed = line.diff().changedLines();
        changed.stream().limit(12).forEach(l -> text.append('\n').append(l));
        if (changed.size() > 12) {
            text.append('\n').append(messages.get("kb.editor.moreLines", changed.size() - 12));
        }
        return text.toString();
    }

    private String fieldName(String field) {
        return switch (field) {
            case "title" -> messages.get("kb.editor.title");
            case "section" -> messages.get("kb.editor.section");
            case "category" -> messages.get("kb.editor.category");
            case "language" -> messages.get("kb.editor.language");
            default -> messages.get("kb.editor.tags");
        };
    }

    private Node materialTab() {
        MaterialShelf shelf = model.material();
        ListView<KeptMaterial> files = new ListView<>(shelf.materials());
        files.setId("kb-materials");
        files.setPlaceholder(new Label(messages.get("kb.editor.material.empty")));
        files.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(KeptMaterial k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : line(k));
            }
        });
        Button attach = new Button(messages.get("kb.editor.material.attach"), new FontIcon(MaterialDesignP.PAPERCLIP));
        attach.setId("kb-attach");
        attach.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        attach.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("kb.editor.material.attach"));
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                model.attach(file.toPath());
            }
        });
        Button copy = new Button(messages.get("kb.editor.material.saveCopy"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        copy.setId("kb-material-copy");
        copy.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            KeptMaterial k = files.getSelectionModel().getSelectedItem();
            return k == null || !k.complete() || model.busyProperty().get();
        }, files.getSelectionModel().selectedItemProperty(), model.busyProperty()));
        copy.setOnAction(e -> {
            KeptMaterial k = files.getSelectionModel().getSelectedItem();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("kb.editor.material.saveCopy"));
            chooser.setInitialFileName(k.material().fileName());
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                shelf.saveCopy(k, file.toPath());
            }
        });
        attach.setMinWidth(Region.USE_PREF_SIZE);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        Label limit = new Label(messages.get("kb.editor.material.limit", Material.SIZE_LIMIT / (1024 * 1024)));
        limit.getStyleClass().add("text-muted");
        limit.setWrapText(true);
        Label note = new Label();
        note.setId("kb-material-note");
        note.setWrapText(true);
        note.textProperty().bind(shelf.noteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty()); // no gap while there is nothing to say
        note.visibleProperty().bind(note.managedProperty());
        HBox bar = new HBox(10, attach, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, bar, limit, note, files);
        VBox.setVgrow(files, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    /// "name · size · who · when", and how much has arrived while chunks are still syncing (ADR 0023).
    private String line(KeptMaterial k) {
        Material m = k.material();
        String line = messages.get("kb.editor.material.line", m.fileName(), Math.max(1, m.sizeBytes() / 1024),
                m.addedByName(), model.time(m.at()));
        return k.complete() ? line
                : line + " · " + messages.get("kb.editor.material.incomplete", k.chunksHere(), k.chunkCount());
    }

    // --- bottom: the flow's next steps, the note, the message

    private Node flowBar() {
        TextField note = new TextField();
        note.setId("kb-note");
        note.setPromptText(messages.get("kb.editor.note.prompt"));
        note.textProperty().bindBidirectional(model.noteProperty());
        note.setPrefColumnCount(28);
        stepButtons.setId("kb-steps");
        model.nextActions().addListener((ListChangeListener<EditorialAction>) c -> buildStepButtons());
        Label message = new Label();
        message.setId("kb-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        Label next = new Label(messages.get("kb.editor.next"));
        next.getStyleClass().add("text-bold");
        HBox bar = new HBox(10, next, stepButtons, note, message);
        HBox.setHgrow(message, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("kb-flow-bar");
        bar.visibleProperty().bind(model.selectedProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void buildStepButtons() {
        stepButtons.getChildren().clear();
        boolean first = true;
        for (EditorialAction action : model.nextActions()) {
            Button button = new Button(messages.label(action), new FontIcon(first ? MaterialDesignA.ARROW_RIGHT_BOLD
                    : MaterialDesignA.ARROW_RIGHT));
            button.setId("kb-step-" + action.name());
            if (first) {
                button.getStyleClass().add("accent");
                button.setTooltip(new javafx.scene.control.Tooltip(messages.get("shortcut.tooltip", button.getText(), "Ctrl+Enter")));
            }
            button.disableProperty().bind(model.busyProperty());
            button.setOnAction(e -> model.take(action));
            stepButtons.getChildren().add(button);
            first = false;
        }
    }

    private void shortcut(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        boolean handled = true;
        if (e.getCode() == KeyCode.S) {
            model.save();
        } else if (e.getCode() == KeyCode.N) {
            noticeTitle.requestFocus();
        } else if (e.getCode() == KeyCode.L) {
            list.requestFocus();
        } else if (e.getCode() == KeyCode.ENTER && !model.nextActions().isEmpty()) {
            model.take(model.nextActions().getFirst());
        } else if (e.isShiftDown() && e.getCode().isDigitKey() && e.getCode().getCode() - KeyCode.DIGIT1.getCode() < 4) {
            tabs.getSelectionModel().select(e.getCode().getCode() - KeyCode.DIGIT1.getCode());
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private Label label(String key, Node target) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(target);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
