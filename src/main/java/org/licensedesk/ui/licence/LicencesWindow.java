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
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.domain.licence.LicenceSummary;
import org.licensedesk.ui.DisplayFormats;
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
        table.getColumns().add(column(messages.get("licences.type"), row -> row.type().name(), 80, null));
        table.getColumns().add(column(messages.get("licences.validFrom"), row -> formats.date(row.validFrom()), 110,
                null));
        table.getColumns().add(column(messages.get("licences.validUntil"), row -> formats.date(row.validUntil()), 110,
                null));
        table.getColumns().add(column(messages.get("licences.elements"), LicenceSummary::elements, 90, null));
        table.getColumns().add(column(messages.get("licences.holder"), LicenceSummary::holderName, 360, null));
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

        BorderPane root = new BorderPane(table, filters, null, count, null);
        root.setId("licences");
        Scene scene = new Scene(root, 1180, 640);
        Theme.applyTo(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), viewModel::reload);
        stage.setScene(scene);
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
