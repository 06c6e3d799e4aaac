package org.licensedesk.ui.main;

import java.nio.file.Path;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/**
 * Help → About: what the desk is, and what support staff ask first: the version, the database it works on, the data
 * folder and the log file. The facts are read-only text fields, so a path can be selected and copied.
 */
final class AboutDialog {
    /** The facts shown; data folder and log file are null on a desk that keeps none (window tests). */
    record Facts(String version, Path database, Path dataFolder, Path logFile) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();

    AboutDialog(Messages messages, Facts facts, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("about.title"));
        dialog.setHeaderText(messages.get("about.title"));
        Label intro = new Label(messages.get("about.text"));
        intro.setWrapText(true);
        intro.setPrefWidth(560);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.getStyleClass().add(UiStyles.FORM_GRID);
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(captions, values);
        String none = messages.get("about.none");
        addRow(grid, 0, messages.get("about.version"), facts.version(), "aboutVersion");
        addRow(grid, 1, messages.get("about.store"), messages.format("about.store.h2", text(facts.database(), none)),
                "aboutStore");
        addRow(grid, 2, messages.get("about.dataFolder"), text(facts.dataFolder(), none), "aboutDataFolder");
        addRow(grid, 3, messages.get("about.logFile"), text(facts.logFile(), none), "aboutLogFile");
        VBox content = new VBox(14, intro, grid);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("aboutDialog");
        dialog.getDialogPane().getStylesheets().add(AboutDialog.class.getResource(UiStyles.STYLESHEET)
                .toExternalForm());
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("about.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    void showAndWait() {
        dialog.showAndWait();
    }

    private static void addRow(GridPane grid, int row, String caption, String value, String id) {
        Label label = new Label(caption);
        label.getStyleClass().add(UiStyles.FORM_LABEL);
        label.setMinWidth(Region.USE_PREF_SIZE);
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        field.getStyleClass().add(UiStyles.COPYABLE);
        field.setPrefColumnCount(Math.max(20, value.length()));
        label.setLabelFor(field);
        grid.addRow(row, label, field);
    }

    private static String text(Path path, String none) {
        return path == null ? none : path.toAbsolutePath().toString();
    }
}
