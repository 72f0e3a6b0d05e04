package org.seatdesk.kb.editorial.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.seatdesk.i18n.Messages;
import org.seatdesk.kb.editorial.EditorialPolicy;

/// The catalogue the editors manage (R-KB-2, R-KB-3): the categories of each section.
final class CatalogueView {

    private final VBox root = new VBox(8);

    CatalogueView(KbEditorViewModel model, Messages messages) {
        ComboBox<String> section = new ComboBox<>();
        section.setId("kb-catalogue-section");
        section.getItems().setAll(model.sections());
        section.setConverter(KbEditorView.converter(s -> SectionText.of(messages, s)));
        section.setValue(model.sections().getFirst());
        ListView<String> categories = new ListView<>();
        categories.setId("kb-catalogue-categories");
        categories.setPlaceholder(new Label(messages.get("kb.editor.catalogue.empty")));
        Runnable fill = () -> categories.getItems().setAll(model.catalogueProperty().get() == null
                ? java.util.List.of() : model.catalogueProperty().get().categories(section.getValue()));
        section.valueProperty().subscribe(s -> fill.run());
        model.catalogueProperty().subscribe(c -> fill.run());

        TextField name = new TextField();
        name.setId("kb-catalogue-name");
        name.setPromptText(messages.get("kb.editor.catalogue.prompt"));
        Button add = new Button(messages.get("kb.editor.catalogue.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("kb-catalogue-add");
        add.setOnAction(e -> {
            model.addCategory(section.getValue(), name.getText());
            name.clear();
        });
        add.setDefaultButton(false);
        name.setOnAction(e -> add.fire());
        Button remove = new Button(messages.get("kb.editor.catalogue.remove"), new FontIcon(MaterialDesignM.MINUS));
        remove.setId("kb-catalogue-remove");
        remove.setOnAction(e -> model.removeCategory(section.getValue(), categories.getSelectionModel().getSelectedItem()));
        boolean mayEdit = EditorialPolicy.mayEdit(model.actor().role());
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> !mayEdit || name.getText().isBlank(), name.textProperty()));
        remove.disableProperty().bind(categories.getSelectionModel().selectedItemProperty().isNull().or(
                Bindings.createBooleanBinding(() -> !mayEdit)));
        name.setDisable(!mayEdit);
        HBox bar = new HBox(8, new Label(messages.get("kb.editor.section")), section, name, add, remove);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        root.getChildren().addAll(bar, categories);
        VBox.setVgrow(categories, Priority.ALWAYS);
        root.setPadding(new Insets(12));
    }

    Node root() {
        return root;
    }
}
