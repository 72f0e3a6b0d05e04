package org.seatdesk.ticket.ui;

import java.util.EnumMap;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.RequesterKind;
import org.seatdesk.ticket.ServiceKind;
import org.seatdesk.ticket.TicketField;
import org.seatdesk.ticket.TicketType;
import org.seatdesk.ui.KeyboardSelect;

/// The intake form. Binds to {@link TicketFormViewModel}; tab order follows the call: what
/// kind of request, which equipment, where, who, what is wrong.
public final class TicketFormView {

    private final TicketFormViewModel model;
    private final Messages messages;
    private final Map<TicketField, Control> inputs = new EnumMap<>(TicketField.class);
    private final VBox root = new VBox(10);

    public TicketFormView(TicketFormViewModel model, Messages messages, ScriptsPanel scripts) {
        this.model = model;
        this.messages = messages;
        root.getStyleClass().add("ticket-form");
        root.setPadding(new Insets(12, 16, 10, 16));

        Label title = new Label(messages.get("form.title"));
        title.getStyleClass().add("title-3");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 3);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }

        ComboBox<TicketType> type = new ComboBox<>();
        type.getItems().setAll(TicketType.values());
        KeyboardSelect.install(type, t -> String.valueOf(t.letter()), messages::label);
        type.valueProperty().bindBidirectional(model.typeProperty());
        CheckBox urgent = new CheckBox(messages.label(org.seatdesk.ticket.Level.URGENT));
        urgent.selectedProperty().bindBidirectional(model.urgentProperty());
        urgent.setId("field-LEVEL");
        ComboBox<ServiceKind> serviceKind = new ComboBox<>();
        serviceKind.getItems().setAll(ServiceKind.values());
        KeyboardSelect.install(serviceKind, KeyboardSelect.byPosition(serviceKind), messages::label);
        serviceKind.valueProperty().bindBidirectional(model.serviceKindProperty());
        ComboBox<RequesterKind> requesterKind = new ComboBox<>();
        requesterKind.getItems().setAll(RequesterKind.values());
        KeyboardSelect.install(requesterKind, KeyboardSelect.byPosition(requesterKind), messages::label);
        requesterKind.valueProperty().bindBidirectional(model.requesterKindProperty());
        inputs.put(TicketField.TYPE, type);
        inputs.put(TicketField.LEVEL, urgent);
        inputs.put(TicketField.SERVICE_KIND, serviceKind);
        inputs.put(TicketField.REQUESTER_KIND, requesterKind);
        for (TicketField field : TicketField.values()) {
            if (TicketValidatorTexts.isText(field)) {
                TextInputControl input = field == TicketField.DESCRIPTION ? descriptionArea() : new TextField();
                input.textProperty().bindBidirectional(model.text(field));
                inputs.put(field, input);
            }
        }
        model.onFocusRequest(field -> inputs.get(field).requestFocus());
        inputs.forEach((field, input) -> {
            input.setId("field-" + field.name());
            input.setMaxWidth(Double.MAX_VALUE);
        });
        type.setTooltip(new Tooltip(messages.get("form.type.tooltip")));
        serviceKind.setTooltip(new Tooltip(messages.get("form.choice.tooltip")));
        requesterKind.setTooltip(new Tooltip(messages.get("form.choice.tooltip")));

        int row = 0;
        grid.add(cell(TicketField.TYPE, true), 0, row); // chosen by the agent, never preselected (R-TK-3)
        grid.add(cell(TicketField.SERVICE_KIND, true), 1, row);
        VBox urgentBox = new VBox(urgent);
        // level with the drop-downs, also when a message under one makes the row taller
        urgentBox.setAlignment(Pos.TOP_LEFT);
        urgentBox.setPadding(new Insets(30, 0, 0, 0));
        grid.add(urgentBox, 2, row++);
        grid.add(cell(TicketField.REQUESTER_KIND, true), 0, row);
        grid.add(cell(TicketField.REQUESTER_NAME, false), 1, row++, 2, 1);
        Label identifiers = new Label(messages.get("form.identifiers"));
        identifiers.getStyleClass().add("group-hint");
        grid.add(identifiers, 0, row++, 3, 1);
        grid.add(cell(TicketField.TERMINAL_ID, false), 0, row);
        grid.add(cell(TicketField.MERCHANT_ID, false), 1, row);
        grid.add(cell(TicketField.POS_BARCODE, false), 2, row++);
        grid.add(cell(TicketField.INSTALL_ADDRESS, true), 0, row++, 3, 1);
        grid.add(cell(TicketField.CONTACT_PERSON, true), 0, row);
        grid.add(cell(TicketField.CONTACT_PHONE, true), 1, row++, 2, 1);
        grid.add(cell(TicketField.DESCRIPTION, true), 0, row, 3, 1);

        Button save = new Button(messages.get("form.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.setId("save-ticket");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setTooltip(new Tooltip(messages.get("form.save.tooltip")));
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save());
        Button cancel = new Button(messages.get("form.cancel"), new FontIcon(MaterialDesignE.ERASER));
        cancel.setId("cancel-ticket");
        cancel.setTooltip(new Tooltip(messages.get("form.cancel.tooltip")));
        cancel.setOnAction(e -> model.cancel());
        Label notice = new Label();
        notice.setId("form-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        model.noticeIsErrorProperty().subscribe(isError -> {
            notice.getStyleClass().removeAll("danger", "success");
            notice.getStyleClass().add(isError ? "danger" : "success");
        });
        HBox actions = new HBox(10, save, cancel, notice);
        actions.setAlignment(Pos.CENTER_LEFT);

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(title, scroll, actions, scripts.root());
    }

    public Node root() {
        return root;
    }

    public void focusFirstField() {
        inputs.get(TicketField.TYPE).requestFocus();
    }

    private VBox cell(TicketField field, boolean required) {
        Label label = new Label(messages.label(field) + (required ? " *" : ""));
        label.setLabelFor(inputs.get(field));
        label.getStyleClass().add("field-label");
        Label error = new Label();
        error.setId("error-" + field.name());
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.error(field));
        // Space for a message only when there is one, so the whole form fits on a 1366×768 screen.
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        Control input = inputs.get(field);
        model.error(field).subscribe(text ->
                input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !text.isEmpty()));
        VBox cell = new VBox(3, label, input, error);
        cell.setFillWidth(true);
        return cell;
    }

    /// Tab leaves the description instead of typing a tab, so the whole form works by keyboard.
    private static TextArea descriptionArea() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        return TabLeaves.install(area);
    }
}
