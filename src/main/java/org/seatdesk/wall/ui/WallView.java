package org.seatdesk.wall.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.seatdesk.i18n.Messages;
import org.seatdesk.rollcall.RollCallMark;

/// The wall screen: big type on a dark background, readable from five metres (the base font
/// follows the window height: 34 px at 1080 lines, 24 px at 768). Read-only; nothing to click.
public final class WallView {

    private final BorderPane root = new BorderPane();
    private final FlowPane tiles = new FlowPane();
    private final Messages messages;

    public WallView(WallViewModel model, Messages messages) {
        this.messages = messages;
        root.getStyleClass().add("wall");
        root.setId("wall");
        root.sceneProperty().flatMap(scene -> scene.heightProperty()).subscribe(height -> {
            double h = height == null ? 1080 : height.doubleValue();
            root.setStyle("-fx-font-size: " + Math.round(Math.max(16, h / 32)) + "px;");
        });
        root.setTop(header(model));
        root.setCenter(rollCall(model));
        root.setRight(side(model, messages));
        root.setBottom(banner(model));
        model.rollCall().addListener((ListChangeListener<RollCallMark>) change -> showTiles(model));
        showTiles(model);
    }

    public Parent root() {
        return root;
    }

    private Node header(WallViewModel model) {
        Label shift = label("wall-shift", "wall-heading", model.shiftProperty());
        Label monitor = label("wall-monitor", "wall-subheading", model.monitorProperty());
        VBox left = new VBox(4, shift, monitor);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label clock = label("wall-clock", "wall-clock", model.clockProperty());
        Label date = label("wall-date", "wall-subheading", model.dateProperty());
        VBox right = new VBox(0, clock, date);
        right.setAlignment(Pos.TOP_RIGHT);
        HBox header = new HBox(20, left, spacer, right);
        header.setPadding(new Insets(18, 28, 10, 28));
        return header;
    }

    private Node rollCall(WallViewModel model) {
        tiles.setId("wall-roll-call");
        tiles.getStyleClass().add("wall-tiles");
        tiles.setHgap(14);
        tiles.setVgap(14);
        Label empty = new Label(messages.get("wall.waitingForRollCall"));
        empty.setId("wall-roll-call-empty");
        empty.getStyleClass().add("wall-muted");
        empty.setWrapText(true);
        empty.visibleProperty().bind(Bindings.isEmpty(model.rollCall()));
        empty.managedProperty().bind(empty.visibleProperty());
        VBox box = new VBox(10, empty, tiles);
        // the padding on the column, not on the tiles only: the waiting text lines up with the
        // title above it, as the tiles do
        box.setPadding(new Insets(10, 28, 10, 28));
        return box;
    }

    private void showTiles(WallViewModel model) {
        tiles.getChildren().setAll(model.rollCall().stream().map(this::tile).toList());
    }

    private Node tile(RollCallMark mark) {
        Label name = new Label(mark.staffName());
        name.getStyleClass().add("wall-tile-name");
        Label seat = new Label(mark.seatCode() == null ? mark.staffNo() : mark.seatCode());
        seat.getStyleClass().add("wall-tile-seat");
        String status = messages.label(mark.mark());
        if (mark.minutesLate() > 0) {
            status = messages.get("wall.lateBy", status, mark.minutesLate());
        }
        Label state = new Label(status);
        state.getStyleClass().add("wall-tile-mark");
        VBox tile = new VBox(2, seat, name, state);
        tile.getStyleClass().addAll("wall-tile", "mark-" + mark.mark().name());
        tile.setId("wall-tile-" + mark.staffNo());
        return tile;
    }

    private Node side(WallViewModel model, Messages messages) {
        GridPane counts = new GridPane();
        counts.setHgap(14);
        counts.setVgap(14);
        for (int column = 0; column < 2; column++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            counts.getColumnConstraints().add(half);
        }
        counts.add(count("wall-open", messages.get("wall.count.open"), model.openProperty(), "count-open"), 0, 0);
        counts.add(count("wall-late", messages.get("wall.count.late"), model.lateProperty(), "count-late"), 1, 0);
        counts.add(count("wall-urgent", messages.get("wall.count.urgent"), model.urgentProperty(), "count-urgent"), 0, 1);
        counts.add(count("wall-callbacks", messages.get("wall.count.callbacks"), model.callbacksProperty(), "count-callbacks"), 1, 1);
        Label noticesTitle = new Label(messages.get("wall.notices"));
        noticesTitle.getStyleClass().add("wall-subheading");
        FittingColumn notices = new FittingColumn(6);
        notices.setId("wall-notices");
        Runnable showNotices = () -> notices.getChildren().setAll(model.notices().isEmpty()
                ? java.util.List.of(muted(messages.get("wall.noNotices")))
                : model.notices().stream().map(t -> {
                    Label l = new Label("• " + t);
                    l.getStyleClass().add("wall-notice");
                    l.setWrapText(true); // a long title wraps onto a second line, never "…"
                    return (Node) l;
                }).toList());
        model.notices().addListener((ListChangeListener<String>) c -> showNotices.run());
        showNotices.run();
        // tight spacing: at 1366×768 with the offline banner up, the room saved is a notice more
        VBox side = new VBox(12, counts, noticesTitle, notices);
        VBox.setVgrow(notices, Priority.ALWAYS);
        side.setPadding(new Insets(10, 28, 4, 10));
        side.setPrefWidth(Region.USE_COMPUTED_SIZE);
        side.setMaxWidth(640);
        return side;
    }

    private static Node count(String id, String title, ObservableStringValue value, String style) {
        Label number = new Label();
        number.setId(id);
        number.textProperty().bind(value);
        number.getStyleClass().add("wall-count");
        Label caption = new Label(title);
        caption.getStyleClass().add("wall-count-caption");
        caption.setWrapText(true);
        caption.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox box = new VBox(0, number, caption);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().addAll("wall-count-box", style);
        return box;
    }

    private Node banner(WallViewModel model) {
        Label banner = label("wall-offline", "wall-offline", model.offlineTextProperty());
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(model.offlineProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private static Label label(String id, String style, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("wall-muted");
        return label;
    }
}
