package org.licensedesk.ui.details;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.RelatedApplication;
import org.licensedesk.domain.RelatedApplications;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.FormattedCell;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/**
 * The earlier applications of the same applicant or end user, newest first, with what became of them. One click (or
 * Enter) opens one; the arrow keys move through the rows without opening them.
 */
final class RelatedTab implements DetailsTab {
    private final Tab tab;
    private final RelatedViewModel viewModel;
    private final Messages messages;
    private final DisplayFormats formats;
    private final TableView<RelatedApplication> table = new TableView<>();

    RelatedTab(RelatedViewModel viewModel, Messages messages, DomainText text, DisplayFormats formats) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.formats = formats;
        table.setId("relatedTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setAccessibleText(messages.get("related.table"));
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then(messages.get("related.placeholder.loading"))
                .otherwise(messages.get("related.placeholder.none")));
        table.setPlaceholder(placeholder);
        // The pane is narrow: the fixed columns take what they need and the items get the rest, in full in a tooltip.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("related.column.reference"), RelatedApplication::reference, 160,
                UiStyles.REFERENCE));
        table.getColumns().add(column(messages.get("related.column.relation"), this::relation, 80, null));
        table.getColumns().add(column(messages.get("related.column.received"),
                related -> formats.date(related.receivedOn()), 95, null));
        table.getColumns().add(column(messages.get("related.column.status"), related -> text.status(related.status()),
                110, null));
        table.getColumns().add(column(messages.get("related.column.decided"), this::decided, 95, null));
        TableColumn<RelatedApplication, String> items = column(messages.get("related.column.items"), this::items, 120,
                null);
        items.setCellFactory(c -> new FormattedCell<>(Function.identity(), null) {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setTooltip(empty || value == null ? null : new Tooltip(value));
            }
        });
        table.getColumns().add(items);
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setRowFactory(rows -> openingRow());
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });

        tab = new Tab(messages.get("related.tab"), table);
        tab.setId("relatedTab");
        tab.setGraphic(new FontIcon("mdi2s-sitemap"));
        tab.setClosable(false);
        viewModel.applicationsProperty().addListener((observable, before, applications) -> show(applications));
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void show(ApplicationDetails shown) {
        // The rows come from the related view model, which loads them alongside the details.
    }

    private void show(RelatedApplications applications) {
        table.getItems().setAll(applications.newestFirst());
        int count = applications.newestFirst().size();
        tab.setText(applications.more() ? messages.format("related.tabCountMore", count)
                : messages.format("related.tabCount", count));
    }

    /** A row that opens its application on a click; a denied one stands out. */
    private TableRow<RelatedApplication> openingRow() {
        TableRow<RelatedApplication> row = new TableRow<>() {
            @Override
            protected void updateItem(RelatedApplication application, boolean empty) {
                super.updateItem(application, empty);
                boolean denied = !empty && application != null && application.status() == ApplicationStatus.DENIED;
                getStyleClass().remove(UiStyles.RELATED_DENIED);
                if (denied) {
                    getStyleClass().add(UiStyles.RELATED_DENIED);
                }
            }
        };
        row.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                viewModel.open(row.getItem());
            }
        });
        return row;
    }

    private String relation(RelatedApplication related) {
        return messages.get(switch (related.relation()) {
            case SAME_APPLICANT -> "related.relation.applicant";
            case SAME_END_USER -> "related.relation.endUser";
            case SAME_APPLICANT_AND_END_USER -> "related.relation.both";
        });
    }

    private String decided(RelatedApplication related) {
        return related.decidedAt() == null ? ""
                : formats.date(LocalDate.ofInstant(related.decidedAt(), formats.zone()));
    }

    /** "Dy, Tb · 1C905.b, 1C904.a · 750 kg". */
    private String items(RelatedApplication related) {
        return messages.format("related.items", related.elements(), String.join(", ", related.controlCodes()),
                formats.quantity(related.totalKg()));
    }

    private static TableColumn<RelatedApplication, String> column(String title,
            Function<RelatedApplication, String> value, double width, String styleClass) {
        TableColumn<RelatedApplication, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(Function.identity(), styleClass));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }
}
