package org.licensedesk.ui.audit;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.UiStyles;

/** A small window with a job's progress bar and Cancel; it closes by itself when the job ends. */
final class ProgressDialog {
    private final Stage stage = new Stage(StageStyle.UTILITY);

    ProgressDialog(LongJob job, Messages messages, Window owner) {
        Label title = new Label(job.title());
        title.getStyleClass().add(UiStyles.DIALOG_HEADLINE);
        ProgressBar bar = new ProgressBar();
        bar.setId("jobProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(job.progressProperty());
        bar.setAccessibleText(job.title());
        Label cancelling = new Label(messages.get("job.cancelling"));
        cancelling.getStyleClass().add(UiStyles.MUTED);
        cancelling.visibleProperty().bind(job.cancellingProperty());
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("jobCancel");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(job.cancellingProperty());
        cancel.setOnAction(event -> job.cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox root = new VBox(12, title, bar, new HBox(8, cancelling, spacer, cancel));
        root.setPadding(new Insets(20));
        root.setPrefWidth(420);
        Scene scene = new Scene(root);
        Theme.applyTo(scene);
        stage.setScene(scene);
        stage.setTitle(job.title());
        stage.setResizable(false);
        if (owner != null && owner.isShowing()) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        // Closing the window is a Cancel too: the work must not go on unseen.
        stage.setOnCloseRequest(event -> job.cancel());
        job.runningProperty().addListener((observable, before, running) -> {
            if (!running) {
                stage.close();
            }
        });
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }
}
