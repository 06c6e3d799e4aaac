package org.licensedesk.ui.workflow;

import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.licensedesk.domain.workflow.WorkflowRules;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.TabLeavesTextArea;
import org.licensedesk.ui.UiStyles;

/**
 * The dialog of one workflow action: what the action carries, then the note. It stays open while the action is
 * sent and after a refusal or conflict, with everything typed kept; it closes once the action was performed.
 * Ctrl+Enter submits.
 */
final class ActionDialog {
    private static final double WIDTH = 720;

    private final ActionForm form;
    private final Messages messages;
    private final DomainText text;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType submit;
    private final ButtonType cancel;
    private Node firstField;
    private ScrollPane scroll;
    private VBox content;

    ActionDialog(ActionForm form, Messages messages, DomainText text, Window owner) {
        this.form = form;
        this.messages = messages;
        this.text = text;
        String command = text.commandName(form.action());
        dialog.setTitle(messages.format("actions.dialog.title", command, form.reference()));
        dialog.setHeaderText(messages.format("actions.dialog.title", command, form.reference()));
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        submit = new ButtonType(command, ButtonBar.ButtonData.OK_DONE);
        cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(submit, cancel);
        dialog.getDialogPane().getStylesheets().add(ActionDialog.class.getResource(UiStyles.STYLESHEET)
                .toExternalForm());
        dialog.getDialogPane().getStyleClass().add(UiStyles.ACTION_DIALOG);
        dialog.getDialogPane().setId("actionDialog");

        content = new VBox();
        content.getStyleClass().add(UiStyles.ACTION_FORM);
        ActionParts parts = new ActionParts(form, messages, text);
        content.getChildren().addAll(parts.nodes());
        content.getChildren().add(noteArea());
        if (parts.firstField() != null) {
            firstField = parts.firstField();
        }
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(WIDTH);
        scroll.setPrefViewportHeight(Math.min(620, parts.preferredHeight() + 190));
        dialog.getDialogPane().setPrefWidth(WIDTH + 40);
        scroll.getStyleClass().add(UiStyles.EDGE_TO_EDGE);
        dialog.getDialogPane().setContent(scroll);
        FocusInView.follow(scroll, content);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        wireButtons();
    }

    private Node noteArea() {
        Label caption = new Label(messages.get("actions.note"));
        caption.getStyleClass().add(UiStyles.FORM_SECTION);
        caption.setMaxWidth(Double.MAX_VALUE);
        TextArea note = TabLeavesTextArea.install(new TextArea());
        note.setId("actionNote");
        firstField = note;
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setPromptText(messages.get("actions.note.prompt"));
        note.setAccessibleText(messages.get("actions.note"));
        note.textProperty().bindBidirectional(form.noteProperty());
        caption.setLabelFor(note);
        Label hint = new Label();
        hint.setId("actionNoteHint");
        hint.setWrapText(true);
        hint.textProperty().bind(Bindings.createStringBinding(() -> !form.noteRequired().get()
                ? messages.format("actions.note.optional", form.reference())
                : form.noteLongEnough().get() ? messages.get("actions.note.enough")
                : messages.format("actions.note.tooShort", WorkflowRules.MIN_NOTE_LENGTH, form.noteLength().get()),
                form.noteLength(), form.noteLongEnough(), form.noteRequired()));
        form.noteLongEnough().addListener((observable, before, enough) -> styleHint(hint, enough));
        styleHint(hint, form.noteLongEnough().get());
        Label keys = new Label(messages.get("actions.submitHint"));
        keys.getStyleClass().add(UiStyles.MUTED);
        return new VBox(4, caption, note, hint, keys);
    }

    private static void styleHint(Label hint, boolean enough) {
        hint.getStyleClass().removeAll(UiStyles.HINT_OK, UiStyles.HINT_MISSING);
        hint.getStyleClass().add(enough ? UiStyles.HINT_OK : UiStyles.HINT_MISSING);
    }

    private void wireButtons() {
        Button submitButton = (Button) dialog.getDialogPane().lookupButton(submit);
        submitButton.setId("actionSubmit");
        submitButton.setDefaultButton(false);
        submitButton.disableProperty().bind(form.canSubmit().not());
        // The button must not close the dialog by itself: it closes only once the action was performed.
        submitButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.submit();
        });
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("actionCancel");
        cancelButton.disableProperty().bind(form.busyProperty());
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                form.submit();
            }
        });
        form.closedProperty().addListener((observable, before, closed) -> {
            if (closed) {
                dialog.setResult(submit);
                dialog.close();
            }
        });
        // Escape, Cancel or the window's close button: what was typed is not thrown away without asking.
        dialog.setOnCloseRequest(event -> {
            if (!form.closedProperty().get() && form.hasTypedText() && !discardConfirmed()) {
                event.consume();
            }
        });
    }

    private boolean discardConfirmed() {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(dialog.getDialogPane().getScene().getWindow());
        ask.setTitle(messages.get("actions.discard.title"));
        ask.setHeaderText(messages.get("actions.discard.title"));
        ask.setContentText(messages.format("actions.discard.message", form.reference()));
        ButtonType discard = new ButtonType(messages.get("actions.discard.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(discard, keep);
        ask.getDialogPane().setId("actionDiscardDialog");
        // Enter keeps the text: throwing it away takes a deliberate choice.
        ((Button) ask.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return ask.showAndWait().filter(discard::equals).isPresent();
    }

    void show() {
        dialog.show();
        fitToContent();
        firstField.requestFocus();
    }

    /** As tall as the form needs, within the screen; longer forms scroll. */
    private void fitToContent() {
        Window window = dialog.getDialogPane().getScene().getWindow();
        double screen = Screen.getScreensForRectangle(window.getX(), window.getY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds().getHeight();
        double wanted = content.prefHeight(scroll.getViewportBounds().getWidth()) + 2;
        scroll.setPrefViewportHeight(Math.min(wanted, Math.max(240, screen - 220)));
        window.sizeToScene();
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }
}
