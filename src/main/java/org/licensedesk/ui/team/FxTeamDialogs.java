package org.licensedesk.ui.team;

import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.TeamCase;
import org.licensedesk.team.ReviewerWorkload;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.TabLeavesTextArea;
import org.licensedesk.ui.UiStyles;

/** {@link TeamDialogs} with a JavaFX dialog: it stays open after a refusal and closes once the cases are moved. */
public final class FxTeamDialogs implements TeamDialogs {
    private static final int LISTED_REFERENCES = 6;

    private final Supplier<Window> owner;
    private final Messages messages;
    private final ReviewerNames names;

    public FxTeamDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
        this.names = new ReviewerNames(messages);
    }

    @Override
    public void showReassign(ReassignForm form) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("team.reassign.title"));
        dialog.setHeaderText(messages.format("team.reassign.header", form.cases().size(), references(form)));
        dialog.setGraphic(new FontIcon("mdi2a-account-switch"));
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
        }
        ButtonType move = new ButtonType(messages.get("team.reassign.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(move, cancel);
        dialog.getDialogPane().getStylesheets().add(FxTeamDialogs.class.getResource(UiStyles.STYLESHEET)
                .toExternalForm());
        dialog.getDialogPane().setId("reassignDialog");

        ComboBox<ReviewerWorkload> target = new ComboBox<>();
        target.setId("reassignTarget");
        target.getItems().setAll(form.targets());
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReviewerWorkload line) {
                return line == null ? "" : messages.format("team.reassign.target", names.of(line),
                        line.open());
            }

            @Override
            public ReviewerWorkload fromString(String string) {
                throw new UnsupportedOperationException();
            }
        });
        target.valueProperty().bindBidirectional(form.targetProperty());
        target.setMaxWidth(Double.MAX_VALUE);
        TextArea note = TabLeavesTextArea.install(new TextArea());
        note.setId("reassignNote");
        note.setPromptText(messages.get("team.reassign.note.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(form.noteProperty());
        GridPane grid = new GridPane();
        grid.getStyleClass().add(UiStyles.FACTOR_GRID);
        grid.addRow(0, caption("team.reassign.to"), target);
        grid.addRow(1, caption("team.reassign.note"), note);
        Label hint = new Label(messages.get("team.reassign.hint"));
        hint.getStyleClass().add(UiStyles.MUTED);
        hint.setWrapText(true);
        VBox content = new VBox(10, grid, hint);
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);

        Button moveButton = (Button) dialog.getDialogPane().lookupButton(move);
        moveButton.setId("reassignButton");
        moveButton.disableProperty().bind(form.canSubmit().not());
        moveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.submit();
        });
        dialog.getDialogPane().lookupButton(cancel).disableProperty().bind(form.busyProperty());
        form.closedProperty().addListener((observable, before, closed) -> {
            if (closed) {
                dialog.setResult(move);
                dialog.close();
            }
        });
        dialog.show();
        target.requestFocus();
    }

    private static String references(ReassignForm form) {
        String listed = form.cases().stream().limit(LISTED_REFERENCES).map(TeamCase::reference)
                .collect(Collectors.joining(", "));
        return form.cases().size() > LISTED_REFERENCES ? listed + ", …" : listed;
    }

    private Label caption(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(UiStyles.FORM_LABEL);
        // The grid gives the note field the width; the caption keeps all of its own.
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
