package org.licensedesk.ui.details;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.Document;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/**
 * A filed document, opened: type, title, day received and the SHA-256 (selectable, to copy), and a check of a file the
 * official holds against it. Layout and bindings only.
 */
final class DocumentDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    DocumentDialog(DocumentViewModel viewModel, Messages messages, DomainText text, DisplayFormats formats,
            Window owner) {
        Document document = viewModel.document();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("details.document.title"));
        dialog.setHeaderText(document.title());
        dialog.setGraphic(new FontIcon("mdi2f-file-document-outline"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add(UiStyles.FORM_GRID);
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(captions, values);
        row(grid, 0, messages.get("details.documents.type"), text.documentType(document.type()), "documentType");
        row(grid, 1, messages.get("details.documents.title"), document.title(), "documentTitle");
        row(grid, 2, messages.get("details.documents.received"), formats.date(document.receivedOn()),
                "documentReceived");
        TextField sha = row(grid, 3, messages.get("details.document.sha256"), viewModel.canCheck()
                ? document.sha256() : messages.get("details.document.noSha256"), "documentSha256");
        sha.getStyleClass().add(UiStyles.FINGERPRINT);

        Label stored = new Label(messages.get("details.document.notStored"));
        stored.getStyleClass().add(UiStyles.MUTED);
        stored.setWrapText(true);
        stored.setMinHeight(Region.USE_PREF_SIZE);
        Button check = new Button(messages.get("details.document.check"), new FontIcon("mdi2f-file-find-outline"));
        check.setId("documentCheck");
        // Without a filed fingerprint there is nothing to check a file against.
        check.disableProperty().bind(viewModel.busyProperty().or(new SimpleBooleanProperty(!viewModel.canCheck())));
        check.setOnAction(event -> viewModel.chooseAndCheck());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(viewModel.busyProperty());
        Label result = new Label();
        result.setId("documentCheckResult");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.textProperty().bind(viewModel.checkTextProperty());
        viewModel.checkProperty().addListener((observable, before, after) -> {
            result.getStyleClass().removeAll(UiStyles.HINT_OK, UiStyles.HINT_MISSING);
            result.getStyleClass().add(after == DocumentViewModel.Check.MATCHES ? UiStyles.HINT_OK
                    : UiStyles.HINT_MISSING);
            result.setGraphic(new FontIcon(after == DocumentViewModel.Check.MATCHES ? "mdi2c-check-circle"
                    : "mdi2a-alert-circle"));
        });
        VBox content = new VBox(12, grid, stored, new HBox(8, check, progress), result);
        content.setPrefWidth(720);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("documentDialog");
        dialog.getDialogPane().getStylesheets().add(DocumentDialog.class.getResource(UiStyles.STYLESHEET)
                .toExternalForm());
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("about.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
    }

    void showAndWait() {
        dialog.showAndWait();
    }

    private static TextField row(GridPane grid, int row, String caption, String value, String id) {
        Label label = new Label(caption);
        label.getStyleClass().add(UiStyles.FORM_LABEL);
        label.setMinWidth(Region.USE_PREF_SIZE);
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        field.getStyleClass().add(UiStyles.COPYABLE);
        label.setLabelFor(field);
        grid.addRow(row, label, field);
        return field;
    }
}
