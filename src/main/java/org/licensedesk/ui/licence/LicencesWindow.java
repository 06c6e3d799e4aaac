package org.licensedesk.ui.licence;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.licensedesk.domain.licence.LicenceFigures;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.domain.licence.LicenceSummary;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.FormattedCell;
import org.licensedesk.ui.LicenceText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.UiStyles;

/**
 * View → Licences: every licence issued, filtered by status, holder, element and expiry within N days (30, 60, 90,
 * 180 or 365), newest validity first. Enter or a double click shows the licence's application in the main window.
 */
public final class LicencesWindow {
    private static final List<Integer> EXPIRY_CHOICES = Arrays.asList(null, 30, 60, 90, 180, 365);

    private final LicencesViewModel viewModel;
    private final Stage stage = new Stage();
    private final TableView<LicenceSummary> table = new TableView<>();
    private final TabPane tabs = new TabPane();

    public LicencesWindow(LicencesViewModel viewModel, Messages messages, DisplayFormats formats, Window owner) {
        this.viewModel = viewModel;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        stage.setTitle(messages.get("licences.title"));

        ComboBox<LicenceStatus> status = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.asList(null, LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED, LicenceStatus.REVOKED,
                        LicenceStatus.SURRENDERED, LicenceStatus.EXHAUSTED, LicenceStatus.EXPIRED)));
        status.setId("licencesStatus");
        LicenceText words = new LicenceText(messages);
        status.setConverter(converter(value -> value == null ? messages.get("licences.anyStatus")
                : words.status(value)));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        TextField holder = new TextField();
        holder.setId("licencesHolder");
        holder.setPromptText(messages.get("licences.holderPrompt"));
        holder.textProperty().bindBidirectional(viewModel.holderProperty());
        TextField element = new TextField();
        element.setId("licencesElement");
        element.setPrefColumnCount(5);
        element.setPromptText(messages.get("licences.elementPrompt"));
        element.textProperty().bindBidirectional(viewModel.elementProperty());
        ComboBox<Integer> expiring = new ComboBox<>(FXCollections.observableArrayList(EXPIRY_CHOICES));
        expiring.setId("licencesExpiring");
        expiring.setConverter(converter(days -> days == null ? messages.get("licences.anyExpiry")
                : messages.format("licences.expiringWithin", days)));
        expiring.valueProperty().bindBidirectional(viewModel.expiringWithinProperty());
        Button apply = new Button(messages.get("licences.apply"));
        apply.setId("licencesApply");
        apply.setDefaultButton(true);
        apply.setOnAction(event -> viewModel.reload());
        status.valueProperty().addListener((o, before, after) -> viewModel.reload());
        expiring.valueProperty().addListener((o, before, after) -> viewModel.reload());
        FlowPane filters = new FlowPane(8, 8, new Label(messages.get("licences.filter")), status, holder, element,
                expiring, apply);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(10));

        table.setId("licencesTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(messages.get("licences.none")));
        table.getColumns().add(column(messages.get("licences.number"), LicenceSummary::number, 150, null));
        table.getColumns().add(column(messages.get("licences.application"), LicenceSummary::applicationRef, 150,
                null));
        table.getColumns().add(column(messages.get("licences.status"),
                row -> words.status(row.storedStatus()), 100, null));
        DomainText domainText = new DomainText(messages);
        table.getColumns().add(column(messages.get("licences.type"), row -> domainText.licenceType(row.type()), 135,
                null));
        table.getColumns().add(column(messages.get("licences.validFrom"), row -> formats.date(row.validFrom()), 125,
                null));
        table.getColumns().add(column(messages.get("licences.validUntil"), row -> formats.date(row.validUntil()), 125,
                null));
        table.getColumns().add(column(messages.get("licences.elements"), LicenceSummary::elements, 90, null));
        table.getColumns().add(column(messages.get("licences.holder"), LicenceSummary::holderName, 305, null));
        table.itemsProperty().bind(viewModel.rowsProperty().map(FXCollections::observableArrayList));
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
            }
        });
        Label count = new Label();
        count.setId("licencesCount");
        count.textProperty().bind(viewModel.countProperty());
        count.setPadding(new Insets(6, 10, 6, 10));

        // The selection stays on its licence when the list reloads (after an action on it, say).
        String[] selected = new String[1];
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
            // Replacing the rows clears the selection for a moment: the actions keep their licence meanwhile.
            if (row != null) {
                selected[0] = row.number();
                viewModel.select(row);
            }
        });
        viewModel.rowsProperty().addListener((observable, before, rows) -> {
            for (int i = 0; selected[0] != null && i < table.getItems().size(); i++) {
                if (table.getItems().get(i).number().equals(selected[0])) {
                    table.getSelectionModel().select(i);
                    return;
                }
            }
            selected[0] = null;
            viewModel.select(null);
        });
        LicenceActionsBar actions = new LicenceActionsBar(viewModel.actions(), List.of(LicenceCommand.RECORD_SHIPMENT,
                LicenceCommand.SUSPEND, LicenceCommand.REINSTATE, LicenceCommand.REVOKE, LicenceCommand.SURRENDER,
                LicenceCommand.RECEIVE_AMENDMENT, LicenceCommand.RECOMMEND_AMENDMENT,
                LicenceCommand.DECIDE_AMENDMENT));
        BorderPane list = new BorderPane(table, filters, null, new VBox(actions.root(), count), null);
        Tab listTab = new Tab(messages.get("licences.tab.list"), list);
        listTab.setClosable(false);
        Tab figuresTab = new Tab(messages.get("licences.tab.figures"), figures(messages, words, () ->
                tabs.getSelectionModel().select(listTab)));
        figuresTab.setClosable(false);
        figuresTab.setId("licencesFiguresTab");
        tabs.getTabs().setAll(listTab, figuresTab);
        tabs.setId("licencesTabs");
        BorderPane root = new BorderPane(tabs);
        root.setId("licences");
        Scene scene = new Scene(root, 1180, 640);
        Theme.applyTo(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), viewModel::reload);
        actions.installShortcuts(scene);
        stage.setScene(scene);
    }

    /**
     * The licence dashboards: licences by status, quantities licensed against shipped per element and destination,
     * and the licences in force expiring within 30, 60 and 90 days (a click lists them).
     */
    private VBox figures(Messages messages, LicenceText words, Runnable showList) {
        CategoryAxis statusAxis = new CategoryAxis();
        NumberAxis countAxis = new NumberAxis();
        countAxis.setLabel(messages.get("licences.figures.count"));
        countAxis.setMinorTickVisible(false);
        BarChart<String, Number> byStatus = new BarChart<>(statusAxis, countAxis);
        byStatus.setId("licencesByStatus");
        byStatus.setTitle(messages.get("licences.figures.byStatus"));
        byStatus.setLegendVisible(false);
        byStatus.setAnimated(false);
        byStatus.setPrefHeight(240);

        TableView<LicenceFigures.Quantities> quantities = new TableView<>();
        quantities.setId("licencesQuantities");
        quantities.getStyleClass().add(Styles.DENSE);
        quantities.setPlaceholder(new Label(messages.get("licences.none")));
        quantities.getColumns().add(figureColumn(messages.get("details.items.element"),
                LicenceFigures.Quantities::elementSymbol, 90, null));
        quantities.getColumns().add(figureColumn(messages.get("licences.figures.destination"),
                LicenceFigures.Quantities::destination, 110, null));
        quantities.getColumns().add(figureColumn(messages.get("licences.figures.licensed"),
                row -> row.licensed().toPlainString() + " " + row.measure().toLowerCase(java.util.Locale.ROOT), 160,
                UiStyles.NUMERIC));
        quantities.getColumns().add(figureColumn(messages.get("licences.figures.shipped"),
                row -> row.shipped().toPlainString() + " " + row.measure().toLowerCase(java.util.Locale.ROOT), 160,
                UiStyles.NUMERIC));
        quantities.getColumns().add(figureColumn(messages.get("licences.figures.shippedShare"),
                row -> row.shippedPercent().toPlainString() + " %", 140, UiStyles.NUMERIC));
        Label quantitiesTitle = new Label(messages.get("licences.figures.quantities"));
        quantitiesTitle.getStyleClass().add(Styles.TEXT_BOLD);

        Label expiringTitle = new Label(messages.get("licences.figures.expiring"));
        expiringTitle.getStyleClass().add(Styles.TEXT_BOLD);
        HBox expiring = new HBox(16, expiringTitle);
        expiring.setAlignment(Pos.CENTER_LEFT);
        List<Hyperlink> links = new java.util.ArrayList<>();
        for (int days : new int[] {30, 60, 90}) {
            Hyperlink link = new Hyperlink();
            link.setId("licencesExpiring" + days);
            link.setOnAction(event -> {
                viewModel.showExpiring(days);
                showList.run();
            });
            links.add(link);
            expiring.getChildren().add(link);
        }
        viewModel.figuresProperty().addListener((observable, before, figures) -> {
            if (figures == null) {
                return;
            }
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (LicenceStatus status : LicenceStatus.values()) {
                series.getData().add(new XYChart.Data<>(words.status(status),
                        figures.byStatus().getOrDefault(status, 0L)));
            }
            byStatus.getData().setAll(List.of(series));
            quantities.getItems().setAll(figures.quantities());
            long[] counts = {figures.expiring30(), figures.expiring60(), figures.expiring90()};
            int[] days = {30, 60, 90};
            for (int i = 0; i < 3; i++) {
                links.get(i).setText(messages.format("licences.figures.expiringWithin", days[i], counts[i]));
            }
        });
        VBox box = new VBox(10, expiring, byStatus, quantitiesTitle, quantities);
        box.setPadding(new Insets(10));
        VBox.setVgrow(quantities, Priority.ALWAYS);
        box.setId("licencesFigures");
        return box;
    }

    private static TableColumn<LicenceFigures.Quantities, String> figureColumn(String title,
            Function<LicenceFigures.Quantities, String> value, double width, String styleClass) {
        TableColumn<LicenceFigures.Quantities, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(Function.identity(), styleClass));
        column.setPrefWidth(width);
        return column;
    }

    /** Shows the window, or brings it to the front, and lists the licences. */
    public void show() {
        if (stage.isShowing()) {
            stage.toFront();
        } else {
            stage.show();
        }
        viewModel.reload();
        table.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private static TableColumn<LicenceSummary, String> column(String title, Function<LicenceSummary, String> value,
            double width, String styleClass) {
        TableColumn<LicenceSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(Function.identity(), styleClass));
        column.setPrefWidth(width);
        return column;
    }
}
