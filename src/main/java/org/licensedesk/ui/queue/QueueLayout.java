package org.licensedesk.ui.queue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.preferences.UserPreferences;
import org.licensedesk.queue.Inbox;
import org.licensedesk.queue.QueueField;

/**
 * The queue's layout as each user left it: the columns' order, widths and which are shown, the sort and the inbox. Kept
 * in the user's settings (the session writes them to disk when the window closes), put back when the window is built.
 * Values that no longer make sense (a column since renamed, a width below the column's content) are ignored.
 */
public final class QueueLayout {
    static final String COLUMNS = "queue.columns";
    static final String SORT = "queue.sort";
    static final String INBOX = "queue.inbox";
    private static final String DEFAULT_ORDER = "queue.defaultOrder";
    private static final String DEFAULT_WIDTH = "queue.defaultWidth";

    private QueueLayout() {
    }

    /** Puts back the user's layout and keeps it up to date in their settings from now on. */
    static void keep(TableView<QueueRow> table, QueueViewModel viewModel, UserPreferences preferences) {
        rememberDefaults(table);
        restore(table, viewModel, preferences);
        Runnable save = () -> save(table, preferences);
        table.getColumns().addListener((ListChangeListener<TableColumn<QueueRow, ?>>) change -> save.run());
        table.getSortOrder().addListener((ListChangeListener<TableColumn<QueueRow, ?>>) change -> save.run());
        for (TableColumn<QueueRow, ?> column : table.getColumns()) {
            column.widthProperty().addListener((observable, before, after) -> save.run());
            column.visibleProperty().addListener((observable, before, after) -> save.run());
            column.sortTypeProperty().addListener((observable, before, after) -> save.run());
        }
        viewModel.inboxProperty().addListener((observable, before, after) -> preferences.put(INBOX, after.name()));
    }

    /** Back to the first layout: the columns in their first order and widths, the first five shown, no sort. */
    @SuppressWarnings("unchecked")
    static void reset(TableView<QueueRow> table) {
        List<TableColumn<QueueRow, ?>> order = (List<TableColumn<QueueRow, ?>>) table.getProperties()
                .get(DEFAULT_ORDER);
        Map<QueueField, Double> widths = (Map<QueueField, Double>) table.getProperties().get(DEFAULT_WIDTH);
        table.getSortOrder().clear();
        table.getColumns().setAll(order);
        for (TableColumn<QueueRow, ?> column : order) {
            column.setVisible(QueueTable.SHOWN_AT_FIRST.contains(QueueTable.fieldOf(column)));
            column.setPrefWidth(widths.get(QueueTable.fieldOf(column)));
        }
    }

    private static void rememberDefaults(TableView<QueueRow> table) {
        Map<QueueField, Double> widths = new HashMap<>();
        table.getColumns().forEach(column -> widths.put(QueueTable.fieldOf(column), column.getPrefWidth()));
        table.getProperties().put(DEFAULT_ORDER, List.copyOf(table.getColumns()));
        table.getProperties().put(DEFAULT_WIDTH, widths);
    }

    private static void restore(TableView<QueueRow> table, QueueViewModel viewModel, UserPreferences preferences) {
        preferences.get(INBOX).flatMap(QueueLayout::inbox).ifPresent(viewModel.inboxProperty()::set);
        Map<QueueField, TableColumn<QueueRow, ?>> byField = new LinkedHashMap<>();
        table.getColumns().forEach(column -> byField.put(QueueTable.fieldOf(column), column));
        preferences.get(COLUMNS).ifPresent(saved -> {
            List<TableColumn<QueueRow, ?>> order = new ArrayList<>();
            for (String entry : saved.split(",")) {
                String[] parts = entry.split(":");
                Optional<QueueField> field = field(parts[0]);
                if (parts.length != 3 || field.isEmpty() || !byField.containsKey(field.get())) {
                    continue;
                }
                TableColumn<QueueRow, ?> column = byField.remove(field.get());
                order.add(column);
                try {
                    column.setPrefWidth(Math.max(column.getMinWidth(), Double.parseDouble(parts[1])));
                } catch (NumberFormatException unreadable) {
                    // The first width stays.
                }
                column.setVisible("1".equals(parts[2]) || QueueTable.fieldOf(column) == QueueField.REFERENCE);
            }
            // A column the saved layout does not know (added since, such as the risk flags) takes its first place.
            for (TableColumn<QueueRow, ?> missing : byField.values()) {
                order.add(Math.min(table.getColumns().indexOf(missing), order.size()), missing);
            }
            table.getColumns().setAll(order);
        });
        preferences.get(SORT).ifPresent(saved -> {
            List<TableColumn<QueueRow, ?>> sortOrder = new ArrayList<>();
            for (String entry : saved.split(",")) {
                String[] parts = entry.split(":");
                if (parts.length != 2) {
                    continue;
                }
                field(parts[0]).flatMap(field -> table.getColumns().stream()
                        .filter(column -> QueueTable.fieldOf(column) == field).findFirst()).ifPresent(column -> {
                            column.setSortType("D".equals(parts[1]) ? TableColumn.SortType.DESCENDING
                                    : TableColumn.SortType.ASCENDING);
                            sortOrder.add(column);
                        });
            }
            table.getSortOrder().setAll(sortOrder);
        });
    }

    private static void save(TableView<QueueRow> table, UserPreferences preferences) {
        List<String> columns = new ArrayList<>();
        for (TableColumn<QueueRow, ?> column : table.getColumns()) {
            columns.add(QueueTable.fieldOf(column).name() + ":" + String.format(Locale.ROOT, "%.0f", column.getWidth())
                    + ":" + (column.isVisible() ? "1" : "0"));
        }
        preferences.put(COLUMNS, String.join(",", columns));
        List<String> sort = new ArrayList<>();
        for (TableColumn<QueueRow, ?> column : table.getSortOrder()) {
            sort.add(QueueTable.fieldOf(column).name() + ":"
                    + (column.getSortType() == TableColumn.SortType.DESCENDING ? "D" : "A"));
        }
        preferences.put(SORT, String.join(",", sort));
    }

    private static Optional<QueueField> field(String name) {
        try {
            return Optional.of(QueueField.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<Inbox> inbox(String name) {
        try {
            return Optional.of(Inbox.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
