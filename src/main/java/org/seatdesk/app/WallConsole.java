package org.seatdesk.app;

import java.util.Locale;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.seatdesk.i18n.Messages;
import org.seatdesk.security.ui.LoginViewModel;
import org.seatdesk.ui.ComingSoonView;
import org.seatdesk.ui.Theme;

/// The wall display's window: full-screen and read-only.
final class WallConsole implements Console {

    private final Stage stage;
    private final Scene scene;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();

    private WallConsole(Stage stage, Locale locale, double width, double height) {
        this.stage = stage;
        this.messages = new Messages(locale);
        Theme.install();
        this.scene = Theme.scene(new javafx.scene.layout.Pane(), width, height);
        stage.setScene(scene);
    }

    /// The wall of the embedded default until it has a hub to log in to.
    static WallConsole placeholder(Locale locale, Runnable onClosed) {
        Stage stage = new Stage();
        javafx.geometry.Dimension2D size = Console.windowSize();
        WallConsole console = new WallConsole(stage, locale, size.getWidth(), size.getHeight());
        stage.setOnHidden(e -> onClosed.run());
        return console;
    }

    @Override
    public void showLogin() {
        stage.setTitle(messages.get("face.wall"));
        stage.setFullScreen(true);
        javafx.scene.layout.StackPane wall = new javafx.scene.layout.StackPane(ComingSoonView.of(messages, "face.wall"));
        wall.getStyleClass().add("wall");
        scene.setRoot(wall);
        ready.set(true);
    }

    @Override
    public void show() {
        stage.show();
    }

    @Override
    public LoginViewModel login() {
        return null;
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    @Override
    public Scene scene() {
        return scene;
    }
}
