package org.licensedesk.ui.queue;

import org.licensedesk.queue.QueueField;
import atlantafx.base.theme.Styles;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.CountersignStage;
import org.licensedesk.ui.TextWidths;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ContentDisplay;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.util.Callback;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.ui.CellIcon;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.FormattedCell;
import org.licensedesk.ui.HoverTooltip;
import org.licensedesk.ui.Language;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/** The queue's table and its columns; each column knows its {@link QueueField} for sorting. */
final class QueueTable {
    private QueueTable() {
    }

    /** The columns shown until the user chooses others: what triage needs, and all of it fits a laptop's queue. */
    static final Set<QueueField> SHOWN_AT_FIRST = EnumSet.of(QueueField.FLAGS, QueueField.REFERENCE,
            QueueField.DAYS_LEFT, QueueField.STATUS, QueueField.ASSIGNEE, QueueField.APPLICANT);

    // The screening flag beside a reference: the icon, its gap and a margin.
    private static final double FLAG_ROOM = 12 + 3 + 10;
    // The vertical scroll bar beside the rows, and the table's border on both sides.
    private static final double SCROLL_BAR_AND_BORDER = 16 + 2;
    // The applicant's width before the rows arrive; the column then widens to the longest name among them, up to the
    // most that leaves the other four columns and the details room at 1440 px; longer names wrap.
    // (230 px before the risk-flag column took its 26.)
    private static final double APPLICANT_FIRST_WIDTH = 204;
    private static final double APPLICANT_MAX_WIDTH = 204;
    // The risk-flag column: its icon and the narrow padding of .queue-flag-cell (licensedesk.css) on both sides.
    private static final double FLAG_COLUMN_WIDTH = FlagMarkCell.ICON_SIZE + 2 * 5 + 2;
    // The "incomplete" mark beside a status: the icon and its gap.
    private static final double INCOMPLETE_MARK_ROOM = 12 + 4 + 2;

    static TableView<QueueRow> create(Messages messages, DomainText text, DisplayFormats formats,
            ObservableValue<Set<String>> flagged) {
        TableView<QueueRow> table = new TableView<>();
        table.setId("queueTable");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.getColumns().add(flagColumn(messages));
        // Reference, days left, status and assignee come first and are never cut (their width fits the longest
        // text they can show, in the window's language): triage is by deadline and by who has the case. The
        // applicant takes the rest; the other columns are chosen with a right click on any header.
        table.getColumns().add(column(messages.get("queue.column.reference"), QueueField.REFERENCE,
                QueueRow::reference, TextWidths.column("EXP-2026-000000", true) + FLAG_ROOM,
                column -> new ReferenceCell(flagged, messages)));
        table.getColumns().add(column(messages.get("queue.column.daysLeft"), QueueField.DAYS_LEFT,
                QueueRow::deadline, widest(true, messages.get("queue.column.daysLeft"), "-999*"),
                column -> neverCut(new DaysLeftCell<>(messages, row -> row.status().isOpen()))));
        table.getColumns().add(column(messages.get("queue.column.status"), QueueField.STATUS,
                Function.identity(), statusWidth(messages, text), column -> neverCut(new StatusCell(messages, text))));
        table.getColumns().add(column(messages.get("queue.column.assignee"), QueueField.ASSIGNEE,
                QueueRow::assignee, widest(true, messages.get("queue.column.assignee"), "zhang.min"),
                column -> neverCut(new FormattedCell<>(Function.identity(), null))));
        // A Chinese window names the applicant as filed in Chinese (龙岩丰源磁性材料有限公司), where the filing has it;
        // the details show both names.
        boolean chinese = Language.of(messages.bundle()) == Language.SIMPLIFIED_CHINESE;
        table.getColumns().add(column(messages.get("queue.column.applicant"), QueueField.APPLICANT,
                row -> row.applicantName(chinese), APPLICANT_FIRST_WIDTH, ApplicantCell::new));
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
                QueueRow::receivedOn, widest(true, messages.get("queue.column.received"), "2026-12-31"),
                column -> new FormattedCell<>(formats::date, null)));
        // One chooser for every header (it was one each: twelve popup windows made at the start, issue 11).
        ContextMenu chooser = columnChooser(table, messages);
        for (TableColumn<QueueRow, ?> column : table.getColumns()) {
            column.setVisible(SHOWN_AT_FIRST.contains(fieldOf(column)));
            column.setContextMenu(chooser);
        }
        // An assignee or applicant longer than the column allows widens it as rows arrive: neither is ever cut.
        table.getItems().addListener((javafx.collections.ListChangeListener<QueueRow>) change -> fitToRows(table));
        // A long queue's rows are a new list each time (PagedRows) rather than a change of this one.
        table.itemsProperty().addListener((observable, before, after) -> fitToRows(table));
        // The flags arrive with the rows, but a cell already painted must show the change too.
        flagged.addListener((observable, before, after) -> table.refresh());
        return table;
    }

    /**
     * Risk flags (issue 13): one icon wide, its header a flag icon; its name is the header's tooltip, and the column
     * chooser's and screen readers' word for it.
     */
    private static TableColumn<QueueRow, org.licensedesk.domain.flags.FlagMark> flagColumn(Messages messages) {
        TableColumn<QueueRow, org.licensedesk.domain.flags.FlagMark> column = column("", QueueField.FLAGS,
                QueueRow::flags, FLAG_COLUMN_WIDTH, c -> new FlagMarkCell(messages));
        column.setId("queueFlagsColumn");
        Label header = new Label(null, new FontIcon("mdi2f-flag-variant-outline"));
        new HoverTooltip(header).show(messages.get("queue.column.flags.tooltip"));
        header.setAccessibleText(messages.get("queue.column.flags"));
        column.setGraphic(header);
        column.setMaxWidth(FLAG_COLUMN_WIDTH * 2);
        column.getStyleClass().add(UiStyles.QUEUE_FLAG_CELL);
        return column;
    }

    /** The column's name in the chooser: its header text, or for the icon-only flag column its name. */
    private static String columnName(TableColumn<QueueRow, ?> column, Messages messages) {
        return fieldOf(column) == QueueField.FLAGS ? messages.get("queue.column.flags") : column.getText();
    }

    /** Right click on any header: a check per column (shown or not), and back to the first layout. */
    private static ContextMenu columnChooser(TableView<QueueRow> table, Messages messages) {
        ContextMenu menu = new ContextMenu();
        menu.setId("queueColumnChooser");
        List<CheckMenuItem> checks = new java.util.ArrayList<>();
        for (TableColumn<QueueRow, ?> column : table.getColumns()) {
            CheckMenuItem item = new CheckMenuItem(columnName(column, messages));
            item.setId("queueColumn-" + fieldOf(column).name());
            item.setMnemonicParsing(false);
            // The reference identifies the row: it cannot be hidden.
            item.setDisable(fieldOf(column) == QueueField.REFERENCE);
            item.setOnAction(action -> column.setVisible(item.isSelected()));
            item.setUserData(column);
            checks.add(item);
        }
        menu.getItems().setAll(checks);
        MenuItem reset = new MenuItem(messages.get("queue.columns.reset"));
        reset.setId("queueColumnsReset");
        reset.setOnAction(action -> QueueLayout.reset(table));
        menu.getItems().addAll(new SeparatorMenuItem(), reset);
        menu.setOnShowing(event -> checks.forEach(item -> item.setSelected(((TableColumn<?, ?>) item.getUserData())
                .isVisible())));
        return menu;
    }

    private static void fitToContent(TableView<QueueRow> table, QueueField field, Function<QueueRow, String> text) {
        TableColumn<QueueRow, ?> column = table.getColumns().stream()
                .filter(candidate -> fieldOf(candidate) == field).findFirst().orElseThrow();
        double needed = column.getMinWidth();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (QueueRow row : rowsHeld(table)) {
            String value = text.apply(row);
            if (value != null && seen.add(value)) {
                needed = Math.max(needed, TextWidths.column(value, false));
            }
        }
        if (needed > column.getMinWidth()) {
            column.setMinWidth(needed);
            column.setPrefWidth(Math.max(column.getPrefWidth(), needed));
        }
    }

    /**
     * The applicant column as wide as the longest name needs, up to {@value #APPLICANT_MAX_WIDTH} px (longer names
     * wrap onto a second line), and never narrower than the longest word of any name, so no name is ever cut.
     */
    private static void fitApplicants(TableView<QueueRow> table) {
        TableColumn<QueueRow, ?> column = table.getColumns().stream()
                .filter(candidate -> fieldOf(candidate) == QueueField.APPLICANT).findFirst().orElseThrow();
        double whole = 0;
        double word = column.getMinWidth();
        java.util.Set<String> seen = new java.util.HashSet<>();
        @SuppressWarnings("unchecked")
        TableColumn<QueueRow, String> names = (TableColumn<QueueRow, String>) column;
        for (QueueRow row : rowsHeld(table)) {
            // The name as the column shows it, in the window's language (its own value factory decides which).
            String name = names.getCellValueFactory().call(new TableColumn.CellDataFeatures<>(table, names, row))
                    .getValue();
            if (name != null && seen.add(name)) {
                double nameWidth = TextWidths.column(name, false);
                whole = Math.max(whole, nameWidth);
                // A name's longest word is no wider than the name: only a name wider than the widest word so far
                // can widen it.
                if (nameWidth > word) {
                    word = Math.max(word, TextWidths.longestWord(name, false));
                }
            }
        }
        if (word > column.getMinWidth()) {
            column.setMinWidth(word);
        }
        double wanted = Math.min(whole, APPLICANT_MAX_WIDTH);
        if (column.getPrefWidth() < wanted) {
            column.setPrefWidth(wanted);
        }
    }

    /** What {@link QueueView#widthShowingColumns()} says. */
    static double widthShowingColumns(TableView<QueueRow> table) {
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(column -> Math.max(column.getWidth(),
                column.getMinWidth())).sum();
        return columns + SCROLL_BAR_AND_BORDER;
    }

    static void whenColumnsChange(TableView<QueueRow> table, Runnable change) {
        table.getVisibleLeafColumns().addListener((javafx.collections.ListChangeListener<TableColumn<QueueRow, ?>>)
                columns -> change.run());
        for (TableColumn<QueueRow, ?> column : table.getColumns()) {
            column.widthProperty().addListener((observable, before, after) -> change.run());
        }
    }

    /**
     * The status as the queue's column shows it: "Information requested" and "Awaiting countersignature" are the two
     * long ones, and a narrower column leaves the applicant room at 1440 px.
     */
    static String shortStatus(Messages messages, ApplicationStatus status) {
        return switch (status) {
            case INFO_REQUESTED -> messages.get("queue.status.short.infoRequested");
            case PENDING_COUNTERSIGN -> messages.get("queue.status.short.pendingCountersign");
            default -> new DomainText(messages).status(status);
        };
    }

    /** The status word of a row: an application awaiting countersignature says which one (issue 13). */
    static String shortStatus(Messages messages, QueueRow row) {
        return row.countersignStage() == CountersignStage.SECOND
                ? messages.get("countersign.queue.second") : shortStatus(messages, row.status());
    }

    /** The whole status of a row, for its tooltip and screen readers. */
    private static String wholeStatus(Messages messages, DomainText text, QueueRow row) {
        return row.countersignStage() == CountersignStage.SECOND
                ? messages.get("countersign.queue.second.whole") : text.status(row.status());
    }

    /** The widest status text the column can show (with the "incomplete" mark), or its header. */
    private static double statusWidth(Messages messages, DomainText text) {
        double widest = Math.max(TextWidths.column(messages.get("queue.column.status"), true),
                TextWidths.column(messages.get("countersign.queue.second"), false) + INCOMPLETE_MARK_ROOM);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            widest = Math.max(widest, TextWidths.column(shortStatus(messages, status), false) + INCOMPLETE_MARK_ROOM);
        }
        return widest;
    }

    /** The widest of the header (bold) and the samples of the column's content. */
    private static double widest(boolean header, String title, String... samples) {
        double widest = TextWidths.column(title, header);
        for (String sample : samples) {
            widest = Math.max(widest, TextWidths.column(sample, false));
        }
        return widest;
    }

    /** A cell whose text the truncation check reads too: its column is as wide as its longest text. */
    private static <C extends TableCell<QueueRow, ?>> C neverCut(C cell) {
        cell.getStyleClass().add(UiStyles.NEVER_CUT);
        return cell;
    }

    /** The rows in memory: all of them, or for a long queue read page by page the pages held. */
    static java.util.List<QueueRow> rowsHeld(TableView<QueueRow> table) {
        return table.getItems() instanceof PagedRows paged ? paged.heldRows() : table.getItems();
    }

    /** Widens the assignee and applicant columns to the rows held (after a page of a long queue arrived). */
    static void fitToRows(TableView<QueueRow> table) {
        fitToContent(table, QueueField.ASSIGNEE, QueueRow::assignee);
        fitApplicants(table);
    }

    static QueueField fieldOf(TableColumn<QueueRow, ?> column) {
        return (QueueField) column.getUserData();
    }

    private static <T> TableColumn<QueueRow, T> column(String title, QueueField field, Function<QueueRow, T> value,
            double width, Callback<TableColumn<QueueRow, T>, TableCell<QueueRow, T>> cells) {
        TableColumn<QueueRow, T> column = new TableColumn<>(title);
        column.setUserData(field);
        // A row of a long queue whose page has not arrived yet is null: its cells stay blank until it does.
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue() == null ? null
                : value.apply(row.getValue())));
        column.setCellFactory(cells);
        column.setPrefWidth(width);
        // A column that shows its content whole cannot be made narrower than that (the user may widen it).
        if (width < 200) {
            column.setMinWidth(width);
        }
        return column;
    }

    private static Callback<TableColumn<QueueRow, String>, TableCell<QueueRow, String>> plain(String styleClass) {
        return column -> new FormattedCell<>(Function.identity(), styleClass);
    }

    /** The reference, with a flag when the application has screening hits that need a look. */
    private static final class ReferenceCell extends TableCell<QueueRow, String> {
        private final ObservableValue<Set<String>> flagged;
        private final String flagText;
        private final HoverTooltip tooltip = new HoverTooltip(this);
        private final CellIcon flag = new CellIcon("mdi2f-flag", 12, UiStyles.SCREENING_FLAG);

        ReferenceCell(ObservableValue<Set<String>> flagged, Messages messages) {
            this.flagged = flagged;
            this.flagText = messages.get("screening.queue.flag");
            getStyleClass().add(UiStyles.REFERENCE);
            setGraphicTextGap(3);
            setContentDisplay(ContentDisplay.RIGHT);
        }

        @Override
        protected void updateItem(String reference, boolean empty) {
            super.updateItem(reference, empty);
            boolean flaggedRow = !empty && reference != null && flagged.getValue().contains(reference);
            setText(empty ? null : reference);
            setGraphic(flaggedRow ? flag.get() : null);
            tooltip.show(flaggedRow ? flagText : null);
            setAccessibleText(flaggedRow ? reference + ", " + flagText : reference);
        }
    }

    /** The status, with a warning mark when the application was filed without an end-user certificate. */
    private static final class StatusCell extends TableCell<QueueRow, QueueRow> {
        private final Messages messages;
        private final DomainText text;
        private final HoverTooltip tooltip = new HoverTooltip(this);
        private final CellIcon mark = new CellIcon("mdi2a-alert-circle-outline", 12);

        StatusCell(Messages messages, DomainText text) {
            this.messages = messages;
            this.text = text;
            setGraphicTextGap(4);
            setContentDisplay(ContentDisplay.RIGHT);
        }

        @Override
        protected void updateItem(QueueRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(UiStyles.INCOMPLETE);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                tooltip.show(null);
                return;
            }
            // The queue's short word for the status; the whole one in the tooltip and for screen readers.
            setText(shortStatus(messages, row));
            if (row.incomplete()) {
                // A mark rather than words, so the column stays narrow enough for a laptop's queue.
                getStyleClass().add(UiStyles.INCOMPLETE);
                setGraphic(mark.get());
                tooltip.show(messages.get("queue.incomplete.tooltip"));
                setAccessibleText(messages.format("queue.status.incomplete", wholeStatus(messages, text, row)));
            } else {
                setGraphic(null);
                String whole = wholeStatus(messages, text, row);
                tooltip.show(whole);
                setAccessibleText(whole);
            }
        }
    }

    /**
     * The applicant's name, wrapped onto as many lines as the column's width needs: a {@link Text} whose wrapping width
     * follows the column (a wrapping cell's own text would still be cut, as the row's height is computed unwrapped).
     */
    private static final class ApplicantCell extends TableCell<QueueRow, String> {
        private final Text name = new Text();

        ApplicantCell(TableColumn<QueueRow, String> column) {
            name.getStyleClass().add(UiStyles.WRAPPED_CELL_TEXT);
            name.wrappingWidthProperty().bind(column.widthProperty().subtract(TextWidths.CELL_PADDING));
        }

        @Override
        protected void updateItem(String applicant, boolean empty) {
            super.updateItem(applicant, empty);
            boolean blank = empty || applicant == null;
            name.setText(blank ? null : applicant);
            setGraphic(blank ? null : name);
            setText(null);
            setAccessibleText(blank ? null : applicant);
        }
    }

    /** The end user's country code, with the country's name as tooltip. */
    private static final class CountryCell extends TableCell<QueueRow, String> {
        private final HoverTooltip name = new HoverTooltip(this);

        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            boolean blank = empty || code == null;
            setText(blank ? null : code);
            name.show(blank ? null : DomainText.countryName(code));
        }
    }
}
