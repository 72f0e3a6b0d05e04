package org.seatdesk.app;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.seatdesk.i18n.Messages;
import org.seatdesk.security.Session;
import org.seatdesk.security.ui.LoginView;
import org.seatdesk.security.ui.LoginViewModel;
import org.seatdesk.ui.Background;
import org.seatdesk.ui.FxExecutor;
import org.seatdesk.ui.Theme;
import org.seatdesk.wall.ui.WallView;
import org.seatdesk.wall.ui.WallViewModel;

/// The wall display's window: the wall account logs in at the hub, then the screen goes
/// full-screen and read-only, fed by the hub's redacted feed (R-SH-1, R-SEC-1).
final class WallConsole implements Console {

    private final WallContext context;
    private final Stage stage;
    private final Scene scene;
    private final Messages messages;
    private final String loginHint;
    private final Background background;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private LoginViewModel login;
    private WallViewModel wall;
    private Timeline ticker;
    private final boolean fullScreen;

    /// @param fullScreen false only for snapshots, which render the window at a chosen size
    WallConsole(WallContext context, Stage stage, Locale locale, String loginHint, double width, double height,
                boolean fullScreen) {
        this.context = context;
        this.fullScreen = fullScreen;
        this.stage = stage;
        this.messages = new Messages(locale);
        this.loginHint = loginHint;
        this.background = new Background(context.loginExecutor(), new FxExecutor());
        Theme.install();
        this.scene = Theme.scene(new javafx.scene.layout.Pane(), width, height);
        stage.setScene(scene);
        stage.showingProperty().subscribe(showing -> {
            if (!showing && ticker != null) {
                ticker.stop();
            }
        });
    }

    static WallConsole onScreen(WallContext context, Locale locale, String loginHint, Runnable onClosed) {
        Stage stage = new Stage();
        // The whole screen, however large (a 3840x2160 wall): full-screen mode needs a window
        // manager, and a wall's kiosk session often has none, so the window is that size too.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        WallConsole console = new WallConsole(context, stage, locale, loginHint, screen.getWidth(), screen.getHeight(), true);
        stage.setOnHidden(e -> onClosed.run());
        return console;
    }

    @Override
    public void showLogin() {
        stage.setTitle(messages.get("app.name") + " · " + messages.get("face.wall"));
        login = new LoginViewModel((staffNo, password) -> context.login(staffNo, password, messages), messages,
                background, this::showWall);
        LoginView view = new LoginView(login, messages, loginHint, messages.get("login.subtitle.wall"));
        scene.setRoot(view.root());
        view.focus();
    }

    /// Full-screen from here on; the feed's changes and a one-second tick refresh it.
    void showWall(Session session) {
        stage.setTitle(messages.get("face.wall"));
        stage.setFullScreenExitHint("");
        stage.setFullScreen(fullScreen);
        if (fullScreen) { // where no window manager makes it full screen, the window covers it
            stage.setX(0);
            stage.setY(0);
        }
        wall = new WallViewModel(context.board, context.sync, messages, context.clock, context.zone);
        scene.setRoot(new WallView(wall, messages).root());
        context.board.onChange(() -> {
            if (refreshQueued.compareAndSet(false, true)) { // a burst of pages is one refresh
                Platform.runLater(() -> {
                    refreshQueued.set(false);
                    wall.refresh();
                });
            }
        });
        wall.refresh();
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> wall.refresh()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        ready.set(true);
    }

    WallViewModel wall() {
        return wall;
    }

    @Override
    public void show() {
        stage.show();
    }

    @Override
    public LoginViewModel login() {
        return login;
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
