package org.seatdesk.settings.ui;

import java.util.Locale;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.seatdesk.i18n.Messages;

/// The console's own settings; for now the UI language (en, zh_CN, es).
public final class SettingsDialog {

    private SettingsDialog() {
    }

    public static Optional<Locale> askLanguage(Window owner, Messages messages) {
        Dialog<Locale> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        dialog.setHeaderText(messages.get("settings.header"));
        ButtonType apply = new ButtonType(messages.get("settings.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("settings.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, cancel);
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(Messages.SUPPORTED);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                // Each language is named in itself, so anyone can find their own.
                return locale == null ? "" : locale.getDisplayName(locale);
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        language.setValue(Messages.parseLocale(messages.locale().toLanguageTag()));
        VBox content = new VBox(6, new Label(messages.get("settings.language")), language);
        content.setPadding(new Insets(6, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> button == apply ? language.getValue() : null);
        return dialog.showAndWait();
    }
}
