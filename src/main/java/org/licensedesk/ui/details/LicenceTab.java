package org.licensedesk.ui.details;

import atlantafx.base.theme.Styles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.domain.licence.LicensedItem;
import org.licensedesk.domain.licence.LicensedParty;
import org.licensedesk.domain.licence.RecordedShipment;
import org.licensedesk.letter.LetterKind;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.FormattedCell;
import org.licensedesk.ui.LicenceText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;
import org.licensedesk.ui.licence.LicenceActionsBar;
import org.licensedesk.ui.licence.LicenceActionsViewModel;
import org.licensedesk.ui.licence.LicenceCommand;

/**
 * The application's licence (Art. 15, 18): its status today, validity, holder and parties, each item with what is
 * licensed, shipped and left, conditions, riders and the shipments; and decision letters to save as PDF.
 */
final class LicenceTab implements DetailsTab {
    private final Tab tab;
    private final Messages messages;
    private final DisplayFormats formats;
    private final DomainText text;
    private final LicenceText words;
    private final Label summary = new Label();
    private final Label holder = new Label();
    private final Label parties = new Label();
    private final Label terms = new Label();
    private final Label none = new Label();
    private final TableView<LicensedItem> items = new TableView<>();
    private final TableView<RecordedShipment> shipments = new TableView<>();
    private final VBox licenceBox;
    private final LicenceActionsViewModel actions;

    LicenceTab(LicenceViewModel viewModel, Messages messages, DomainText text, DisplayFormats formats) {
        this.messages = messages;
        this.formats = formats;
        this.text = text;
        this.words = new LicenceText(messages);
        summary.setId("licenceSummary");
        summary.getStyleClass().add(Styles.TITLE_4);
        holder.setId("licenceHolder");
        parties.setId("licenceParties");
        terms.setId("licenceTerms");
        none.setId("licenceNone");
        none.setText(messages.get("licence.none"));
        none.getStyleClass().add(UiStyles.EMPTY_STATE);
        for (Label label : List.of(summary, holder, parties, terms, none)) {
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        items.setId("licenceItems");
        items.getStyleClass().add(Styles.DENSE);
        items.getColumns().add(column(messages.get("licence.items.line"), item -> Integer.toString(item.lineNo()), 50,
                UiStyles.NUMERIC));
        items.getColumns().add(column(messages.get("details.items.controlCode"), LicensedItem::controlCode, 110, null));
        items.getColumns().add(column(messages.get("details.items.element"), LicensedItem::elementSymbol, 80, null));
        items.getColumns().add(column(messages.get("licence.items.licensed"),
                item -> plain(item.quantity()) + " " + text.unit(item.unit()), 120, UiStyles.NUMERIC));
        items.getColumns().add(column(messages.get("licence.items.shipped"),
                item -> plain(item.shipped()) + " " + text.unit(item.unit()), 120, UiStyles.NUMERIC));
        items.getColumns().add(column(messages.get("licence.items.remaining"),
                item -> plain(item.remaining()) + " " + text.unit(item.unit()), 120, UiStyles.NUMERIC));
        items.getColumns().add(column(messages.get("details.items.description"), LicensedItem::description, 240, null));
        items.setPrefHeight(130);
        shipments.setId("licenceShipments");
        shipments.getStyleClass().add(Styles.DENSE);
        shipments.setPlaceholder(new Label(messages.get("licence.shipments.none")));
        shipments.getColumns().add(column(messages.get("licence.shipments.date"),
                shipment -> formats.date(shipment.shippedOn()), 110, null));
        shipments.getColumns().add(column(messages.get("licence.shipments.declaration"),
                RecordedShipment::customsDeclaration, 175, null));
        shipments.getColumns().add(column(messages.get("licence.shipments.consignee"), RecordedShipment::consignee,
                200, null));
        shipments.getColumns().add(column(messages.get("licence.shipments.quantities"), shipment -> shipment.lines()
                .stream().map(line -> messages.format("licence.shipments.line", line.itemLine(),
                        plain(line.quantity()), text.unit(line.unit())))
                .collect(Collectors.joining("; ")), 260, null));
        shipments.setPrefHeight(130);
        Label shipmentsTitle = new Label(messages.get("licence.shipments.title"));
        shipmentsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        licenceBox = new VBox(8, summary, holder, parties, items, terms, shipmentsTitle, shipments);

        ComboBox<LetterKind> kinds = new ComboBox<>(FXCollections.observableArrayList(LetterKind.values()));
        kinds.setId("letterKind");
        kinds.setConverter(new StringConverter<>() {
            @Override
            public String toString(LetterKind kind) {
                return kind == null ? "" : words.letter(kind);
            }

            @Override
            public LetterKind fromString(String string) {
                return null;
            }
        });
        kinds.getSelectionModel().selectFirst();
        Button save = new Button(messages.get("licence.letter.save"));
        save.setId("letterSave");
        save.setOnAction(event -> viewModel.saveLetter(kinds.getValue()));
        Label letterLabel = new Label(messages.get("licence.letter.title"));
        Label letterStatus = new Label();
        letterStatus.setId("letterStatus");
        letterStatus.setWrapText(true);
        letterStatus.textProperty().bind(viewModel.letterStatusProperty());
        this.actions = viewModel.actions();
        LicenceActionsBar actionsBar = new LicenceActionsBar(actions, List.of(LicenceCommand.values()));
        HBox letterRow = new HBox(8, letterLabel, kinds, save, letterStatus);
        letterRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        letterRow.setPadding(new javafx.geometry.Insets(8, 10, 8, 10));
        HBox.setHgrow(letterStatus, Priority.ALWAYS);
        VBox body = new VBox(12, none, licenceBox);
        body.setPadding(new javafx.geometry.Insets(10));
        VBox.setVgrow(licenceBox, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        // The letter row stays in view above the licence, however long its lists.
        tab = new Tab(messages.get("details.tab.licence"), new javafx.scene.layout.BorderPane(scroll,
                new VBox(letterRow, actionsBar.root()), null, null, null));
        tab.setId("licenceTab");
        tab.setClosable(false);
        viewModel.licenceProperty().addListener((observable, before, shown) -> fill(shown));
        fill(viewModel.licenceProperty().get());
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void show(ApplicationDetails details) {
        // The view model loads the licence when the shown application changes (MainViewModel); the actions need the
        // application's status too (a denied one may be appealed).
        actions.showApplication(details == null ? null : details.application().reference(),
                details == null ? null : details.application().status());
    }

    private void fill(Optional<LicenceSource.Shown> shown) {
        none.setVisible(shown.isEmpty());
        none.setManaged(shown.isEmpty());
        licenceBox.setVisible(shown.isPresent());
        licenceBox.setManaged(shown.isPresent());
        if (shown.isEmpty()) {
            items.getItems().clear();
            shipments.getItems().clear();
            tab.setText(messages.get("details.tab.licence"));
            return;
        }
        Licence licence = shown.get().licence();
        String status = words.status(org.licensedesk.domain.licence.LicenceStatus.valueOf(shown.get().status()));
        summary.setText(messages.format("licence.summary", licence.number(), text.licenceType(licence.type()),
                status,
                formats.date(licence.validFrom()), formats.date(licence.validUntil()))
                + (licence.statusReason() == null ? "" : " — " + licence.statusReason()));
        holder.setText(messages.format("licence.holder", licence.holderName(), licence.holderUscc(),
                licence.contactName(), licence.contactPhone(), licence.portOfExport() == null ? "—"
                        : licence.portOfExport()));
        parties.setText(licence.parties().stream().map(this::party).collect(Collectors.joining("\n")));
        terms.setText(messages.format("licence.terms", list(licence.conditions()), list(licence.riders())));
        items.getItems().setAll(licence.items());
        shipments.getItems().setAll(shown.get().shipments());
        tab.setText(messages.format("details.tab.licenceStatus", status));
    }

    private String party(LicensedParty party) {
        return messages.format("licence.party", words.party(party.role()), party.name(), party.address(),
                party.country());
    }

    private String list(List<String> texts) {
        return texts.isEmpty() ? "—" : String.join("; ", texts);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width,
            String styleClass) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(Function.identity(), styleClass));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
