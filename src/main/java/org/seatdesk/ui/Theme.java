package org.seatdesk.ui;

import javafx.application.Application;
import javafx.scene.Scene;

import atlantafx.base.theme.PrimerLight;

/// AtlantaFX's Primer Light plus SeatDesk's own sheet (larger type for eight-hour shifts).
public final class Theme {

    private Theme() {
    }

    public static void install() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /// Loads, on the FX thread and while the database is still opening, what the first window
    /// will need: the style sheets, the icon font and the skins of the common controls.
    public static void warmUp() {
        var controls = new javafx.scene.layout.VBox(
                new javafx.scene.control.Label("warm"), new javafx.scene.control.TextField("warm"),
                new javafx.scene.control.PasswordField(), new javafx.scene.control.Button("warm",
                        new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignH.HEADSET)),
                new javafx.scene.control.ComboBox<String>(), new javafx.scene.control.CheckBox("warm"),
                new javafx.scene.control.TextArea(), new javafx.scene.control.TableView<String>());
        Scene scene = scene(controls, 400, 300);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    public static Scene scene(javafx.scene.Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Theme.class.getResource("seatdesk.css").toExternalForm());
        return scene;
    }
}
