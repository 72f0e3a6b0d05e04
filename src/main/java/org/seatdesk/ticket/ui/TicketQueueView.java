package org.seatdesk.ticket.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.StatusFilter;
import org.seatdesk.ticket.TicketType;
import org.seatdesk.ui.FilterBox;

/// The queue table. Sorting is the database's (urgent first, then oldest): columns do not sort.
public final class TicketQueueView {

    private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");
    private static final PseudoClass URGENT = PseudoClass.getPseudoClass("urgent");

    private final VBox root = new VBox(8);
    private final TableView<Ticket> table = new TableView<>();
    private final TextField search;
    private final TicketQueueViewModel model;

    public TicketQueueView(TicketQueueViewModel model, Messages messages, Consumer<Ticket> open) {
        this.model = model;
        root.getStyleClass().add("ticket-queue");
        root.setPadding(new Insets(14, 12, 10, 16));

        search = TextFields.createClearableTextField();
        search.setId("queue-search");
        search.setPromptText(messages.get("queue.search.prompt"));
        search.setTooltip(new Tooltip(messages.get("queue.search.tooltip")));
        ((CustomTextField) search).setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.textProperty().bindBidirectional(model.searchProperty());
        // Ctrl+F, type, Enter: the first match opens; ↓ goes on into the matches.
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.whenCurrent(() -> first().ifPresent(open));
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                model.whenCurrent(this::focusTable);
                e.consume();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<StatusFilter> status = new ComboBox<>();
        status.getItems().setAll(StatusFilter.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(StatusFilter filter) {
                return filter == null ? "" : messages.label(filter);
            }

            @Override
            public StatusFilter fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setId("filter-status");
        var type = FilterBox.of(TicketType.values(), messages.get("queue.filter.allTypes"),
                t -> t.letter() + "  " + messages.label(t), model.typeProperty());
        type.setTooltip(new Tooltip(messages.get("queue.filter.type.tooltip")));
        type.setId("filter-type");
        var level = FilterBox.of(Level.values(), messages.get("queue.filter.allLevels"), messages::label,
                model.levelProperty());
        level.setId("filter-level");
        HBox filters = new HBox(8, search, status, type, level);
        filters.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(messages.get("queue.title"));
        title.getStyleClass().add("title-3");
        Label count = new Label();
        count.setId("queue-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(model.countTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, count);
        header.setAlignment(Pos.BASELINE_LEFT);

        table.setId("queue-table");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("queue.empty")));
        // Two lines a row (see seatdesk.css): the number over the type and level, and the other
        // texts wrap onto the second line, so that each cell is read whole in the narrow queue of
        // a 1366×768 desk, in every language (QueueLayoutTest).
        table.getColumns().addAll(java.util.List.of(
                twoLines(messages.get("queue.col.number"), 206, 204, Ticket::number, model::typeText),
                wrapping(column(messages.get("queue.col.status"), 112, 112, model::statusText)),
                wrapping(ticking(column(messages.get("queue.col.deadline"), 114, 112, model::deadlineText),
                        model::deadlineText)),
                wrapping(ticking(column(messages.get("queue.col.age"), 96, 96, model::ageText), model::ageText)),
                withTooltip(wrapping(column(messages.get("queue.col.requester"), 180, 120, model::requesterText)))));
        table.setRowFactory(t -> {
            TableRow<Ticket> row = new TableRow<>() {
                // R-TK-4 / R-TK-9: a row turns late while it is shown; weak, so a row the table
                // drops is not kept alive by the clock
                private final InvalidationListener clock = o -> markLate();
                {
                    model.nowProperty().addListener(new WeakInvalidationListener(clock));
                }

                @Override
                protected void updateItem(Ticket ticket, boolean empty) {
                    super.updateItem(ticket, empty);
                    markLate();
                    pseudoClassStateChanged(URGENT, !empty && ticket != null && ticket.level() == Level.URGENT);
                }

                private void markLate() {
                    Ticket ticket = getItem();
                    pseudoClassStateChanged(LATE, !isEmpty() && ticket != null && model.isLate(ticket));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Ticket selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
                e.consume();
            }
        });
        // R-TK-4 / R-TK-9: the countdowns move every second, each cell on its own (above). A
        // table.refresh() each second rebuilt every visible cell and restyled it: CSS work and
        // garbage every second of a shift (docs/performance.md, "Start-up pass 2").
        VBox.setVgrow(table, Priority.ALWAYS);

        Label error = new Label();
        error.getStyleClass().add("danger");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root.getChildren().addAll(header, filters, error, table);
    }

    public Node root() {
        return root;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public java.util.Optional<Ticket> first() {
        return table.getItems().stream().findFirst();
    }

    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    /// A column whose text follows the clock: its value is a binding on `now`, so a tick updates
    /// the text of the cells shown and nothing else.
    private TableColumn<Ticket, String> ticking(TableColumn<Ticket, String> column, Function<Ticket, String> text) {
        column.setCellValueFactory(cell -> {
            Ticket ticket = cell.getValue();
            return Bindings.createStringBinding(() -> text.apply(ticket), model.nowProperty());
        });
        return column;
    }

    private static TableColumn<Ticket, Ticket> twoLines(String title, double width, double minWidth,
                                                        Function<Ticket, String> first, Function<Ticket, String> second) {
        TableColumn<Ticket, Ticket> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TwoLineCell(first, second));
        return column;
    }

    /// A text that wraps onto the row's second line rather than end in "…".
    private static TableColumn<Ticket, String> wrapping(TableColumn<Ticket, String> column) {
        column.setCellFactory(c -> {
            TableCell<Ticket, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                }
            };
            cell.setWrapText(true);
            return cell;
        });
        return column;
    }

    /// A requester's name is the customer's: one longer than the column's two lines ends in "…",
    /// and the cell's tooltip holds it whole.
    private static TableColumn<Ticket, String> withTooltip(TableColumn<Ticket, String> column) {
        var wrapping = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<Ticket, String> cell = wrapping.call(c);
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(cell.textProperty());
            cell.tooltipProperty().bind(javafx.beans.binding.Bindings.when(cell.textProperty().isEmpty()
                    .or(cell.textProperty().isNull())).then((Tooltip) null).otherwise(whole));
            return cell;
        });
        return column;
    }

    /// @param minWidth what stays readable when the window is narrow (1366 px)
    private static TableColumn<Ticket, String> column(String title, double width, double minWidth,
                                                      Function<Ticket, String> text) {
        TableColumn<Ticket, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
