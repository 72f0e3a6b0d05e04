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
    private java.util.function.BiPredicate<String, String> askHub = (id, secret) -> false;
    private java.util.function.Supplier<String> refusedForHub = () -> null;
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
        background.run(() -> {
            LoginResult result = auth.login(id, secret);
            boolean askedHub = false;
            if (result instanceof LoginResult.Refused) {
                askedHub = true;
                if (askHub.test(id, secret)) {
                    result = auth.login(id, secret); // the hub knew the person: now this seat does too
                }
            }
            // ADR 0037: this seat's data and the hub must be one centre's, before anything syncs
            String refusal = result instanceof LoginResult.Success || askedHub ? refusedForHub.get() : null;
            return new Answer(result, refusal);
        }, answer -> answered(answer, secret), failure -> {
            busy.set(false);
            error.set(messages.get("login.failed", String.valueOf(failure.getMessage())));
        });
    }

    /// For a console with a hub: a login refused here is put to the hub (runs on the database
    /// executor); true when the hub accepted and this seat now knows the person (issue 4).
    public void whenRefusedHere(java.util.function.BiPredicate<String, String> hubAccepts) {
        this.askHub = hubAccepts;
    }

    /// For a console with a hub: after this seat accepted the person (or the hub was asked about
    /// them), `refusal` gives the sentence that refuses the login anyway, or null (ADR 0037: the
    /// hub serves another centre than the one this seat's data belongs to). Runs on the database
    /// executor.
    public void refuseWhen(java.util.function.Supplier<String> refusal) {
        this.refusedForHub = refusal;
    }

    /// For a console with a hub: the sync engine logs in there with the same staff ID and password.
    public void whenAccepted(BiConsumer<Session, String> sessionAndPassword) {
        this.accepted = sessionAndPassword;
    }

    private record Answer(LoginResult result, String refusal) {
    }

    private void answered(Answer answer, String secret) {
        busy.set(false);
        if (answer.refusal() != null) {
            password.set("");
            error.set(answer.refusal());
            return;
        }
        switch (answer.result()) {
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
