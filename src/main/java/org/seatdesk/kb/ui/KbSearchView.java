package org.seatdesk.kb.ui;

import java.time.ZoneId;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.seatdesk.i18n.Messages;
import org.seatdesk.kb.Article;
import org.seatdesk.kb.Highlighted;
import org.seatdesk.kb.SearchHit;
import org.seatdesk.kb.Section;

/// Search box, section filter, results with highlighted matches (or, before typing, the
/// agent's pinned and recently used articles) and the reader beside them. Used by the
/// KNOWLEDGE_BASE page and by the quick search (F6) alike.
public final class KbSearchView {

    /// One keystroke from anywhere in the seat console, also inside the ticket form (R-KB-4).
    public static final String SHORTCUT = "F6";
    private static final double RESULT_ROW_HEIGHT = 112; // badge, title, two snippet lines of Chinese

    private final SplitPane root = new SplitPane();
    private final TextField search = new TextField();
    private final ListView<SearchHit> results = new ListView<>();
    private final KbSearchViewModel model;
    private final Messages messages;

    public KbSearchView(KbSearchViewModel model, Messages messages, ZoneId zone) {
        this.model = model;
        this.messages = messages;
        root.getStyleClass().add("kb-search");
        search.setId("kb-search-field");
        search.setPromptText(messages.get("kb.search.prompt"));
        search.setTooltip(new Tooltip(messages.get("shortcut.tooltip", messages.get("kb.search.tooltip"), SHORTCUT)));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !results.getItems().isEmpty()) {
                model.open(results.getItems().getFirst().id());
                e.consume();
            }
        });
        FontIcon magnifier = new FontIcon(MaterialDesignM.MAGNIFY);
        HBox searchRow = new HBox(8, magnifier, search);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);

        Label status = new Label();
        status.setId("kb-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());

        results.setId("kb-results");
        results.setItems(model.results());
        results.setCellFactory(list -> new HitCell());
        // Rows of one height: badge, title, two lines of snippet. Wrapped text in variable-height
        // rows made the list misjudge their heights and draw rows over each other.
        results.setFixedCellSize(RESULT_ROW_HEIGHT);
        results.getSelectionModel().selectedItemProperty().subscribe(hit -> {
            if (hit != null) {
                model.open(hit.id());
            }
        });
        results.setPlaceholder(new Label(""));

        VBox shelves = shelves();
        StackPane list = new StackPane(results, shelves);
        shelves.visibleProperty().bind(model.queryProperty().map(String::isBlank));
        results.visibleProperty().bind(shelves.visibleProperty().not());
        VBox.setVgrow(list, Priority.ALWAYS);

        VBox left = new VBox(8, searchRow, sections(), status, list);
        left.setPadding(new Insets(12, 12, 12, 16));
        left.setMinWidth(320);
        ArticleReaderView reader = new ArticleReaderView(model, messages, zone);
        root.setOrientation(Orientation.HORIZONTAL);
        root.getItems().addAll(left, reader.root());
        root.setDividerPositions(0.42);
        model.refreshShelves();
    }

    public Node root() {
        return root;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private Node sections() {
        ToggleGroup group = new ToggleGroup();
        FlowPane chips = new FlowPane(4, 4);
        chips.getStyleClass().add("kb-sections");
        ToggleButton all = chip(messages.get("kb.section.all"), null, group);
        all.setSelected(true);
        chips.getChildren().add(all);
        for (Section s : Section.values()) {
            chips.getChildren().add(chip(messages.label(s), s, group));
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one section (or all) is always chosen
            } else {
                model.sectionProperty().set((Section) now.getUserData());
            }
        });
        return chips;
    }

    private static ToggleButton chip(String text, Section section, ToggleGroup group) {
        ToggleButton chip = new ToggleButton(text);
        chip.setUserData(section);
        chip.setToggleGroup(group);
        chip.getStyleClass().addAll("small", "kb-chip");
        chip.setId("kb-section-" + (section == null ? "ALL" : section.name()));
        chip.setFocusTraversable(false);
        return chip;
    }

    private VBox shelves() {
        VBox box = new VBox(6);
        box.setId("kb-shelves");
        Label pinnedTitle = new Label(messages.get("kb.shelf.pinned"));
        pinnedTitle.getStyleClass().add("kb-shelf-title");
        ListView<Article> pinned = shelf(model.pinned());
        pinned.setId("kb-pinned");
        Label recentTitle = new Label(messages.get("kb.shelf.recent"));
        recentTitle.getStyleClass().add("kb-shelf-title");
        ListView<Article> recent = shelf(model.recent());
        recent.setId("kb-recent");
        Label hint = new Label(messages.get("kb.shelf.empty"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox.setVgrow(recent, Priority.ALWAYS);
        box.getChildren().addAll(hint, pinnedTitle, pinned, recentTitle, recent);
        ListChangeListener<Article> anyShelf = c -> hint.setManaged(model.pinned().isEmpty() && model.recent().isEmpty());
        model.pinned().addListener(anyShelf);
        model.recent().addListener(anyShelf);
        hint.visibleProperty().bind(hint.managedProperty());
        pinned.setPrefHeight(150);
        return box;
    }

    private ListView<Article> shelf(javafx.collections.ObservableList<Article> items) {
        ListView<Article> list = new ListView<>(items);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Article a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.title() + "  ·  " + messages.label(a.section()));
            }
        });
        list.getSelectionModel().selectedItemProperty().subscribe(a -> {
            if (a != null) {
                model.open(a.id());
            }
        });
        list.setPlaceholder(new Label(""));
        return list;
    }

    /// A result: section badge, highlighted title, category, highlighted snippet.
    private final class HitCell extends ListCell<SearchHit> {
        {
            // From the top: Chinese lines are taller, and a cell centred in its fixed height lost
            // its badge line above the row (the results overlapped at 1366×768 in Chinese); what
            // does not fit now goes at the snippet's end, under the clip.
            setAlignment(Pos.TOP_LEFT);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label section = new Label(messages.label(hit.section()));
            section.getStyleClass().addAll("kb-badge", "kb-badge-" + hit.section().name().toLowerCase(java.util.Locale.ROOT));
            Label category = new Label(hit.category());
            category.getStyleClass().add("text-muted");
            HBox top = new HBox(8, section, category);
            top.setAlignment(Pos.CENTER_LEFT);
            TextFlow title = highlighted(hit.title(), "kb-hit-title");
            TextFlow snippet = highlighted(hit.snippet(), "kb-hit-snippet");
            VBox cell = new VBox(2, top, title, snippet);
            // Wrap to the list's width (a TextFlow otherwise measures its height for one long line).
            cell.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
            cell.setMaxWidth(Region.USE_PREF_SIZE);
            // Fixed-height rows (see the list): what does not fit is clipped, never drawn over the next.
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.widthProperty().bind(cell.widthProperty());
            clip.heightProperty().bind(cell.heightProperty());
            cell.setClip(clip);
            setPrefWidth(0);
            setGraphic(cell);
        }
    }

    static TextFlow highlighted(Highlighted h, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (Highlighted.Run run : h.runs()) {
            Text t = new Text(run.text());
            t.getStyleClass().add(run.marked() ? "kb-mark" : "kb-text");
            flow.getChildren().add(t);
        }
        return flow;
    }
}
