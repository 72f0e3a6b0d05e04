package org.seatdesk.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;

import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/// The status bar shared by the seat and supervisor consoles: who, which shift, hub connection.
public final class StatusBarView {

    private StatusBarView() {
    }

    public static Node of(StatusBarViewModel status) {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(status.whoProperty());
        Label shift = new Label();
        shift.setId("status-shift");
        shift.textProperty().bind(status.shiftProperty());
        Label connection = new Label();
        connection.setId("status-connection");
        connection.textProperty().bind(status.connectionProperty());
        connection.graphicProperty().bind(status.onlineProperty().map(
                online -> new FontIcon(online ? MaterialDesignC.CLOUD_CHECK_OUTLINE : MaterialDesignC.CLOUD_OFF_OUTLINE)));
        bar.getRightItems().addAll(shift, new Separator(Orientation.VERTICAL), connection);
        return bar;
    }
}
