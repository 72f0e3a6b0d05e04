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

    public static Scene scene(javafx.scene.Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Theme.class.getResource("seatdesk.css").toExternalForm());
        return scene;
    }
}
