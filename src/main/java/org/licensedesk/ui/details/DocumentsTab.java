package org.licensedesk.ui.details;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.Document;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.FormattedCell;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/**
 * The supporting documents filed with the application, with their SHA-256; Open… (or Enter, or a double-click) shows
 * one whole and checks a file against its fingerprint.
 */
final class DocumentsTab implements DetailsTab {
    private final Tab tab;
    private final Messages messages;
    private final TableView<Document> table = new TableView<>();

    DocumentsTab(Messages messages, DomainText text, DisplayFormats formats,
            Function<Document, DocumentViewModel> open) {
        this.messages = messages;
        table.setId("documentsTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(messages.get("details.documents.none")));
        table.getColumns().add(column(messages.get("details.documents.type"),
                document -> text.documentType(document.type()), 190));
        table.getColumns().add(column(messages.get("details.documents.title"), Document::title, 300));
        table.getColumns().add(column(messages.get("details.documents.received"),
                document -> formats.date(document.receivedOn()), 120));
        TableColumn<Document, String> sha = column(messages.get("details.document.sha256"),
                document -> document.sha256() == null ? "" : document.sha256(), 200);
        sha.setCellFactory(c -> new FormattedCell<>(Function.identity(), UiStyles.FINGERPRINT));
        table.getColumns().add(sha);
        Runnable openSelected = () -> {
            Document document = table.getSelectionModel().getSelectedItem();
            if (document != null) {
                new DocumentDialog(open.apply(document), messages, text, formats, table.getScene().getWindow())
                        .showAndWait();
            }
        };
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected.run();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                openSelected.run();
            }
        });
        Button openButton = new Button(messages.get("details.document.open"), new FontIcon("mdi2f-file-eye-outline"));
        openButton.setId("documentOpen");
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(event -> openSelected.run());
        ToolBar bar = new ToolBar(openButton);
        bar.getStyleClass().add(UiStyles.EDGE_TO_EDGE);
        VBox.setVgrow(table, Priority.ALWAYS);
        tab = new Tab(messages.get("details.tab.documents"), new VBox(bar, table));
        tab.setClosable(false);
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void show(ApplicationDetails details) {
        table.getItems().setAll(details.application().documents());
        table.getSelectionModel().selectFirst();
        tab.setText(messages.format("details.tab.documentsCount", details.application().documents().size()));
    }

    private static TableColumn<Document, String> column(String title, Function<Document, String> value,
            double width) {
        TableColumn<Document, String> column = new TableColumn<>(title);
        column.setCellValueFactory(document -> new ReadOnlyObjectWrapper<>(value.apply(document.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(Function.identity(), null));
        column.setPrefWidth(width);
        return column;
    }
}
