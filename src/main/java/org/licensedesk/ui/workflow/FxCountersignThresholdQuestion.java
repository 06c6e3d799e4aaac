package org.licensedesk.ui.workflow;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.licensedesk.domain.workflow.CountersignRules;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/**
 * The question of Tools → Second countersignature…: an amount of US dollars, the one in force filled in and
 * selected. Text that is not an amount is said under the field and Save stays off; the range is the service's to
 * check, and its refusal comes as a dialog.
 */
public final class FxCountersignThresholdQuestion implements CountersignThresholdViewModel.Question {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxCountersignThresholdQuestion(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<BigDecimal> askThreshold(BigDecimal current) {
        Dialog<BigDecimal> dialog = new Dialog<>();
        dialog.setTitle(messages.get("countersignThreshold.title"));
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
        }
        dialog.getDialogPane().getStylesheets().add(FxCountersignThresholdQuestion.class
                .getResource(UiStyles.STYLESHEET).toExternalForm());
        dialog.setHeaderText(messages.get("countersignThreshold.header"));

        TextField amount = new TextField(current.toPlainString());
        amount.setId("countersignThreshold");
        amount.setPromptText("500000");
        amount.setAccessibleText(messages.get("countersignThreshold.field"));
        Label field = new Label(messages.get("countersignThreshold.field"));
        field.setLabelFor(amount);
        Label hint = new Label(messages.format("countersignThreshold.hint", CountersignRules.usd(current)));
        hint.setWrapText(true);
        hint.getStyleClass().add(UiStyles.MUTED);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setId("countersignThresholdProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(UiStyles.ERROR_TEXT);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        BooleanBinding notAnAmount = Bindings.createBooleanBinding(
                () -> CountersignRules.parseUsd(amount.getText()).isEmpty(), amount.textProperty());
        // The line is kept (a space when the amount reads): a dialog does not grow when its content does, so a
        // sentence appearing later would push the buttons out of sight.
        problem.textProperty().bind(Bindings.when(notAnAmount)
                .then(messages.get("countersignThreshold.notAnAmount")).otherwise(" "));
        VBox content = new VBox(6, field, amount, problem, hint);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);

        ButtonType save = new ButtonType(messages.get("countersignThreshold.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, new ButtonType(messages.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("countersignThresholdSave");
        saveButton.disableProperty().bind(notAnAmount);
        dialog.setResultConverter(button -> button == save
                ? CountersignRules.parseUsd(amount.getText()).orElse(null) : null);
        // Typing replaces the amount in force: the reviewer of a number rarely wants to edit it digit by digit.
        Platform.runLater(() -> {
            amount.requestFocus();
            amount.selectAll();
        });
        return dialog.showAndWait();
    }
}
