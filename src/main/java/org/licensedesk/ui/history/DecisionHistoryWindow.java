package org.licensedesk.ui.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.audit.ExportFormat;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.FormattedCell;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.TextWidths;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.UiStyles;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * View → Decision history: a window beside the main one (owned by it, not modal) with the filter bar over a table
 * of entries that loads the next page as its last rows come into view. Enter or a double-click opens the entry's
 * application in the main window.
 */
public final class DecisionHistoryWindow {
    /** The table asks for the next page when a row this close to the end is shown. */
    private static final int PREFETCH_ROWS = 30;
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    // The widest a reference and a time get, so their columns never cut one (September: the longest month name).
    private static final String REFERENCE_SAMPLE = "EXP-2026-000000";
    private static final Instant LONGEST_TIME = Instant.parse("2026-09-28T12:58:00Z");

    private final DecisionHistoryViewModel viewModel;
    private final Messages messages;
    private final DomainText text;
    private final DisplayFormats formats;
    private final Stage stage = new Stage();
    private final HistoryFilterBar filterBar;
    private final TableView<AuditEntry> table = new TableView<>();
    private boolean started;

    DecisionHistoryWindow(DecisionHistoryViewModel viewModel, Messages messages, DisplayFormats formats,
            Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.text = new DomainText(messages);
        this.formats = formats;
        this.filterBar = new HistoryFilterBar(viewModel.form(), messages, text, viewModel::apply, viewModel::clear);
        stage.initOwner(owner);
        stage.setTitle(messages.get("historyView.title"));
        BorderPane root = new BorderPane(table(), new VBox(filterBar.root(), toolbar()), null, null, null);
        root.setId("decisionHistory");
        Scene scene = new Scene(root, 1180, 720);
        Theme.applyTo(scene);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
    }

    /**
     * Builds the History window of a signed-in supervisor over the main window; {@code openApplication} shows an
     * application there (the main window passes {@code MainViewModel::open}).
     */
    public static DecisionHistoryWindow create(HistoryBackend backend, TaskExecutor executor, DialogService dialogs,
            Messages messages, DisplayFormats formats, Consumer<String> openApplication, Window owner) {
        DecisionHistoryWindow[] window = new DecisionHistoryWindow[1];
        DecisionHistoryViewModel viewModel = new DecisionHistoryViewModel(backend, executor, dialogs,
                new FxHistoryDialogs(() -> window[0].stage, messages), messages, openApplication);
        window[0] = new DecisionHistoryWindow(viewModel, messages, formats, owner);
        return window[0];
    }

    public DecisionHistoryViewModel viewModel() {
        return viewModel;
    }

    /** Shows the window, or brings it to the front when it is open; the first time it loads the newest entries. */
    public void show() {
        if (!started) {
            started = true;
            viewModel.start();
        }
        present();
    }

    /** Shows the window with a filter applied: the dashboards' way in. */
    public void show(HistoryFilter filter) {
        if (!started) {
            started = true;
            viewModel.form().set(filter);
            viewModel.start();
        } else {
            viewModel.show(filter);
        }
        present();
    }

    private void present() {
        if (!stage.isShowing()) {
            stage.show();
            filterBar.focus();
        }
        stage.setIconified(false);
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private HBox toolbar() {
        ComboBox<HistorySort> sort = new ComboBox<>();
        sort.setId("historySort");
        sort.getItems().setAll(HistorySort.values());
        sort.valueProperty().bindBidirectional(viewModel.sortProperty());
        Function<HistorySort, String> sortText = order -> order == HistorySort.NEWEST_FIRST
                ? messages.get("historyView.sort.newest") : messages.get("historyView.sort.oldest");
        sort.setButtonCell(cell(sortText));
        sort.setCellFactory(list -> cell(sortText));
        sort.valueProperty().addListener((observable, before, after) -> viewModel.apply());
        Label count = new Label();
        count.setId("historyCount");
        count.textProperty().bind(viewModel.countText());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("historyLoading");
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Button cancel = new Button(messages.get("historyView.cancel"));
        cancel.setId("historyCancel");
        cancel.visibleProperty().bind(viewModel.loadingProperty());
        cancel.managedProperty().bind(viewModel.loadingProperty());
        cancel.setOnAction(event -> viewModel.cancelLoading());
        Button json = new Button(messages.get("historyView.exportJson"), new FontIcon("mdi2c-code-json"));
        json.setId("historyExportJson");
        json.setOnAction(event -> viewModel.export(ExportFormat.JSON, fileName("json")));
        Button csv = new Button(messages.get("historyView.exportCsv"), new FontIcon("mdi2f-file-delimited"));
        csv.setId("historyExportCsv");
        csv.setOnAction(event -> viewModel.export(ExportFormat.CSV, fileName("csv")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, sort, count, loading, cancel, spacer, json, csv);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(UiStyles.TOOLBAR);
        return bar;
    }

    private String fileName(String extension) {
        return "licensedesk-history-" + FILE_DATE.format(LocalDate.now(formats.zone())) + "." + extension;
    }

    private TableView<AuditEntry> table() {
        table.setId("decisionHistoryTable");
        table.setPlaceholder(new Label(messages.get("historyView.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AuditEntry, String> time = column("historyView.column.time", 150,
                entry -> formats.dateTime(entry.at()));
        time.setMinWidth(TextWidths.column(formats.dateTime(LONGEST_TIME), false));
        table.getColumns().add(time);
        table.getColumns().add(column("historyView.column.seq", 80, entry -> Long.toString(entry.seq())));
        TableColumn<AuditEntry, String> application = column("historyView.column.application", 140,
                AuditEntry::applicationRef);
        // A reference is read whole or not at all: the column never gives up room for it.
        application.setMinWidth(TextWidths.column(REFERENCE_SAMPLE, true));
        application.setCellFactory(cell -> new FormattedCell<>(Function.identity(), UiStyles.REFERENCE));
        table.getColumns().add(application);
        table.getColumns().add(column("historyView.column.action", 170, entry -> text.action(entry.action())));
        table.getColumns().add(column("historyView.column.actor", 170, this::actor));
        table.getColumns().add(column("historyView.column.status", 220, this::statusChange));
        table.getColumns().add(column("historyView.column.note", 300, entry -> firstLine(entry.note())));
        table.setItems(viewModel.rows());
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(AuditEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                // Rows are built only for what is on screen, so a row near the end means the end is in view.
                if (!empty && getIndex() >= viewModel.rows().size() - PREFETCH_ROWS) {
                    viewModel.loadMore();
                }
            }
        });
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                viewModel.open(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    private String actor(AuditEntry entry) {
        try {
            return entry.actor() + " (" + text.role(UserRole.valueOf(entry.actorRole())) + ")";
        } catch (IllegalArgumentException unknown) {
            return entry.actor() + " (" + entry.actorRole() + ")";
        }
    }

    private String statusChange(AuditEntry entry) {
        if (entry.fromStatus() == null && entry.toStatus() == null) {
            return "";
        }
        return text.status(entry.fromStatus()) + " \u2192 " + text.status(entry.toStatus());
    }

    private static String firstLine(String note) {
        int end = note.indexOf('\n');
        return end < 0 ? note : note.substring(0, end) + " \u2026";
    }

    private TableColumn<AuditEntry, String> column(String key, double width, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(messages.get(key));
        column.setId(key.substring(key.lastIndexOf('.') + 1) + "Column");
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static <T> ListCell<T> cell(Function<T, String> format) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }
}
