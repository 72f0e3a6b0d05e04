package org.seatdesk.roster.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.LeaveKind;
import org.seatdesk.roster.RequestSummary;
import org.seatdesk.roster.ShiftOverview;
import org.seatdesk.security.Staff;
import org.seatdesk.ui.FormParts;

/// The seat console's ROSTER page: current and next shift with colleagues and the monitor on
/// duty; my requests; the "request leave" and "request swap" forms.
public final class MyRosterPage {

    private final MyRosterViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TabPane forms = new TabPane();

    public MyRosterPage(MyRosterViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.getStyleClass().add("roster-page");
        reloadWhenShown();
        root.setPadding(new Insets(14));
        HBox cards = new HBox(14, card("roster-current", "roster.current", true), card("roster-next", "roster.next", false));
        cards.getChildren().forEach(c -> HBox.setHgrow(c, Priority.ALWAYS));
        root.setTop(cards);
        BorderPane.setMargin(cards, new Insets(0, 0, 14, 0));
        // The weeks sit above my requests, beside the forms: the leave form keeps its full
        // height on a 1366×768 screen.
        VBox left = new VBox(12, weeks(), requestsTable());
        VBox.setVgrow(left.getChildren().getLast(), Priority.ALWAYS);
        HBox center = new HBox(14, left, formsPane());
        HBox.setHgrow(center.getChildren().getFirst(), Priority.ALWAYS);
        root.setCenter(center);
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

    /// Opens the leave form (the header action and Ctrl+L).
    public void showLeaveForm() {
        forms.getSelectionModel().select(0);
    }

    public void showSwapForm() {
        forms.getSelectionModel().select(1);
    }

    private Node card(String id, String titleKey, boolean current) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("section-title");
        Label shift = new Label();
        shift.setId(id + "-shift");
        shift.getStyleClass().add("title-3");
        Label when = new Label();
        when.setId(id + "-when");
        Label monitor = new Label();
        monitor.setId(id + "-monitor");
        Label colleagues = new Label();
        colleagues.setId(id + "-colleagues");
        colleagues.setWrapText(true);
        colleagues.getStyleClass().add("text-muted");
        model.shiftsProperty().subscribe(shifts -> {
            ShiftOverview.Slot slot = shifts == null ? null : current ? shifts.current() : shifts.next();
            if (slot == null) {
                shift.setText(messages.get(current ? "roster.noCurrentShift" : "roster.noNextShift"));
                when.setText("");
                monitor.setText("");
                colleagues.setText("");
                return;
            }
            String name = RosterTexts.shiftName(slot.type(), messages);
            shift.setText(slot.onLeave() ? messages.get("roster.shiftOnLeave", name)
                    : slot.swapped() ? messages.get("roster.shiftSwapped", name) : name);
            when.setText(messages.get("roster.when", RosterTexts.day(slot.day(), messages), RosterTexts.hours(slot.type()),
                    slot.seatCode() == null ? "—" : slot.seatCode()));
            monitor.setText(slot.monitor() == null ? messages.get("roster.noMonitor")
                    : messages.get("roster.monitor", slot.monitor().name()));
            colleagues.setText(slot.colleagues().isEmpty() ? messages.get("roster.noColleagues")
                    : messages.get("roster.colleagues", String.join(RosterTexts.listSeparator(messages), slot.colleagues().stream()
                            .map(c -> c.seatCode() == null ? c.name() : c.name() + " · " + c.seatCode()).toList())));
        });
        FontIcon icon = new FontIcon(current ? MaterialDesignC.CLOCK_OUTLINE : MaterialDesignC.CALENDAR_ARROW_RIGHT);
        HBox head = new HBox(8, icon, title);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(6, head, shift, when, monitor, colleagues);
        card.setId(id);
        card.getStyleClass().add("roster-card");
        card.setPadding(new Insets(12));
        return card;
    }

    /// This week and the next, a row each, Monday to Sunday: the person's shift by day, day names
    /// and dates in the UI language; today is marked.
    private Node weeks() {
        VBox box = new VBox(6);
        box.setId("roster-weeks");
        box.getStyleClass().add("roster-weeks");
        model.weeksProperty().subscribe(weeks -> {
            box.getChildren().clear();
            java.time.LocalDate today = model.today();
            for (int w = 0; w < weeks.size(); w++) {
                Label name = new Label(messages.get(w == 0 ? "roster.week.this" : "roster.week.next"));
                name.getStyleClass().add("section-title");
                GridPane days = new GridPane();
                days.setHgap(6);
                for (int d = 0; d < weeks.get(w).days().size(); d++) {
                    javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
                    c.setPercentWidth(100.0 / 7);
                    days.getColumnConstraints().add(c);
                    days.add(dayCell(weeks.get(w).days().get(d), today), d, 0);
                }
                box.getChildren().addAll(name, days);
            }
        });
        return box;
    }

    private Node dayCell(ShiftOverview.Day day, java.time.LocalDate today) {
        Label date = new Label(RosterTexts.weekDay(day.day(), messages));
        date.getStyleClass().add("text-small");
        Label shift = new Label();
        shift.getStyleClass().add("text-bold");
        shift.setWrapText(true); // "Turno intermedio" takes two lines in a narrow day
        Label detail = new Label();
        detail.getStyleClass().addAll("text-small", "text-muted");
        Label seat = new Label();
        seat.getStyleClass().addAll("text-small", "text-muted");
        if (day.type() == null) {
            shift.setText(messages.get(day.holiday() ? "roster.week.holidayOff" : "roster.week.off"));
            shift.getStyleClass().setAll("text-muted");
        } else {
            String name = RosterTexts.shiftName(day.type(), messages);
            shift.setText(day.onLeave() ? messages.get("roster.shiftOnLeave", name)
                    : day.swapped() ? messages.get("roster.shiftSwapped", name) : name);
            detail.setText(RosterTexts.hours(day.type()));
            seat.setText(day.seatCode() == null ? "" : messages.get("roster.week.seat", day.seatCode()));
        }
        for (Label l : new Label[] {date, shift, detail, seat}) {
            l.setMaxWidth(Double.MAX_VALUE);
            l.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        }
        VBox cell = new VBox(2, date, shift, detail, seat);
        cell.setId("roster-day-" + day.day());
        cell.getStyleClass().add("roster-day");
        if (day.type() != null) {
            cell.getStyleClass().add(day.onLeave() ? "roster-day-leave" : "roster-day-shift");
        }
        if (day.day().equals(today)) {
            cell.getStyleClass().add("roster-day-today");
        }
        cell.setPadding(new Insets(6, 8, 6, 8));
        cell.setMinWidth(0);
        return cell;
    }

    private Node requestsTable() {
        Label title = new Label(messages.get("roster.myRequests"));
        title.getStyleClass().add("section-title");
        TableView<RequestSummary> table = new TableView<>(model.requests());
        table.setId("roster-my-requests");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("roster.noRequests")));
        table.getColumns().add(column("roster.col.what", r -> RosterTexts.what(r, messages)));
        table.getColumns().add(column("roster.col.days", r -> RosterTexts.days(r, messages)));
        table.getColumns().add(column("roster.col.status", r -> messages.label(r.status())));
        VBox box = new VBox(6, title, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableColumn<RequestSummary, String> column(String key, java.util.function.Function<RequestSummary, String> text) {
        TableColumn<RequestSummary, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private Node formsPane() {
        forms.setId("roster-forms");
        forms.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab leave = new Tab(messages.get("roster.action.leave"), leaveForm());
        leave.setGraphic(new FontIcon(MaterialDesignC.CALENDAR_REMOVE));
        Tab swap = new Tab(messages.get("roster.action.swap"), swapForm());
        swap.setGraphic(new FontIcon(MaterialDesignS.SWAP_HORIZONTAL));
        forms.getTabs().addAll(leave, swap);
        Label message = Forms.message(model.messageProperty(), model.refusedProperty(), "roster-message");
        message.setMaxWidth(460);
        VBox box = new VBox(10, forms, message);
        box.setPrefWidth(480);
        box.setMinWidth(420);
        return box;
    }

    private Node leaveForm() {
        ComboBox<LeaveKind> kind = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(LeaveKind.values()));
        kind.setId("leave-kind");
        kind.setButtonCell(enumCell());
        kind.setCellFactory(v -> enumCell());
        kind.valueProperty().bindBidirectional(model.leaveKindProperty());
        ComboBox<Staff> forWhom = new ComboBox<>(model.people());
        forWhom.setId("leave-for");
        forWhom.setButtonCell(staffCell());
        forWhom.setCellFactory(v -> staffCell());
        forWhom.setConverter(STAFF_NAMES);
        forWhom.valueProperty().bindBidirectional(model.leaveForProperty());
        // R-LV-3: only sick leave (and the monitor's record of an emergency) is asked for someone else.
        forWhom.disableProperty().bind(model.leaveKindProperty().isEqualTo(LeaveKind.PERSONAL)
                .or(model.leaveKindProperty().isEqualTo(LeaveKind.SPECIAL)));
        model.leaveKindProperty().subscribe(k -> {
            if (k == LeaveKind.PERSONAL || k == LeaveKind.SPECIAL) {
                model.leaveForProperty().set(model.me());
            }
        });
        DatePicker from = FormParts.datePicker("leave-from", model.leaveFromProperty(), messages);
        DatePicker to = FormParts.datePicker("leave-to", model.leaveToProperty(), messages);
        CheckBox certificate = new CheckBox(messages.get("roster.leave.certificate"));
        certificate.setId("leave-certificate");
        certificate.selectedProperty().bindBidirectional(model.certificateProperty());
        var note = Forms.note("leave-note");
        note.textProperty().bindBidirectional(model.leaveNoteProperty());
        Button send = new Button(messages.get("roster.leave.send"), new FontIcon(MaterialDesignS.SEND));
        send.setId("leave-send");
        send.getStyleClass().add("accent");
        send.setDefaultButton(true);
        send.disableProperty().bind(model.busyProperty());
        send.setOnAction(e -> model.askLeave());
        GridPane grid = grid();
        Forms.row(grid, 0, messages.get("roster.leave.kind"), kind);
        Forms.row(grid, 1, messages.get("roster.leave.for"), forWhom);
        Forms.row(grid, 2, messages.get("roster.leave.from"), from);
        Forms.row(grid, 3, messages.get("roster.leave.to"), to);
        grid.add(certificate, 1, 4);
        Forms.row(grid, 5, messages.get("roster.note"), note);
        grid.add(send, 1, 6);
        return grid;
    }

    private Node swapForm() {
        ComboBox<Staff> partner = new ComboBox<>(model.people().filtered(p -> !p.id().equals(model.me().id())));
        partner.setId("swap-partner");
        partner.setButtonCell(staffCell());
        partner.setCellFactory(v -> staffCell());
        partner.setConverter(STAFF_NAMES);
        partner.valueProperty().bindBidirectional(model.swapPartnerProperty());
        DatePicker mine = FormParts.datePicker("swap-my-day", model.myDayProperty(), messages);
        DatePicker theirs = FormParts.datePicker("swap-their-day", model.theirDayProperty(), messages);
        var note = Forms.note("swap-note");
        note.textProperty().bindBidirectional(model.swapNoteProperty());
        Button send = new Button(messages.get("roster.swap.send"), new FontIcon(MaterialDesignS.SEND));
        send.setId("swap-send");
        send.getStyleClass().add("accent");
        send.disableProperty().bind(model.busyProperty());
        send.setOnAction(e -> model.askSwap());
        Label hint = new Label(messages.get("roster.swap.hint"));
        hint.getStyleClass().add("group-hint");
        hint.setWrapText(true);
        GridPane grid = grid();
        Forms.row(grid, 0, messages.get("roster.swap.partner"), partner);
        Forms.row(grid, 1, messages.get("roster.swap.myDay"), mine);
        Forms.row(grid, 2, messages.get("roster.swap.theirDay"), theirs);
        Forms.row(grid, 3, messages.get("roster.note"), note);
        grid.add(send, 1, 4);
        grid.add(hint, 0, 5, 2, 1);
        return grid;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12, 4, 4, 4));
        return grid;
    }

    private ListCell<LeaveKind> enumCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(LeaveKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.label(item));
            }
        };
    }

    /// A combo box names its value through its converter when the value is not among its items,
    /// which is so while the people are still loading: without it, the record's own text showed.
    private static final javafx.util.StringConverter<Staff> STAFF_NAMES = new javafx.util.StringConverter<>() {
        @Override
        public String toString(Staff staff) {
            return staff == null ? "" : staff.name() + " (" + staff.staffNo() + ")";
        }

        @Override
        public Staff fromString(String text) {
            throw new UnsupportedOperationException("not editable");
        }
    };

    private static ListCell<Staff> staffCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Staff item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : STAFF_NAMES.toString(item));
            }
        };
    }
}
