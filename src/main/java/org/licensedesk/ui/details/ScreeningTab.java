package org.licensedesk.ui.details;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;
import org.licensedesk.ui.screening.ScreeningViewModel;

/**
 * The application's screening hits: party, listed name, list and programs, score, matched alias and the
 * disposition; the assignee records "True match" or "False positive" on a hit without one. The tab's title
 * counts the hits still waiting for a disposition.
 */
final class ScreeningTab implements DetailsTab {
    private final Tab tab;
    private final ScreeningViewModel viewModel;
    private final Messages messages;
    private final DisplayFormats formats;
    private final TableView<ScreeningHit> table = new TableView<>();
    private final Button trueMatch;
    private final Button falsePositive;
    private final SelectedHit selected;

    ScreeningTab(ScreeningViewModel viewModel, Messages messages, DisplayFormats formats) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.formats = formats;
        table.setId("screeningTable");
        table.getStyleClass().add(Styles.DENSE);
        Label none = new Label(messages.get("screening.tab.none"));
        none.setWrapText(true);
        table.setPlaceholder(none);
        // Columns keep the width their headers need; a narrow details pane scrolls the table rather than cut them.
        table.getColumns().add(column("screening.column.party", this::party, 140));
        table.getColumns().add(column("screening.column.listedName", ScreeningHit::listedName, 150));
        table.getColumns().add(column("screening.column.list", this::list, 170));
        table.getColumns().add(column("screening.column.score", hit -> Integer.toString(hit.score()), 66));
        table.getColumns().add(column("screening.column.alias",
                hit -> hit.matchedAlias() == null ? "" : hit.matchedAlias(), 110));
        table.getColumns().add(column("screening.column.disposition", this::disposition, 170));
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setRowFactory(view -> new HitRow());

        trueMatch = button("screeningTrueMatch", "screening.disposition.trueMatch", "mdi2a-alert-octagon",
                ScreeningDisposition.TRUE_MATCH);
        falsePositive = button("screeningFalsePositive", "screening.disposition.falsePositive",
                "mdi2c-check-circle-outline", ScreeningDisposition.FALSE_POSITIVE);
        table.setContextMenu(contextMenu());
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> follow());
        viewModel.mayDisposeProperty().addListener((observable, before, after) -> follow());

        ToolBar bar = new ToolBar(trueMatch, falsePositive);
        bar.getStyleClass().add(UiStyles.EDGE_TO_EDGE);
        selected = new SelectedHit();
        SplitPane tableAndHit = new SplitPane(table, selected.node());
        tableAndHit.setOrientation(Orientation.VERTICAL);
        tableAndHit.setDividerPositions(0.45);
        tab = new Tab(messages.get("screening.tab.title"), new BorderPane(tableAndHit, bar, null, null, null));
        tab.setId("screeningTab");
        tab.setGraphic(new FontIcon("mdi2s-shield-search"));
        tab.setClosable(false);
        viewModel.hitsProperty().addListener((observable, before, hits) -> showHits(hits));
    }

    void focus() {
        table.requestFocus();
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void show(ApplicationDetails shown) {
        // The hits come from the screening view model, which loads them alongside the details.
    }

    private void showHits(List<ScreeningHit> hits) {
        ScreeningHit selected = table.getSelectionModel().getSelectedItem();
        table.getItems().setAll(hits);
        long open = viewModel.undisposedCount();
        tab.setText(open == 0 ? messages.get("screening.tab.title") : messages.format("screening.tab.titleOpen", open));
        int keep = selected == null ? -1 : indexOf(hits, selected);
        if (keep >= 0) {
            table.getSelectionModel().select(keep);
        } else if (!hits.isEmpty()) {
            table.getSelectionModel().select(0);
        }
        follow();
    }

    /** The same hit after a reload: same party, same listed entry. */
    private static int indexOf(List<ScreeningHit> hits, ScreeningHit hit) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).party() == hit.party() && hits.get(i).entryKey().equals(hit.entryKey())) {
                return i;
            }
        }
        return -1;
    }

    private void follow() {
        selected.show(table.getSelectionModel().getSelectedItem());
        boolean may = viewModel.canDispose(table.getSelectionModel().getSelectedItem());
        trueMatch.setDisable(!may);
        falsePositive.setDisable(!may);
    }

    private Button button(String id, String key, String icon, ScreeningDisposition verdict) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setDisable(true);
        button.setOnAction(event -> viewModel.dispose(table.getSelectionModel().getSelectedItem(), verdict));
        return button;
    }

    private ContextMenu contextMenu() {
        MenuItem asTrueMatch = new MenuItem(messages.get("screening.disposition.trueMatch"));
        asTrueMatch.setOnAction(event -> trueMatch.fire());
        asTrueMatch.disableProperty().bind(trueMatch.disabledProperty());
        MenuItem asFalsePositive = new MenuItem(messages.get("screening.disposition.falsePositive"));
        asFalsePositive.setOnAction(event -> falsePositive.fire());
        asFalsePositive.disableProperty().bind(falsePositive.disabledProperty());
        return new ContextMenu(asTrueMatch, asFalsePositive);
    }

    private String party(ScreeningHit hit) {
        String role = switch (hit.party()) {
            case APPLICANT -> messages.get("screening.party.applicant");
            case CONSIGNEE -> messages.get("screening.party.consignee");
            case END_USER -> messages.get("screening.party.endUser");
        };
        return role + "\n" + hit.partyName();
    }

    private String list(ScreeningHit hit) {
        return hit.programs() == null || hit.programs().isBlank() ? hit.listName()
                : hit.listName() + "\n" + hit.programs();
    }

    private String disposition(ScreeningHit hit) {
        if (!hit.isDisposed()) {
            return messages.get("screening.disposition.none");
        }
        return messages.format("screening.disposition.recorded",
                messages.get(hit.isTrueMatch() ? "screening.disposition.isTrueMatch"
                        : "screening.disposition.isFalsePositive"),
                hit.disposition().by(), formats.dateTime(hit.disposition().at()), hit.disposition().note());
    }

    private TableColumn<ScreeningHit, String> column(String key, Function<ScreeningHit, String> value, double width) {
        TableColumn<ScreeningHit, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(hit -> new ReadOnlyObjectWrapper<>(value.apply(hit.getValue())));
        column.setCellFactory(c -> new WrappingCell());
        column.setPrefWidth(width);
        return column;
    }

    /** The selected hit in full, as the table's narrow columns cannot show it. */
    private final class SelectedHit {
        private final FormGrid form = new FormGrid();
        private final TextField party = form.copyable(messages.get("screening.column.party"), "screeningHitParty");
        private final TextField listedName = form.copyable(messages.get("screening.column.listedName"),
                "screeningHitListedName");
        private final Label list = form.wrapping(messages.get("screening.column.list"), "screeningHitList");
        private final Label score = form.wrapping(messages.get("screening.column.score"), "screeningHitScore");
        private final Label alias = form.wrapping(messages.get("screening.column.alias"), "screeningHitAlias");
        private final Label disposition = form.wrapping(messages.get("screening.column.disposition"),
                "screeningHitDisposition");
        private final ScrollPane node = new ScrollPane(form.node());

        SelectedHit() {
            node.setFitToWidth(true);
            node.setVisible(false);
        }

        Node node() {
            return node;
        }

        void show(ScreeningHit hit) {
            node.setVisible(hit != null);
            if (hit != null) {
                party.setText(party(hit).replace('\n', ' '));
                listedName.setText(hit.listedName());
                list.setText(list(hit));
                score.setText(Integer.toString(hit.score()));
                alias.setText(hit.matchedAlias() == null ? "" : hit.matchedAlias());
                disposition.setText(disposition(hit));
            }
        }
    }

    /** A row marked when its hit is a true match. */
    private static final class HitRow extends TableRow<ScreeningHit> {
        @Override
        protected void updateItem(ScreeningHit hit, boolean empty) {
            super.updateItem(hit, empty);
            getStyleClass().remove(UiStyles.SCREENING_TRUE_MATCH);
            if (!empty && hit != null && hit.isTrueMatch()) {
                getStyleClass().add(UiStyles.SCREENING_TRUE_MATCH);
            }
        }
    }

    /** Wraps long list names and notes; the whole text is in the tooltip too. */
    private static final class WrappingCell extends TableCell<ScreeningHit, String> {
        WrappingCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value);
            setTooltip(empty || value == null || value.isEmpty() ? null : new Tooltip(value));
        }
    }
}
