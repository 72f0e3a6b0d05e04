import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;

/// The floor under a plain start (bench/fxfloor.sh): JavaFX alone, headless, showing a window
/// like the seat console's first screen (a 7-column table of 200 rows, a form of 8 fields, 4 combo
/// boxes and a text area, the same AtlantaFX theme) and nothing else: no database, no jOOQ, no
/// login, no logging. Prints ready_ms (JVM start to the first layout pulse after the window
/// showed, as the console's own) and the process's processor time at that moment.
public final class FxFloor {

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch laidOut = new CountDownLatch(1);
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            TableView<String[]> table = new TableView<>();
            for (int c = 0; c < 7; c++) {
                int column = c;
                TableColumn<String[], String> col = new TableColumn<>("Column " + c);
                col.setCellValueFactory(row -> new SimpleStringProperty(row.getValue()[column]));
                table.getColumns().add(col);
            }
            for (int r = 0; r < 200; r++) {
                String[] row = new String[7];
                for (int c = 0; c < 7; c++) {
                    row[c] = "T-20261124-S07-" + r + "-" + c;
                }
                table.getItems().add(row);
            }
            GridPane form = new GridPane();
            for (int i = 0; i < 8; i++) {
                form.add(new Label("Field " + i), 0, i);
                form.add(new TextField(), 1, i);
            }
            for (int i = 0; i < 4; i++) {
                ComboBox<String> choice = new ComboBox<>();
                choice.getItems().addAll("a", "b", "c");
                form.add(choice, 2, i);
            }
            form.add(new TextArea(), 1, 9);
            BorderPane root = new BorderPane(table);
            root.setRight(form);
            root.setTop(new ToolBar(new Button("New"), new Button("Save")));
            Stage stage = new Stage();
            Scene scene = new Scene(root, 1920, 1080);
            stage.setScene(scene);
            stage.show();
            scene.addPostLayoutPulseListener(laidOut::countDown);
            Platform.requestNextPulse();
        });
        laidOut.await();
        long readyMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpuMs = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
        System.out.println("ready_ms=" + readyMs + " processor_ms=" + cpuMs);
        System.exit(0);
    }
}
