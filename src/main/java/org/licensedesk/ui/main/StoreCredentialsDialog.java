package org.licensedesk.ui.main;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.Theme;

/**
 * Asks for a bureau server's user name and password before sign-in, when {@code LICENSEDESK_DB_USER} is not set.
 * The password field does not show what is typed; the answer is handed over as characters and not kept here.
 */
public final class StoreCredentialsDialog {
    /** What was typed: the caller clears the password when done with it. */
    public record Answer(String user, char[] password) {
    }

    private final Dialog<Answer> dialog = new Dialog<>();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();

    public StoreCredentialsDialog(Messages messages, String storeDescription) {
        dialog.setTitle(messages.get("storeLogin.title"));
        dialog.setHeaderText(messages.format("storeLogin.header", storeDescription));
        user.setId("storeUser");
        password.setId("storePassword");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        Label userLabel = new Label(messages.get("storeLogin.user"));
        userLabel.setLabelFor(user);
        Label passwordLabel = new Label(messages.get("storeLogin.password"));
        passwordLabel.setLabelFor(password);
        grid.addRow(0, userLabel, user);
        grid.addRow(1, passwordLabel, password);
        dialog.getDialogPane().setContent(grid);
        Theme.applyTo(dialog.getDialogPane().getScene());
        ButtonType connect = new ButtonType(messages.get("storeLogin.connect"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(connect).disableProperty().bind(user.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == connect
                ? new Answer(user.getText().strip(), password.getText().toCharArray()) : null);
        Platform.runLater(user::requestFocus);
    }

    public Dialog<Answer> dialog() {
        return dialog;
    }

    /** Shows it and waits; empty when cancelled. */
    public Optional<Answer> ask() {
        try {
            return dialog.showAndWait();
        } finally {
            password.clear();
        }
    }
}
