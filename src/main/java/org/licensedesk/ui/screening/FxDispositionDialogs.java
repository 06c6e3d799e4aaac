package org.licensedesk.ui.screening;

import java.util.List;
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
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.workflow.WorkflowRules;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.TabLeavesTextArea;
import org.licensedesk.ui.UiStyles;

/** {@link DispositionDialogs} as a JavaFX dialog: the hit, and a note that must say something before saving. */
public final class FxDispositionDialogs implements DispositionDialogs {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxDispositionDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<String> askNote(ScreeningHit hit, List<ScreeningHit> othersOnEntry, ScreeningDisposition verdict) {
        boolean trueMatch = verdict == ScreeningDisposition.TRUE_MATCH;
        Dialog<String> dialog = new Dialog<>();
        String title = messages.get(trueMatch ? "screening.disposition.trueMatch.title"
                : "screening.disposition.falsePositive.title");
        dialog.setTitle(title);
        dialog.setHeaderText(messages.format("screening.disposition.header", hit.partyName(), hit.listedName(),
                hit.listName(), hit.score()));
        dialog.setGraphic(new FontIcon(trueMatch ? "mdi2a-alert-octagon" : "mdi2c-check-circle-outline"));
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
        }
        ButtonType save = new ButtonType(title, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().getStylesheets().add(FxDispositionDialogs.class.getResource(UiStyles.STYLESHEET)
                .toExternalForm());
        dialog.getDialogPane().setId("dispositionDialog");

        TextArea note = TabLeavesTextArea.install(new TextArea());
        note.setId("dispositionNote");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setPromptText(messages.get(trueMatch ? "screening.disposition.trueMatch.prompt"
                : "screening.disposition.falsePositive.prompt"));
        note.setAccessibleText(messages.get("screening.disposition.note"));
        Label hint = new Label(messages.format("screening.disposition.noteHint", WorkflowRules.MIN_NOTE_LENGTH));
        hint.getStyleClass().add(UiStyles.MUTED);
        VBox content = new VBox(8, new Label(messages.get("screening.disposition.note")), note, hint);
        if (!othersOnEntry.isEmpty()) {
            Label onlyThisParty = new Label(messages.format("screening.disposition.onlyThisParty", hit.partyName(),
                    String.join("; ", othersOnEntry.stream().map(ScreeningHit::partyName).distinct().toList())));
            onlyThisParty.setId("dispositionOnlyThisParty");
            onlyThisParty.setWrapText(true);
            onlyThisParty.getStyleClass().add(UiStyles.FORM_WARNING);
            content.getChildren().add(0, onlyThisParty);
        }
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("dispositionSave");
        saveButton.disableProperty().bind(note.textProperty().map(
                text -> text.strip().length() < WorkflowRules.MIN_NOTE_LENGTH).orElse(true));
        dialog.setResultConverter(button -> button == save ? note.getText().strip() : null);
        dialog.setOnShown(event -> note.requestFocus());
        return dialog.showAndWait();
    }
}
