package org.licensedesk.ui.users;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.User;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.FormattedCell;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/** Tools → Users: the accounts with Add, Reset password and Deactivate. Layout and bindings only. */
public final class UsersDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public UsersDialog(UsersViewModel viewModel, Messages messages, DomainText text, Window owner) {
        dialog.setTitle(messages.get("users.title"));
        dialog.setHeaderText(messages.get("users.header"));
        dialog.setGraphic(new FontIcon("mdi2a-account-multiple"));
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().add(UsersDialog.class.getResource(UiStyles.STYLESHEET)
                .toExternalForm());
        dialog.getDialogPane().setId("usersDialog");

        TableView<User> table = new TableView<>();
        table.setId("usersTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(messages.get("users.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("users.column.username"), User::username, 140));
        table.getColumns().add(column(messages.get("users.column.displayName"), User::displayName, 180));
        table.getColumns().add(column(messages.get("users.column.role"), user -> text.role(user.role()), 110));
        table.getColumns().add(column(messages.get("users.column.active"),
                user -> messages.get(user.active() ? "common.yes" : "common.no"), 80));
        table.setPrefSize(600, 320);
        viewModel.usersProperty().addListener((observable, before, users) -> {
            User selected = table.getSelectionModel().getSelectedItem();
            table.getItems().setAll(users);
            if (selected != null) {
                users.stream().filter(user -> user.username().equals(selected.username())).findFirst()
                        .ifPresent(table.getSelectionModel()::select);
            }
        });
        table.getItems().setAll(viewModel.users());

        Button add = new Button(messages.get("users.add"), new FontIcon("mdi2a-account-plus"));
        add.setId("addUserButton");
        add.setOnAction(event -> viewModel.startAdd());
        Button reset = new Button(messages.get("users.reset"), new FontIcon("mdi2l-lock-reset"));
        reset.setId("resetPasswordButton");
        reset.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reset.setOnAction(event -> viewModel.startReset(table.getSelectionModel().getSelectedItem()));
        Button deactivate = new Button(messages.get("users.deactivate"), new FontIcon("mdi2a-account-off"));
        deactivate.setId("deactivateButton");
        deactivate.getStyleClass().add(Styles.DANGER);
        deactivate.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        deactivate.setOnAction(event -> viewModel.deactivate(table.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(8, add, reset, deactivate);
        buttons.getStyleClass().add(UiStyles.TOOLBAR);
        dialog.getDialogPane().setContent(new BorderPane(table, buttons, null, null, null));
        viewModel.reload();
    }

    private static TableColumn<User, String> column(String title, Function<User, String> value, double width) {
        TableColumn<User, String> column = new TableColumn<>(title);
        column.setCellValueFactory(user -> new ReadOnlyObjectWrapper<>(value.apply(user.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(Function.identity(), null));
        column.setPrefWidth(width);
        return column;
    }

    public void show() {
        dialog.show();
    }
}
