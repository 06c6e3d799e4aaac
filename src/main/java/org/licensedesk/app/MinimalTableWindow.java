package org.licensedesk.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The yardstick of {@code benchmark}'s launch measurement (issue 11): the least JavaFX program that paints a window
 * with one TableView of 200 rows, then quits at once. Started like the app ({@code java -cp ... MinimalTableWindow}),
 * with the same JVM flags, so the two processes' wall times compare. Not part of the app.
 */
public final class MinimalTableWindow {
    private MinimalTableWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; a nested class, since a main class extending Application needs JavaFX on the module path. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            TableView<String[]> table = new TableView<>();
            for (int column = 0; column < 6; column++) {
                int index = column;
                TableColumn<String[], String> shown = new TableColumn<>("Column " + column);
                shown.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[index]));
                table.getColumns().add(shown);
            }
            ObservableList<String[]> rows = FXCollections.observableArrayList();
            for (int row = 0; row < 200; row++) {
                String[] cells = new String[6];
                for (int column = 0; column < 6; column++) {
                    cells[column] = "row " + row + " cell " + column;
                }
                rows.add(cells);
            }
            table.setItems(rows);
            Scene scene = new Scene(table, 1366, 768);
            stage.setScene(scene);
            stage.show();
            Runnable[] painted = new Runnable[1];
            painted[0] = () -> {
                scene.removePostLayoutPulseListener(painted[0]);
                // The benchmark's mark of the paint, as the app's --measure-startup prints its own.
                System.err.println("startup: table of 200 rows painted (minimal window)");
                // Quits as the app's --measure-startup does (StartupProbe.quit: hide, then exit), so both end alike;
                // not that method itself, which would load the app's window classes into the yardstick.
                stage.hide();
                Platform.runLater(Platform::exit);
            };
            scene.addPostLayoutPulseListener(painted[0]);
            Platform.requestNextPulse();
        }
    }
}
