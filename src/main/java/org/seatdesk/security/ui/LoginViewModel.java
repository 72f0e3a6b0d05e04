package org.seatdesk.security.ui;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.seatdesk.i18n.Messages;
import org.seatdesk.security.Authenticator;
import org.seatdesk.security.LoginResult;
import org.seatdesk.security.Session;
import org.seatdesk.ui.Background;

/// Staff ID + password. A refusal says so clearly and, after repeated failures, how long to wait;
/// the staff ID stays as typed.
public final class LoginViewModel {

    private final StringProperty staffNo = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private BiConsumer<Session, String> accepted = (session, secret) -> { };
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Authenticator auth;
    private final Messages messages;
    private final Background background;
    private final Consumer<Session> onLoggedIn;

    public LoginViewModel(Authenticator auth, Messages messages, Background background, Consumer<Session> onLoggedIn) {
        this.auth = auth;
        this.messages = messages;
        this.background = background;
        this.onLoggedIn = onLoggedIn;
    }

    public StringProperty staffNoProperty() {
        return staffNo;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void login() {
        if (busy.get()) {
            return;
        }
        if (staffNo.get().isBlank() || password.get().isEmpty()) {
            error.set(messages.get("login.missing"));
            return;
        }
        busy.set(true);
        error.set("");
        String id = staffNo.get();
        String secret = password.get();
        background.run(() -> auth.login(id, secret), result -> answered(result, secret), failure -> {
            busy.set(false);
            error.set(messages.get("login.failed", String.valueOf(failure.getMessage())));
        });
    }

    /// For a console with a hub: the sync engine logs in there with the same staff ID and password.
    public void whenAccepted(BiConsumer<Session, String> sessionAndPassword) {
        this.accepted = sessionAndPassword;
    }

    private void answered(LoginResult result, String secret) {
        busy.set(false);
        switch (result) {
            case LoginResult.Success success -> {
                password.set("");
                accepted.accept(success.session(), secret);
                onLoggedIn.accept(success.session());
            }
            case LoginResult.Refused refused -> {
                password.set("");
                long wait = refused.waitBeforeNext().toSeconds();
                error.set(wait > 0 ? messages.get("login.refused.wait", wait) : messages.get("login.refused"));
            }
            case LoginResult.Throttled throttled ->
                    error.set(messages.get("login.throttled", Math.max(1, throttled.retryAfter().toSeconds())));
            case LoginResult.Inactive inactive -> error.set(messages.get("login.inactive"));
        }
    }
}
