package org.seatdesk.app;

import java.util.Locale;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.seatdesk.i18n.Messages;
import org.seatdesk.security.ui.LoginViewModel;
import org.seatdesk.settings.Settings;
import org.seatdesk.ui.Background;
import org.seatdesk.ui.FxExecutor;
import org.seatdesk.ui.Theme;

/// What the seat console and the supervisor console share: their themed window, the login's
/// model, the "ready" flag, a ticker that stops with the window, and the stored UI language.
abstract class ConsoleWindow implements Console {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConsoleWindow.class);

    protected final SeatContext context;
    protected final Stage stage;
    protected final Scene scene;
    protected final Background background;
    protected final String loginHint;
    protected final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    protected Messages messages;
    protected LoginViewModel login;
    private Timeline ticker;

    ConsoleWindow(SeatContext context, Stage stage, Locale locale, String loginHint, double width, double height) {
        this.context = context;
        this.stage = stage;
        this.loginHint = loginHint;
        this.messages = new Messages(locale);
        this.background = new Background(context.dbExecutor, new FxExecutor());
        Theme.install();
        this.scene = Theme.scene(new Pane(), width, height);
        stage.setScene(scene);
        // The clock stops when the window closes or another console takes the window over.
        stage.showingProperty().subscribe(showing -> {
            if (!showing) {
                stopTicker();
            }
        });
        stage.sceneProperty().subscribe(current -> {
            if (current != scene) {
                stopTicker();
            }
        });
    }

    @Override
    public void show() {
        stage.show();
    }

    /// True once a logged-in console shows its data: what `--exit-when-ready` waits for.
    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    @Override
    public Scene scene() {
        return scene;
    }

    @Override
    public LoginViewModel login() {
        return login;
    }

    /// Runs `tick` on the JavaFX thread every `period` until {@link #stopTicker()} or the window goes.
    protected final void startTicker(Duration period, Runnable tick) {
        stopTicker();
        ticker = new Timeline(new KeyFrame(period, e -> tick.run()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    protected final void stopTicker() {
        if (ticker != null) {
            ticker.stop();
        }
    }

    /// The UI language is a setting of this workstation: stored in the background, used at once.
    protected final void switchLanguage(Locale locale) {
        String tag = locale.toLanguageTag();
        background.run(() -> {
            context.settings.put(Settings.LOCALE, tag);
            return tag;
        }, saved -> { }, error -> LOG.warn("Could not store the UI language {}", tag, error));
        messages = new Messages(locale);
    }
}
