package org.licensedesk.ui.details;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.Document;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.FormattedCell;
import org.licensedesk.ui.Messages;

/** The supporting documents filed with the application. */
final class DocumentsTab implements DetailsTab {
    private final Tab tab;
    private final Messages messages;
    private final TableView<Document> table = new TableView<>();

    DocumentsTab(Messages messages, DomainText text, DisplayFormats formats) {
        this.messages = messages;
        table.setId("documentsTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(messages.get("details.documents.none")));
        table.getColumns().add(column(messages.get("details.documents.type"),
                document -> text.documentType(document.type()), 190));
        table.getColumns().add(column(messages.get("details.documents.title"), Document::title, 300));
        table.getColumns().add(column(messages.get("details.documents.received"),
                document -> formats.date(document.receivedOn()), 100));
        tab = new Tab(messages.get("details.tab.documents"), table);
        tab.setClosable(false);
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void show(ApplicationDetails details) {
        table.getItems().setAll(details.application().documents());
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
