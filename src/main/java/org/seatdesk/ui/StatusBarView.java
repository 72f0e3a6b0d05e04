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
        return of(status, () -> { });
    }

    /// With a link to the conflict inbox, shown while conflicts wait for a person (sync principle 6).
    public static Node of(StatusBarViewModel status, Runnable openConflicts) {
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
        javafx.scene.control.Hyperlink conflicts = new javafx.scene.control.Hyperlink();
        conflicts.setId("status-conflicts");
        conflicts.getStyleClass().add("danger");
        conflicts.setGraphic(new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignS.SOURCE_BRANCH_SYNC));
        conflicts.textProperty().bind(status.conflictsTextProperty());
        conflicts.visibleProperty().bind(status.conflictsProperty().greaterThan(0));
        conflicts.managedProperty().bind(conflicts.visibleProperty());
        conflicts.setOnAction(e -> openConflicts.run());
        conflicts.setPadding(new javafx.geometry.Insets(0, 12, 0, 0));
        bar.getRightItems().addAll(conflicts, shift, new Separator(Orientation.VERTICAL), connection);
        return bar;
    }
}
