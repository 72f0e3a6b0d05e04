package org.seatdesk.rollcall.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.seatdesk.i18n.Messages;
import org.seatdesk.rollcall.DisciplineRecord;
import org.seatdesk.rollcall.Mark;
import org.seatdesk.rollcall.RollCallEntry;

/// The roll-call page: the rostered people of the shift, marked by keyboard (↑/↓ to move,
/// P present, L late, A absent; O records time away from the post). The keys are shown on screen.
public final class RollCallView {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final BorderPane root = new BorderPane();
    private final TableView<RollCallEntry> table = new TableView<>();
    private final TextField minutesAway = new TextField();
    private java.util.UUID cursor;

    public RollCallView(RollCallViewModel model, Messages messages, ZoneId zone) {
        root.getStyleClass().add("roll-call");
        root.setId("roll-call");
        Label title = new Label();
        title.setId("rollcall-title");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(model.titleProperty());
        Label keys = new Label(messages.get("rollcall.keys"));
        keys.setId("rollcall-keys");
        keys.getStyleClass().add("rollcall-keys");
        Label counts = new Label();
        counts.setId("rollcall-counts");
        counts.textProperty().bind(model.countsProperty());
        VBox top = new VBox(6, title, keys, counts);
        top.setPadding(new Insets(14, 14, 8, 14));
        root.setTop(top);

        table.setId("rollcall-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(messages.get("rollcall.empty")));
        table.getColumns().add(column(messages.get("rollcall.col.seat"), 90, e -> e.seatCode() == null ? "" : e.seatCode()));
        table.getColumns().add(column(messages.get("rollcall.col.staffNo"), 100, RollCallEntry::staffNo));
        table.getColumns().add(column(messages.get("rollcall.col.name"), 180, e -> e.swappedWith() == null ? e.name()
                : messages.get("rollcall.swappedWith", e.name(), e.swappedWith())));
        TableColumn<RollCallEntry, RollCallEntry> mark = new TableColumn<>(messages.get("rollcall.col.mark"));
        mark.setPrefWidth(220);
        mark.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        mark.setCellFactory(c -> new MarkCell(messages));
        table.getColumns().add(mark);
        table.getColumns().add(column(messages.get("rollcall.col.minutesLate"), 120,
                e -> e.mark() == Mark.LATE ? String.valueOf(e.latest().minutesLate()) : ""));
        table.getColumns().add(column(messages.get("rollcall.col.markedAt"), 110,
                e -> e.latest() == null ? "" : HH_MM.format(e.latest().markedAt().atZone(zone))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnKeyPressed(e -> {
            Mark chosen = switch (e.getCode()) {
                case P -> Mark.PRESENT;
                case L -> Mark.LATE;
                case A -> Mark.ABSENT;
                default -> null;
            };
            if (chosen != null && !e.isShortcutDown()) {
                int index = cursorIndex();
                model.mark(index, chosen);
                moveTo(Math.min(index + 1, table.getItems().size() - 1)); // next person
                e.consume();
            }
        });
        // On release, not press: the typed "o" must not land in the minutes field.
        table.setOnKeyReleased(e -> {
            if (e.getCode() == KeyCode.O && !e.isShortcutDown()) {
                minutesAway.requestFocus();
                e.consume();
            }
        });
        // The person the next key marks, by identity: the table forgets its selection when the
        // selected row is replaced (a save or a reload of that person), and the next key then went
        // to nobody or to the first row (R-SH-1, marks typed at ten a second).
        table.getSelectionModel().selectedItemProperty().subscribe(selected -> {
            if (selected != null) {
                cursor = selected.staffId();
            }
        });
        // Added after setItems, so it runs after the table's own handling of the change: the
        // cursor's row is selected and focused again (↑/↓ move from the focus), and the first person
        // is selected as soon as the sheet is there, so marking starts at once.
        model.rows().addListener((javafx.collections.ListChangeListener<RollCallEntry>) change -> {
            if (!table.getItems().isEmpty()) {
                moveTo(Math.max(0, cursorIndex()));
            }
        });
        BorderPane.setMargin(table, new Insets(0, 14, 0, 14));
        root.setCenter(table);
        root.setBottom(bottom(model, messages));
    }

    /// The row of the person the next mark is for; the selection when there is no cursor yet.
    private int cursorIndex() {
        if (cursor != null) {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).staffId().equals(cursor)) {
                    return i;
                }
            }
        }
        return table.getSelectionModel().getSelectedIndex();
    }

    private void moveTo(int index) {
        if (index < 0) {
            return;
        }
        cursor = table.getItems().get(index).staffId();
        if (table.getSelectionModel().getSelectedIndex() != index || table.getFocusModel().getFocusedIndex() != index) {
            table.getSelectionModel().clearAndSelect(index);
            table.getFocusModel().focus(index);
        }
    }

    public Node root() {
        return root;
    }

    public void focus() {
        table.requestFocus();
    }

    private Node bottom(RollCallViewModel model, Messages messages) {
        minutesAway.setId("rollcall-minutes-away");
        minutesAway.setPromptText(messages.get("rollcall.minutesAway"));
        minutesAway.setPrefColumnCount(6);
        CheckBox permitted = new CheckBox(messages.get("rollcall.permitted"));
        permitted.setId("rollcall-permitted");
        Button record = new Button(messages.get("rollcall.recordLeftPost"));
        record.setId("rollcall-record-left-post");
        Runnable submit = () -> {
            if (model.leftPost(cursorIndex(), minutesAway.getText(), permitted.isSelected())) {
                minutesAway.clear();
                permitted.setSelected(false);
                table.requestFocus();
            }
        };
        record.setOnAction(e -> submit.run());
        minutesAway.setOnAction(e -> submit.run());
        Label leftPost = new Label(messages.get("rollcall.leftPost"));
        HBox form = new HBox(10, leftPost, minutesAway, permitted, record);
        form.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId("rollcall-notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.setWrapText(true);
        ListView<DisciplineRecord> records = new ListView<>(model.discipline());
        records.setId("rollcall-discipline");
        records.setPrefHeight(110);
        records.setPlaceholder(new Label(messages.get("rollcall.noDiscipline")));
        records.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DisciplineRecord d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null
                        : messages.get("rollcall.disciplineLine", d.staffName(), d.staffNo(), messages.label(d.kind()), d.minutes()));
            }
        });
        Label recordsTitle = new Label(messages.get("rollcall.discipline"));
        recordsTitle.getStyleClass().add("text-bold");
        VBox bottom = new VBox(8, form, notice, recordsTitle, records);
        VBox.setVgrow(records, Priority.NEVER);
        bottom.setPadding(new Insets(10, 14, 14, 14));
        return bottom;
    }

    private static TableColumn<RollCallEntry, String> column(String title, double width,
                                                            java.util.function.Function<RollCallEntry, String> value) {
        TableColumn<RollCallEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /// The mark in words and colour; someone on approved leave and not yet called shows as on leave.
    private static final class MarkCell extends TableCell<RollCallEntry, RollCallEntry> {

        private final Messages messages;

        MarkCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(RollCallEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("mark-PRESENT", "mark-LATE", "mark-ABSENT", "mark-ON_LEAVE", "mark-none");
            if (empty || entry == null) {
                setText(null);
                return;
            }
            Mark shown = entry.mark() != null ? entry.mark() : entry.onLeave() ? Mark.ON_LEAVE : null;
            setText(shown == null ? messages.get("rollcall.notCalled") : messages.label(shown));
            getStyleClass().add(shown == null ? "mark-none" : "mark-" + shown.name());
        }
    }
}
