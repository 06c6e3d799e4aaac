package org.licensedesk.ui.flags;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.flags.Flag;
import org.licensedesk.domain.flags.FlagRules;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.TabLeavesTextArea;
import org.licensedesk.ui.UiStyles;

/** {@link FlagClearDialogs} as a JavaFX dialog: the flag, and a note of at least 10 characters before Clear. */
public final class FxFlagClearDialogs implements FlagClearDialogs {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxFlagClearDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<String> askNote(Flag flag) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(messages.get("flags.clear.title"));
        dialog.setHeaderText(messages.format("flags.clear.header", FlagTexts.colour(messages, flag.rule().colour()),
                FlagTexts.subject(messages, flag.subject()), flag.reference(), flag.rule().reason()));
        FontIcon icon = new FontIcon("mdi2f-flag-variant-remove");
        icon.getStyleClass().add(FlagStyles.of(flag.rule().colour()));
        dialog.setGraphic(icon);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
        }
        ButtonType clear = new ButtonType(messages.get("flags.clear.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(clear, cancel);
        dialog.getDialogPane().getStylesheets().add(FxFlagClearDialogs.class.getResource(UiStyles.STYLESHEET)
                .toExternalForm());
        dialog.getDialogPane().setId("flagClearDialog");

        TextArea note = TabLeavesTextArea.install(new TextArea());
        note.setId("flagClearNote");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setPromptText(messages.get("flags.clear.prompt"));
        note.setAccessibleText(messages.get("flags.clear.note"));
        Label hint = new Label(messages.format("flags.clear.noteHint", FlagRules.NOTE_MIN));
        hint.getStyleClass().add(UiStyles.MUTED);
        hint.setWrapText(true);
        Label caption = new Label(messages.get("flags.clear.note"));
        caption.setLabelFor(note);
        VBox content = new VBox(8, caption, note, hint);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);

        Button clearButton = (Button) dialog.getDialogPane().lookupButton(clear);
        clearButton.setId("flagClearSave");
        clearButton.disableProperty().bind(note.textProperty().map(
                text -> text.strip().length() < FlagRules.NOTE_MIN).orElse(true));
        dialog.setResultConverter(button -> button == clear ? note.getText().strip() : null);
        dialog.setOnShown(event -> note.requestFocus());
        return dialog.showAndWait();
    }
}
