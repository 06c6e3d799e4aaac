package org.licensedesk.ui.queue;

import org.licensedesk.queue.QueueField;
import atlantafx.base.theme.Styles;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ContentDisplay;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.FormattedCell;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/** The queue's table and its columns; each column knows its {@link QueueField} for sorting. */
final class QueueTable {
    private QueueTable() {
    }

    static TableView<QueueRow> create(Messages messages, DomainText text, DisplayFormats formats,
            ObservableValue<Set<String>> flagged) {
        TableView<QueueRow> table = new TableView<>();
        table.setId("queueTable");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        // Days left and status come right after the applicant: triage is by deadline, and on a laptop screen
        // the columns further right start off-screen.
        table.getColumns().add(column(messages.get("queue.column.reference"), QueueField.REFERENCE,
                QueueRow::reference, 185, column -> new ReferenceCell(flagged, messages)));
        table.getColumns().add(column(messages.get("queue.column.applicant"), QueueField.APPLICANT,
                QueueRow::applicantName, 210, plain(null)));
        table.getColumns().add(column(messages.get("queue.column.daysLeft"), QueueField.DAYS_LEFT,
                QueueRow::deadline, 90, column -> new DaysLeftCell<>(messages, row -> row.status().isOpen())));
        table.getColumns().add(column(messages.get("queue.column.status"), QueueField.STATUS,
                Function.identity(), 175, column -> new StatusCell(messages, text)));
        table.getColumns().add(column(messages.get("queue.column.elements"), QueueField.ELEMENTS,
                QueueRow::elements, 95, plain(null)));
        table.getColumns().add(column(messages.get("queue.column.controlCode"), QueueField.CONTROL_CODE,
                QueueRow::highestControlCode, 115, plain(null)));
        table.getColumns().add(column(messages.get("queue.column.country"), QueueField.COUNTRY,
                QueueRow::endUserCountry, 80, column -> new CountryCell()));
        table.getColumns().add(column(messages.get("queue.column.quantity"), QueueField.QUANTITY,
                QueueRow::totalKg, 110, column -> new FormattedCell<>(formats::quantity, UiStyles.NUMERIC)));
        table.getColumns().add(column(messages.get("queue.column.value"), QueueField.VALUE,
                QueueRow::totalValueUsd, 135, column -> new FormattedCell<>(formats::money, UiStyles.NUMERIC)));
        table.getColumns().add(column(messages.get("queue.column.received"), QueueField.RECEIVED,
                QueueRow::receivedOn, 100, column -> new FormattedCell<>(formats::date, null)));
        table.getColumns().add(column(messages.get("queue.column.assignee"), QueueField.ASSIGNEE,
                QueueRow::assignee, 100, plain(null)));
        // The flags arrive with the rows, but a cell already painted must show the change too.
        flagged.addListener((observable, before, after) -> table.refresh());
        return table;
    }

    static QueueField fieldOf(TableColumn<QueueRow, ?> column) {
        return (QueueField) column.getUserData();
    }

    private static <T> TableColumn<QueueRow, T> column(String title, QueueField field, Function<QueueRow, T> value,
            double width, Callback<TableColumn<QueueRow, T>, TableCell<QueueRow, T>> cells) {
        TableColumn<QueueRow, T> column = new TableColumn<>(title);
        column.setUserData(field);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(cells);
        column.setPrefWidth(width);
        return column;
    }

    private static Callback<TableColumn<QueueRow, String>, TableCell<QueueRow, String>> plain(String styleClass) {
        return column -> new FormattedCell<>(Function.identity(), styleClass);
    }

    /** The reference, with a flag when the application has screening hits that need a look. */
    private static final class ReferenceCell extends TableCell<QueueRow, String> {
        private final ObservableValue<Set<String>> flagged;
        private final Tooltip tooltip;
        private final FontIcon flag = new FontIcon("mdi2f-flag");

        ReferenceCell(ObservableValue<Set<String>> flagged, Messages messages) {
            this.flagged = flagged;
            this.tooltip = new Tooltip(messages.get("screening.queue.flag"));
            getStyleClass().add(UiStyles.REFERENCE);
            flag.getStyleClass().add(UiStyles.SCREENING_FLAG);
            flag.setIconSize(12);
            setGraphicTextGap(3);
            setContentDisplay(ContentDisplay.RIGHT);
        }

        @Override
        protected void updateItem(String reference, boolean empty) {
            super.updateItem(reference, empty);
            boolean flaggedRow = !empty && reference != null && flagged.getValue().contains(reference);
            setText(empty ? null : reference);
            setGraphic(flaggedRow ? flag : null);
            setTooltip(flaggedRow ? tooltip : null);
            setAccessibleText(flaggedRow ? reference + ", " + tooltip.getText() : reference);
        }
    }

    /** The status, with a warning mark when the application was filed without an end-user certificate. */
    private static final class StatusCell extends TableCell<QueueRow, QueueRow> {
        private final Messages messages;
        private final DomainText text;
        private final Tooltip incomplete;

        StatusCell(Messages messages, DomainText text) {
            this.messages = messages;
            this.text = text;
            this.incomplete = new Tooltip(messages.get("queue.incomplete.tooltip"));
        }

        @Override
        protected void updateItem(QueueRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(UiStyles.INCOMPLETE);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            if (row.incomplete()) {
                setText(messages.format("queue.status.incomplete", text.status(row.status())));
                getStyleClass().add(UiStyles.INCOMPLETE);
                setTooltip(incomplete);
            } else {
                setText(text.status(row.status()));
                setTooltip(null);
            }
        }
    }

    /** The end user's country code, with the country's name as tooltip. */
    private static final class CountryCell extends TableCell<QueueRow, String> {
        private final Tooltip name = new Tooltip();

        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            boolean blank = empty || code == null;
            setText(blank ? null : code);
            name.setText(blank ? "" : DomainText.countryName(code));
            setTooltip(blank ? null : name);
        }
    }
}
