package org.licensedesk.ui.users;

import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.UserRole;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/** {@link UserDialogs} with a JavaFX dialog: it stays open after a refusal and closes once the change is saved. */
public final class FxUserDialogs implements UserDialogs {
    private final Supplier<Window> owner;
    private final Messages messages;
    private final DomainText text;

    public FxUserDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
        this.text = new DomainText(messages);
    }

    @Override
    public void showPasswordForm(PasswordForm form) {
        Dialog<ButtonType> dialog = new Dialog<>();
        boolean adding = form.isNewAccount();
        dialog.setTitle(messages.get(adding ? "users.add.title" : "users.reset.title"));
        dialog.setHeaderText(adding ? messages.get("users.add.title")
                : messages.format("users.reset.header", form.displayNameProperty().get(),
                        form.usernameProperty().get()));
        dialog.setGraphic(new FontIcon(adding ? "mdi2a-account-plus" : "mdi2l-lock-reset"));
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
        }
        ButtonType save = new ButtonType(messages.get(adding ? "users.add.button" : "users.reset.button"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().getStylesheets().add(FxUserDialogs.class.getResource(UiStyles.STYLESHEET)
                .toExternalForm());
        dialog.getDialogPane().setId(adding ? "addUserDialog" : "resetPasswordDialog");

        GridPane grid = new GridPane();
        grid.getStyleClass().add(UiStyles.FACTOR_GRID);
        int row = 0;
        if (adding) {
            TextField username = new TextField();
            username.setId("newUsername");
            username.setPromptText(messages.get("users.username.prompt"));
            username.textProperty().bindBidirectional(form.usernameProperty());
            TextField displayName = new TextField();
            displayName.setId("newDisplayName");
            displayName.textProperty().bindBidirectional(form.displayNameProperty());
            ChoiceBox<UserRole> role = new ChoiceBox<>();
            role.setId("newRole");
            role.getItems().setAll(UserRole.values());
            role.setConverter(new StringConverter<>() {
                @Override
                public String toString(UserRole value) {
                    return value == null ? "" : text.role(value);
                }

                @Override
                public UserRole fromString(String string) {
                    throw new UnsupportedOperationException();
                }
            });
            role.valueProperty().bindBidirectional(form.roleProperty());
            grid.addRow(row++, caption("users.column.username"), username);
            grid.addRow(row++, caption("users.column.displayName"), displayName);
            grid.addRow(row++, caption("users.column.role"), role);
        }
        PasswordField password = new PasswordField();
        password.setId("newPassword");
        password.textProperty().bindBidirectional(form.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("repeatPassword");
        repeat.textProperty().bindBidirectional(form.repeatProperty());
        grid.addRow(row++, caption(adding ? "users.password.initial" : "users.password.new"), password);
        grid.addRow(row, caption("users.password.repeat"), repeat);
        Label problem = new Label();
        problem.setId("userFormProblem");
        problem.getStyleClass().add(UiStyles.MUTED);
        problem.setWrapText(true);
        problem.textProperty().bind(form.problemProperty());
        VBox content = new VBox(10, grid, problem);
        content.setPrefWidth(440);
        dialog.getDialogPane().setContent(content);

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveUserButton");
        saveButton.disableProperty().bind(form.canSubmit().not());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.submit();
        });
        dialog.getDialogPane().lookupButton(cancel).disableProperty().bind(form.busyProperty());
        form.closedProperty().addListener((observable, before, closed) -> {
            if (closed) {
                dialog.setResult(save);
                dialog.close();
            }
        });
        dialog.show();
    }

    private Label caption(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(UiStyles.FORM_LABEL);
        return label;
    }
}
