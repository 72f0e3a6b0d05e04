package org.seatdesk.roster.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.RequestSummary;

/// The supervisor console's APPROVALS page: this approver's inbox, the rule check of the request
/// chosen, a note, and Approve (Ctrl+Enter) / Refuse (Ctrl+Backspace).
public final class ApprovalsView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final ApprovalsViewModel model;
    private final Messages messages;
    private final ZoneId zone;
    private final BorderPane root = new BorderPane();
    private final TableView<RequestSummary> table;

    public ApprovalsView(ApprovalsViewModel model, Messages messages, ZoneId zone) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        root.getStyleClass().add("roster-page");
        reloadWhenShown();
        root.setPadding(new Insets(14));
        Label title = new Label(messages.get("roster.approvals.title", model.approver().name(),
                messages.label(model.approver().role())));
        title.getStyleClass().add("title-3");
        table = new TableView<>(model.inbox());
        table.setId("approvals-inbox");
        table.setPlaceholder(new Label(messages.get("roster.approvals.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("roster.col.person", RequestSummary::personName, 110));
        table.getColumns().add(column("roster.col.what", r -> RosterTexts.what(r, messages), 180));
        table.getColumns().add(column("roster.col.days", r -> RosterTexts.days(r, messages), 190));
        table.getColumns().add(column("roster.col.asked", r -> WHEN.format(r.requestedAt().atZone(zone)), 110));
        table.getColumns().add(column("roster.col.check", this::check, 260));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RequestSummary item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("late"),
                        !empty && item != null && item.recheck() != null);
            }
        });
        table.getSelectionModel().selectedItemProperty().subscribe(r -> {
            if (r != null) {
                model.selectedProperty().set(r);
            }
        });
        model.selectedProperty().subscribe(r -> {
            if (r != null && table.getSelectionModel().getSelectedItem() != r) {
                table.getSelectionModel().select(r);
            }
        });
        VBox top = new VBox(10, title);
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(actions());
        BorderPane.setMargin(table, new Insets(10, 0, 10, 0));
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.approve();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.BACK_SPACE, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.refuse();
                e.consume();
            }
        });
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

    public void focusInbox() {
        table.requestFocus();
    }

    private String check(RequestSummary r) {
        return r.recheck() == null ? messages.get("roster.approvals.rulesKept") : RosterTexts.refusal(r.recheck(), messages);
    }

    private TableColumn<RequestSummary, String> column(String key, Function<RequestSummary, String> text, double width) {
        TableColumn<RequestSummary, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private VBox actions() {
        Label detail = new Label();
        detail.setId("approvals-detail");
        detail.setWrapText(true);
        model.selectedProperty().subscribe(r -> detail.setText(r == null ? "" : detail(r)));
        var note = Forms.note("approvals-note");
        note.setPromptText(messages.get("roster.approvals.notePrompt"));
        note.textProperty().bindBidirectional(model.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button approve = new Button(messages.get("roster.approvals.approve"), new FontIcon(MaterialDesignC.CHECK));
        approve.setId("approvals-approve");
        approve.getStyleClass().add("accent");
        approve.setTooltip(new Tooltip(messages.get("shortcut.tooltip", approve.getText(), "Ctrl+Enter")));
        approve.setOnAction(e -> model.approve());
        Button refuse = new Button(messages.get("roster.approvals.refuse"), new FontIcon(MaterialDesignC.CLOSE));
        refuse.setId("approvals-refuse");
        refuse.getStyleClass().addAll("button-outlined", "danger");
        refuse.setTooltip(new Tooltip(messages.get("shortcut.tooltip", refuse.getText(), "Ctrl+Backspace")));
        refuse.setOnAction(e -> model.refuse());
        approve.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        refuse.disableProperty().bind(approve.disableProperty());
        HBox buttons = new HBox(10, note, refuse, approve);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = Forms.message(model.messageProperty(), model.refusedProperty(), "approvals-message");
        return new VBox(8, detail, buttons, message);
    }

    private String detail(RequestSummary r) {
        StringBuilder text = new StringBuilder(r.personName()).append(" — ").append(RosterTexts.what(r, messages))
                .append(RosterTexts.listSeparator(messages)).append(RosterTexts.days(r, messages));
        if (r.certificate()) {
            text.append(" · ").append(messages.get("roster.leave.certificate"));
        }
        if (r.note() != null) {
            text.append(" · “").append(r.note()).append("”");
        }
        return text.toString();
    }
}
