package org.seatdesk.app;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Scene;

import org.seatdesk.security.ui.LoginViewModel;

/// One face of the application in its window: what the launch commands and `--exit-when-ready`
/// need from the seat console, the supervisor console and the wall alike.
interface Console {

    void showLogin();

    void show();

    /// The login form's model (for `--exit-when-ready` and tests), null before {@link #showLogin()}.
    LoginViewModel login();

    /// True once the console shows its data after the login.
    ReadOnlyBooleanProperty readyProperty();

    Scene scene();

    /// The size of a new console window: as large as the screen, up to 1920×1080.
    static javafx.geometry.Dimension2D windowSize() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        return new javafx.geometry.Dimension2D(Math.min(1920, screen.getWidth()), Math.min(1080, screen.getHeight()));
    }
}
