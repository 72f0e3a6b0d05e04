package org.seatdesk.security.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.seatdesk.i18n.Messages;

/// The login card, centred on the window.
public final class LoginView {

    private final StackPane root = new StackPane();
    private final TextField staffNo = new TextField();

    /// @param hint a line under the card (demo logins in the embedded default), or blank
    public LoginView(LoginViewModel model, Messages messages, String hint) {
        this(model, messages, hint, messages.get("login.subtitle"));
    }

    /// @param subtitle what this window is, under the product's name (the wall display names itself)
    public LoginView(LoginViewModel model, Messages messages, String hint, String subtitle) {
        root.getStyleClass().add("login-screen");
        FontIcon logo = new FontIcon(MaterialDesignH.HEADSET);
        logo.getStyleClass().add("login-logo");
        Label title = new Label(messages.get("app.name"));
        title.getStyleClass().add("title-1");
        Label subtitleLabel = new Label(subtitle);
        subtitleLabel.getStyleClass().add("text-muted");

        Label staffLabel = new Label(messages.get("login.staffNo"));
        staffLabel.setLabelFor(staffNo);
        staffNo.setId("login-staff");
        staffNo.textProperty().bindBidirectional(model.staffNoProperty());
        PasswordField password = new PasswordField();
        password.setId("login-password");
        Label passwordLabel = new Label(messages.get("login.password"));
        passwordLabel.setLabelFor(password);
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Button login = new Button(messages.get("login.submit"));
        login.setId("login-submit");
        login.getStyleClass().add("accent");
        login.setDefaultButton(true);
        login.setMaxWidth(Double.MAX_VALUE);
        login.disableProperty().bind(model.busyProperty());
        login.setOnAction(e -> model.login());
        Label hintLabel = new Label(hint);
        hintLabel.getStyleClass().add("text-muted");
        hintLabel.setWrapText(true);

        VBox card = new VBox(8, logo, title, subtitleLabel, staffLabel, staffNo, passwordLabel, password, error, login, hintLabel);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(32));
        card.setMaxSize(380, Region.USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().add(card);
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        staffNo.requestFocus();
    }
}
