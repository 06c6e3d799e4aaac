package org.licensedesk.ui;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DialogService} with JavaFX alerts over the main window; long texts wrap, failures fold away. Every error it
 * shows also goes to the log, with the failure's stack trace, for whoever supports the desk.
 */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);
    private static final double TEXT_WIDTH = 480;

    private final Supplier<Window> owner;
    private Messages messages;

    /** @param owner the window the dialogs belong to; may supply null before the main window exists */
    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    /** After View → Language: later dialogs speak the new language. */
    @Override
    public void useLanguage(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void showError(String title, String whatHappened, String whatToDo, Throwable technicalDetail) {
        LOG.error("Error shown to the user: {}: {}", title, whatHappened, technicalDetail);
        Alert alert = alert(Alert.AlertType.ERROR, title);
        VBox content = new VBox(10, wrapped(whatHappened, UiStyles.DIALOG_HEADLINE), wrapped(whatToDo, null));
        alert.getDialogPane().setContent(content);
        if (technicalDetail != null) {
            TextArea detail = new TextArea(technicalText(technicalDetail));
            detail.setEditable(false);
            detail.setPrefRowCount(12);
            detail.setAccessibleText(messages.get("dialog.technicalDetails"));
            alert.getDialogPane().setExpandableContent(new VBox(6, new Label(messages.get("dialog.technicalDetails")),
                    detail));
        }
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title);
        alert.getDialogPane().setContent(wrapped(message, null));
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title);
        alert.getDialogPane().setContent(wrapped(message, null));
        ButtonType goAhead = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(goAhead, ButtonType.CANCEL);
        // Cancel is the safe answer to Enter: nothing happens unless the user picks the action itself.
        ((Button) alert.getDialogPane().lookupButton(goAhead)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(goAhead::equals).isPresent();
    }

    @Override
    public List<Path> chooseFiles(String title, String filterName, List<String> patterns, boolean several) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        Window window = owner.get();
        if (several) {
            List<File> files = chooser.showOpenMultipleDialog(window);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        }
        File file = chooser.showOpenDialog(window);
        return file == null ? List.of() : List.of(file.toPath());
    }

    private Alert alert(Alert.AlertType type, String title) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().getStylesheets().add(FxDialogService.class.getResource(UiStyles.STYLESHEET)
                .toExternalForm());
        // Without this the pane keeps its first height and cuts wrapped text off.
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        label.setPrefWidth(TEXT_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    /** The chain of causes first, as a reader would want it, then the trace for whoever fixes it. */
    private static String technicalText(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause.getClass().getName()).append(": ").append(cause.getMessage()).append('\n');
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return text.append('\n').append(trace).toString();
    }
}
