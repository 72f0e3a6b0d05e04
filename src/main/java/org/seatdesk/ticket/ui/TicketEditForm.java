package org.seatdesk.ticket.ui;

import java.util.Arrays;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.DispatchKind;
import org.seatdesk.ticket.HandlingStatus;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.TicketField;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.ui.TicketEditViewModel.Field;

/// The edit form of the ticket detail: two columns of fields, each with its problem under it.
final class TicketEditForm {

    private final VBox root = new VBox(8);
    private final Messages messages;
    private final ComboBox<TicketStatus> first;

    TicketEditForm(TicketEditViewModel model, Messages messages) {
        this.messages = messages;
        root.setId("detail-edit-form");
        root.getStyleClass().add("ticket-edit");
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(4);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(120);
            ColumnConstraints value = new ColumnConstraints();
            value.setHgrow(Priority.ALWAYS);
            value.setPercentWidth(35);
            grid.getColumnConstraints().addAll(label, value);
        }
        // Two columns, Tab going down the first and then the second: where the ticket stands
        // (status, handling, dispatch), then its level and the customer's details. The grid's
        // children are added in that order, which is the order Tab follows.
        first = choice("edit-status", TicketStatus.values(), false, model.statusProperty());
        place(grid, 0, 0, messages.get("edit.status"), first, null);
        place(grid, 2, 0, messages.get("detail.handling"),
                choice("edit-handling", HandlingStatus.values(), true, model.handlingStatusProperty()), null);
        ComboBox<DispatchKind> kind = choice("edit-dispatch-kind", DispatchKind.values(), true, model.dispatchKindProperty());
        place(grid, 4, 0, messages.get("detail.dispatch"), kind, null);
        TextField target = text("edit-dispatch-target", new TextField(), model.dispatchTargetProperty().get());
        target.textProperty().bindBidirectional(model.dispatchTargetProperty());
        target.setPromptText(messages.get("edit.dispatchTarget.prompt"));
        target.disableProperty().bind(model.dispatchKindProperty().isNull());
        place(grid, 6, 0, messages.get("edit.dispatchTarget"), target, model.problemProperty(Field.DISPATCH_TARGET));
        place(grid, 0, 1, messages.label(TicketField.LEVEL), choice("edit-level", Level.values(), false, model.levelProperty()),
                model.problemProperty(Field.LEVEL));
        place(grid, 2, 1, messages.label(TicketField.CONTACT_PERSON),
                bound("edit-contact-person", new TextField(), model.contactPersonProperty()), model.problemProperty(Field.CONTACT_PERSON));
        place(grid, 4, 1, messages.label(TicketField.CONTACT_PHONE),
                bound("edit-contact-phone", new TextField(), model.contactPhoneProperty()), model.problemProperty(Field.CONTACT_PHONE));
        place(grid, 6, 1, messages.label(TicketField.INSTALL_ADDRESS),
                bound("edit-install-address", new TextField(), model.installAddressProperty()), model.problemProperty(Field.INSTALL_ADDRESS));
        TextArea description = TabLeaves.install(bound("edit-description", new TextArea(), model.descriptionProperty()));
        description.setPrefRowCount(3);
        description.setWrapText(true);
        Label descriptionLabel = fieldLabel(messages.label(TicketField.DESCRIPTION));
        grid.add(descriptionLabel, 0, 8);
        grid.add(description, 1, 8, 3, 1);
        grid.add(problem(model.problemProperty(Field.DESCRIPTION)), 1, 9, 3, 1);

        Button save = new Button(messages.get("edit.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("edit-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setTooltip(new Tooltip(messages.get("shortcut.tooltip", messages.get("edit.save.tooltip"), "Ctrl+S")));
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.savingProperty());
        Button cancel = new Button(messages.get("edit.cancel"), new FontIcon(MaterialDesignC.CLOSE));
        cancel.setId("edit-cancel");
        cancel.setOnAction(e -> model.cancel());
        Label failure = new Label();
        failure.setId("edit-failure");
        failure.getStyleClass().add("danger");
        failure.textProperty().bind(model.failureProperty());
        Label note = new Label(messages.get("edit.syncNote"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox actions = new HBox(10, save, cancel, failure);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(grid, actions, note);
    }

    Node root() {
        return root;
    }

    /// Ctrl+E: the cursor in the first field of the edit.
    void focusFirstField() {
        root.applyCss(); // shown just now: its skins are made first, then the focus goes in
        first.requestFocus();
    }

    private void place(GridPane grid, int row, int column, String label, Node control, ReadOnlyStringProperty problem) {
        grid.add(fieldLabel(label), column * 2, row);
        grid.add(control, column * 2 + 1, row);
        if (problem != null) {
            grid.add(problem(problem), column * 2 + 1, row + 1);
        }
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the values give way, never the names
        return label;
    }

    private static Label problem(ReadOnlyStringProperty text) {
        Label label = new Label();
        label.getStyleClass().addAll("field-problem", "danger");
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(text.isNotEmpty());
        return label;
    }

    private <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, boolean optional, ObjectProperty<E> value) {
        var items = FXCollections.<E>observableArrayList();
        if (optional) {
            items.add(null);
        }
        items.addAll(Arrays.asList(values));
        ComboBox<E> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setButtonCell(cell());
        box.setCellFactory(list -> cell());
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private <E extends Enum<E>> ListCell<E> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.get("edit.none") : messages.label(item));
            }
        };
    }

    private static <T extends TextInputControl> T bound(String id, T control, javafx.beans.property.StringProperty value) {
        control.setId(id);
        control.textProperty().bindBidirectional(value);
        return control;
    }

    private static TextField text(String id, TextField field, String initial) {
        field.setId(id);
        field.setText(initial);
        return field;
    }
}
