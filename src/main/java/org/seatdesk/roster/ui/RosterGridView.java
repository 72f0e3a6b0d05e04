package org.seatdesk.roster.ui;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.RosterWeek;
import org.seatdesk.roster.ShiftType;
import org.seatdesk.ui.ShiftNames;

/// The supervisor console's ROSTER page: a week, one row per person; the department director
/// edits it from the keyboard (everyone else reads it) — arrows move, D/M/N (the first letter of a shift type) set the
/// shift, Delete or 0 makes the day off. Back-to-back shifts (R-SW-3) are flagged in red,
/// swapped shifts and approved leave are marked, holidays shaded.
public final class RosterGridView {

    private final RosterGridViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TableView<RosterWeek.Row> table;
    private Map<String, ShiftType> byCode = Map.of();

    public RosterGridView(RosterGridViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        table = new TableView<>(model.rows());
        table.setId("roster-grid");
        table.getStyleClass().add("roster-grid");
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(messages.get("roster.grid.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<RosterWeek.Row, String> person = new TableColumn<>(messages.get("roster.grid.person"));
        person.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().person().name() + "  "
                + c.getValue().person().staffNo()));
        person.setSortable(false);
        person.setMinWidth(150);
        table.getColumns().add(person);
        for (int i = 0; i < 7; i++) {
            table.getColumns().add(dayColumn(i));
        }
        model.weekProperty().subscribe(week -> {
            if (week == null) {
                return;
            }
            byCode = week.shiftTypes().stream().collect(Collectors.toMap(ShiftType::code, Function.identity()));
            for (int i = 0; i < 7; i++) {
                String header = RosterTexts.shortDay(week.days().get(i), messages);
                table.getColumns().get(i + 1).setText(week.holidays().get(i) ? messages.get("roster.grid.holiday", header)
                        : header);
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::edit);
        table.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
        root.setTop(toolbar());
        root.setCenter(table);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("roster-page");
        reloadWhenShown();
        BorderPane.setMargin(table, new Insets(10, 0, 0, 0));
    }

    public Parent root() {
        return root;
    }

    /// Fresh data whenever the page is opened again (it leaves the frame when another page shows).
    private void reloadWhenShown() {
        root.parentProperty().subscribe((before, after) -> {
            if (after != null && before == null) {
                model.refresh();
            }
        });
    }

    public void refresh() {
        model.refresh();
    }

    public void focusGrid() {
        table.requestFocus();
        if (!table.getItems().isEmpty() && table.getSelectionModel().getSelectedCells().isEmpty()) {
            table.getSelectionModel().select(0, table.getColumns().get(1));
        }
    }

    private TableColumn<RosterWeek.Row, RosterWeek.Cell> dayColumn(int index) {
        TableColumn<RosterWeek.Row, RosterWeek.Cell> column = new TableColumn<>();
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(index)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RosterWeek.Cell cell, boolean empty) {
                super.updateItem(cell, empty);
                getStyleClass().removeAll("roster-conflict", "roster-swapped", "roster-leave", "roster-off");
                setTooltip(null);
                if (empty || cell == null) {
                    setText(null);
                    return;
                }
                if (cell.shiftCode() == null) {
                    setText("·");
                    getStyleClass().add("roster-off");
                    return;
                }
                ShiftType type = byCode.get(cell.shiftCode());
                String name = type == null ? cell.shiftCode() : RosterTexts.shiftName(type, messages);
                String brief = type == null ? cell.shiftCode() : ShiftNames.brief(type, messages);
                String seat = cell.seatCode() == null ? "" : "  " + cell.seatCode();
                // On leave the cell says so first; which shift it was is in the tooltip (narrow screens).
                setText(cell.onLeave() ? messages.get("roster.grid.leaveMark") + seat : brief + seat + (cell.swapped() ? " ⇄" : ""));
                if (cell.onLeave()) {
                    getStyleClass().add("roster-leave");
                    setTooltip(new Tooltip(name));
                } else if (cell.swapped()) {
                    getStyleClass().add("roster-swapped");
                }
                if (cell.backToBack()) {
                    getStyleClass().add("roster-conflict");
                    setTooltip(new Tooltip(messages.get("roster.grid.conflict")));
                }
            }
        });
        return column;
    }

    private void edit(KeyEvent e) {
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.DIGIT0) {
            apply(null);
            e.consume();
        }
    }

    private void typed(KeyEvent e) {
        ShiftType type = model.shiftForKey(e.getCharacter());
        if (type != null && !e.isShortcutDown()) {
            apply(type);
            e.consume();
        }
    }

    private void apply(ShiftType type) {
        if (table.getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        TablePosition<?, ?> at = table.getSelectionModel().getSelectedCells().getFirst();
        int dayIndex = at.getColumn() - 1;
        if (dayIndex < 0 || at.getRow() < 0) {
            return;
        }
        model.plan(table.getItems().get(at.getRow()), dayIndex, type);
    }

    private HBox toolbar() {
        Button previous = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_LEFT));
        previous.setId("roster-previous-week");
        previous.setTooltip(new Tooltip(messages.get("roster.grid.previous")));
        previous.setOnAction(e -> model.previousWeek());
        Button next = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
        next.setId("roster-next-week");
        next.setTooltip(new Tooltip(messages.get("roster.grid.next")));
        next.setOnAction(e -> model.nextWeek());
        Label week = new Label();
        week.setId("roster-week");
        week.getStyleClass().add("title-3");
        model.mondayProperty().subscribe(m -> week.setText(messages.get("roster.grid.week",
                RosterTexts.day(m, messages), RosterTexts.day(m.plusDays(6), messages))));
        Button copy = new Button(messages.get("roster.grid.copy"), new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setId("roster-copy-week");
        copy.setOnAction(e -> model.copyToNextWeek());
        // Only the department director edits (ADR 0018): the others see the week, not the keys.
        copy.setVisible(model.editable());
        copy.setManaged(model.editable());
        Label keys = new Label();
        keys.setId("roster-grid-keys");
        model.weekProperty().subscribe(w -> keys.setText(w == null ? "" : !model.editable()
                ? messages.get("roster.grid.readOnly")
                : messages.get("roster.grid.keys", String.join("/", w.shiftTypes().stream().map(t -> t.code().substring(0, 1)).toList()))));
        keys.getStyleClass().add("text-muted");
        Label message = Forms.message(model.messageProperty(), model.failedProperty(), "roster-grid-message");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, previous, week, next, spacer, message, keys, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
