package org.licensedesk.ui.details;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/**
 * The application's audit trail, newest first: when, who, what, the status change and the note; the selected
 * entry's structured details below.
 */
final class HistoryTab implements DetailsTab {
    private final Tab tab;
    private final Messages messages;
    private final DomainText text;
    private final DisplayFormats formats;
    private final AuditDetailsText detailsText;
    private final TableView<AuditEntry> table = new TableView<>();
    private final TextArea details = new TextArea();

    HistoryTab(HistoryViewModel viewModel, Messages messages, DomainText text, DisplayFormats formats) {
        this.messages = messages;
        this.text = text;
        this.formats = formats;
        this.detailsText = new AuditDetailsText(messages, text);
        table.setId("historyTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(messages.get("history.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The pane is narrow: every cell wraps, the time and the actor on two lines, so the note keeps its room.
        table.getColumns().add(column(messages.get("history.column.time"),
                entry -> formats.dateTime(entry.at()).replace(' ', '\n'), 102));
        table.getColumns().add(column(messages.get("history.column.actor"), this::actor, 100));
        table.getColumns().add(column(messages.get("history.column.action"),
                entry -> text.action(entry.action()), 134));
        table.getColumns().add(column(messages.get("history.column.status"), this::statusChange, 146));
        table.getColumns().add(column(messages.get("history.column.note"), AuditEntry::note, 220));
        table.getColumns().forEach(column -> column.setSortable(false));

        details.setId("historyDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(6);
        details.setPromptText(messages.get("history.details.prompt"));
        details.setAccessibleText(messages.get("history.details"));
        table.getSelectionModel().selectedItemProperty().addListener(
                (observable, before, entry) -> details.setText(entry == null ? "" : describe(entry)));

        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        tab = new Tab(messages.get("details.tab.history"), split);
        tab.setId("historyTab");
        tab.setGraphic(new FontIcon("mdi2h-history"));
        tab.setClosable(false);
        viewModel.entriesProperty().addListener((observable, before, entries) -> showEntries(entries));
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void show(ApplicationDetails shown) {
        // The entries come from the history view model, which loads them alongside the details.
    }

    private void showEntries(List<AuditEntry> entries) {
        table.getItems().setAll(entries);
        tab.setText(messages.format("details.tab.historyCount", entries.size()));
        if (!entries.isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    private String actor(AuditEntry entry) {
        String role = switch (entry.actorRole()) {
            case "SUPERVISOR" -> text.role(org.licensedesk.domain.UserRole.SUPERVISOR);
            case "REVIEWER" -> text.role(org.licensedesk.domain.UserRole.REVIEWER);
            default -> entry.actorRole();
        };
        return messages.format("history.actor", entry.actor(), role);
    }

    private String statusChange(AuditEntry entry) {
        if (entry.toStatus() == null || entry.toStatus().equals(entry.fromStatus())) {
            return text.status(entry.fromStatus());
        }
        if (entry.fromStatus() == null) {
            return text.status(entry.toStatus());
        }
        return messages.format("history.statusChange", text.status(entry.fromStatus()), text.status(entry.toStatus()));
    }

    private String describe(AuditEntry entry) {
        String structured = detailsText.of(entry);
        String heading = messages.format("history.details.heading", entry.seq(), formats.dateTime(entry.at()),
                text.action(entry.action()), entry.actor());
        return heading + "\n" + entry.note() + (structured.isEmpty() ? "" : "\n\n" + structured);
    }

    private TableColumn<AuditEntry, String> column(String title, Function<AuditEntry, String> value, double width) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(entry -> new ReadOnlyObjectWrapper<>(value.apply(entry.getValue())));
        column.setCellFactory(c -> new WrappingCell());
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.8);
        return column;
    }

    /** A cell whose text wraps to the column's width, so a long note is read in full. */
    private final class WrappingCell extends TableCell<AuditEntry, String> {
        private final Text note = new Text();

        WrappingCell() {
            note.wrappingWidthProperty().bind(widthProperty().subtract(14));
            note.getStyleClass().add(UiStyles.HISTORY_NOTE);
            setPrefHeight(USE_COMPUTED_SIZE);
            setText(null);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setGraphic(null);
                setTooltip(null);
            } else {
                note.setText(value);
                setGraphic(note);
                AuditEntry entry = getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(entry == null ? null : new Tooltip(describe(entry)));
            }
        }
    }
}
