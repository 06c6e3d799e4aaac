package org.licensedesk.ui.details;

import java.math.BigDecimal;
import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.Item;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.FormattedCell;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/** The controlled goods, one line per item, with the application's totals underneath. */
final class ItemsTab implements DetailsTab {
    private final Tab tab;
    private final Messages messages;
    private final DisplayFormats formats;
    private final TableView<Item> table = new TableView<>();
    private final Label totals = new Label();

    ItemsTab(Messages messages, DomainText text, DisplayFormats formats) {
        this.messages = messages;
        this.formats = formats;
        table.setId("itemsTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(messages.get("details.items.none")));
        // Amounts before the long description, so they stay in view when the pane is narrow.
        table.getColumns().add(column(messages.get("details.items.controlCode"), item -> item.controlCode().value(),
                125, null));
        table.getColumns().add(column(messages.get("details.items.element"), Item::elementSymbol, 90, null));
        table.getColumns().add(column(messages.get("details.items.form"), item -> text.form(item.form()), 110, null));
        table.getColumns().add(column(messages.get("details.items.quantity"),
                item -> formats.quantity(item.quantity()) + " " + text.unit(item.unit()), 110, UiStyles.NUMERIC));
        table.getColumns().add(column(messages.get("details.items.unitPrice"),
                item -> formats.money(item.unitPriceUsd()), 150, UiStyles.NUMERIC));
        table.getColumns().add(column(messages.get("details.items.lineValue"),
                item -> formats.money(item.lineValueUsd()), 150, UiStyles.NUMERIC));
        table.getColumns().add(column(messages.get("details.items.hsCode"), Item::hsCode, 100, null));
        table.getColumns().add(column(messages.get("details.items.description"), Item::description, 280, null));
        totals.setId("itemsTotals");
        totals.getStyleClass().add(UiStyles.TOTALS);
        totals.setMaxWidth(Double.MAX_VALUE);
        tab = new Tab(messages.get("details.tab.items"), new BorderPane(table, null, null, totals, null));
        tab.setClosable(false);
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void show(ApplicationDetails details) {
        LicenceApplication application = details.application();
        table.getItems().setAll(application.items());
        BigDecimal kilograms = application.totalKg();
        totals.setText(messages.format("details.items.totals", formats.quantity(kilograms),
                formats.money(application.totalValueUsd())));
        tab.setText(messages.format("details.tab.itemsCount", application.items().size()));
    }

    /** Cells show text formatted here, so sorting by a column sorts the shown text; fine for a few lines. */
    private static TableColumn<Item, String> column(String title, Function<Item, String> value, double width,
            String styleClass) {
        TableColumn<Item, String> column = new TableColumn<>(title);
        column.setCellValueFactory(item -> new ReadOnlyObjectWrapper<>(value.apply(item.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(Function.identity(), styleClass));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
