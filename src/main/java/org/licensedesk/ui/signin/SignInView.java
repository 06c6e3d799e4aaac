package org.licensedesk.ui.signin;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.UiStyles;

/** The sign-in window: user name, password, and why a sign-in was refused. Layout and bindings only. */
public final class SignInView {
    private final SignInViewModel viewModel;
    private final VBox root;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();

    public SignInView(SignInViewModel viewModel, Messages messages, String databaseText) {
        this.viewModel = viewModel;
        Label title = new Label(messages.get("app.name"), new FontIcon("mdi2s-shield-check"));
        title.getStyleClass().add(UiStyles.SIGN_IN_TITLE);
        Label intro = new Label(messages.get("signIn.intro"));
        intro.getStyleClass().add(UiStyles.MUTED);
        intro.setWrapText(true);

        username.setId("signInUsername");
        username.setPromptText(messages.get("signIn.username.prompt"));
        username.textProperty().bindBidirectional(viewModel.usernameProperty());
        password.setId("signInPassword");
        GridPane form = new GridPane();
        form.getStyleClass().add(UiStyles.SIGN_IN_FORM);
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        form.addRow(0, caption(messages.get("signIn.username"), username), username);
        form.addRow(1, caption(messages.get("signIn.password"), password), password);

        Label error = new Label();
        error.setId("signInError");
        error.getStyleClass().add(UiStyles.ERROR_TEXT);
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("signInProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(viewModel.busyProperty());
        Label checking = new Label(messages.get("signIn.checking"));
        checking.getStyleClass().add(UiStyles.MUTED);
        checking.visibleProperty().bind(viewModel.busyProperty());
        Button signIn = new Button(messages.get("signIn.button"), new FontIcon("mdi2l-login"));
        signIn.setId("signInButton");
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(viewModel.busyProperty());
        signIn.setOnAction(event -> submit());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, checking, spacer, signIn);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label database = new Label(databaseText, new FontIcon("mdi2d-database"));
        database.getStyleClass().addAll(UiStyles.MUTED, UiStyles.SIGN_IN_DATABASE);
        database.setWrapText(true);

        root = new VBox(title, intro, form, error, buttons, database);
        root.getStyleClass().add(UiStyles.SIGN_IN);
        username.disableProperty().bind(viewModel.busyProperty());
        password.disableProperty().bind(viewModel.busyProperty());
        viewModel.refusalsProperty().addListener((observable, before, after) -> {
            password.clear();
            password.requestFocus();
        });
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        return column;
    }

    private static Label caption(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        return label;
    }

    private void submit() {
        char[] typed = password.getText().toCharArray();
        viewModel.signIn(typed);
    }

    public Parent root() {
        return root;
    }

    /** A window of its own, before the main window exists; focus starts in the first empty field. */
    public Stage stage(String title) {
        Stage stage = new Stage();
        Theme.giveIcon(stage);
        Scene scene = new Scene(root);
        Theme.applyTo(scene);
        stage.setScene(scene);
        stage.setTitle(title);
        stage.setResizable(false);
        stage.setOnShown(event -> (username.getText().isEmpty() ? username : password).requestFocus());
        // The window does not resize by hand, so it grows itself when a refusal appears, or the texts would be cut.
        viewModel.errorProperty().addListener((observable, before, after) -> Platform.runLater(stage::sizeToScene));
        return stage;
    }
}
