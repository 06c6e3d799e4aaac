package org.licensedesk.ui.queue;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.licensedesk.preferences.UserPreferences;
import org.licensedesk.queue.Inbox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.ui.ChoiceComboBox;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.HoverTooltip;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;

/** The queue: quick filter, status filter and refresh above the table. Layout and bindings only. */
public final class QueueView {
    // Typing fast should filter once, after the user pauses, not on every key.
    private static final Duration FILTER_DELAY = Duration.millis(150);

    private final QueueViewModel viewModel;
    private final VBox root;
    private final TextField filter;
    private final TableView<QueueRow> table;
    // True while the view replaces the table's rows: the table clears its selection then, which is not the user's.
    private boolean replacingRows;
    // The table's own list, shown whenever the queue is held whole (a paged queue shows its PagedRows instead).
    private final javafx.collections.ObservableList<QueueRow> heldRows;

    public QueueView(QueueViewModel viewModel, Messages messages, DomainText text, DisplayFormats formats) {
        this.viewModel = viewModel;
        this.filter = filterField(messages);
        this.table = QueueTable.create(messages, text, formats, viewModel.flaggedReferencesProperty());
        this.heldRows = table.getItems();
        Button refresh = new Button(null, new FontIcon("mdi2r-refresh"));
        refresh.setId("refreshButton");
        new HoverTooltip(refresh).show(messages.get("queue.refresh.tooltip"));
        refresh.setAccessibleText(messages.get("queue.refresh.tooltip"));
        refresh.setOnAction(event -> viewModel.reload());
        refresh.disableProperty().bind(viewModel.loadingProperty());

        ComboBox<StatusChoice> statusFilter = statusFilter(messages, text);
        ComboBox<FlagFilter> flagFilter = flagFilter(messages);
        HBox toolbar = new HBox(filter, statusFilter, flagFilter, deniedFilter(messages), refresh);
        toolbar.getStyleClass().add(UiStyles.TOOLBAR);
        HBox.setHgrow(filter, Priority.SOMETIMES);
        root = new VBox(inboxes(messages), toolbar, pagedNotice(messages), table);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label placeholder = new Label();
        placeholder.getStyleClass().add(UiStyles.EMPTY_STATE);
        placeholder.textProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then(messages.get("queue.placeholder.loading"))
                .otherwise(messages.get("queue.placeholder.noMatch")));
        table.setPlaceholder(placeholder);
        bindTable();
    }

    public Node root() {
        return root;
    }

    /**
     * Puts back the user's column order, widths, shown columns, sort and inbox, and keeps them in these settings as they
     * change (the session writes the settings to disk when the window goes).
     */
    public void keepLayoutIn(UserPreferences preferences) {
        QueueLayout.keep(table, viewModel, preferences);
    }

    /** The width that shows every shown column whole, with the vertical scroll bar and the table's border. */
    public double widthShowingColumns() {
        return QueueTable.widthShowingColumns(table);
    }

    /** Runs {@code change} whenever a column is shown, hidden, moved or widened, or the rows are replaced. */
    public void whenColumnsChange(Runnable change) {
        QueueTable.whenColumnsChange(table, change);
    }

    /** Puts the keyboard in the queue's table, where Up and Down move the selection. */
    public void focusQueue() {
        table.requestFocus();
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private TextField filterField(Messages messages) {
        TextField field = TextFields.createClearableTextField();
        field.setId("queueFilter");
        field.setPromptText(messages.get("queue.filter.prompt"));
        field.setAccessibleText(messages.get("queue.filter.prompt"));
        new HoverTooltip(field).show(messages.get("queue.filter.tooltip"));
        if (field instanceof CustomTextField custom) {
            custom.setLeft(new FontIcon("mdi2m-magnify"));
        }
        PauseTransition pause = new PauseTransition(FILTER_DELAY);
        pause.setOnFinished(event -> viewModel.filterTextProperty().set(field.getText()));
        field.textProperty().addListener((observable, before, after) -> pause.playFromStart());
        // The view model clears the filter itself when it opens an application (a related one): show that.
        viewModel.filterTextProperty().addListener((observable, before, after) -> {
            if (!after.equals(field.getText())) {
                pause.stop();
                field.setText(after);
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                pause.stop();
                field.clear();
                viewModel.filterTextProperty().set("");
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.DOWN) {
                // Apply at once and go to the results, so the keyboard alone can work the queue.
                pause.stop();
                viewModel.filterTextProperty().set(field.getText());
                table.requestFocus();
                event.consume();
            }
        });
        return field;
    }

    private ComboBox<StatusChoice> statusFilter(Messages messages, DomainText text) {
        // In a narrow queue it gives way down to its choice, never cutting it ("全…" says nothing); so does the flag
        // choice. The filter field gives way further.
        ComboBox<StatusChoice> combo = new ChoiceComboBox<>();
        combo.setId("statusFilter");
        combo.getItems().setAll(viewModel.statusChoices());
        combo.setAccessibleText(messages.get("queue.statusFilter.tooltip"));
        new HoverTooltip(combo).show(messages.get("queue.statusFilter.tooltip"));
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(StatusChoice choice) {
                if (choice == null) {
                    return "";
                }
                return switch (choice.kind()) {
                    case ALL_OPEN -> messages.get("queue.statusFilter.allOpen");
                    case ALL -> messages.get("queue.statusFilter.all");
                    case ONE -> text.status(choice.status());
                };
            }

            @Override
            public StatusChoice fromString(String string) {
                throw new UnsupportedOperationException("The status filter is not editable");
            }
        });
        combo.valueProperty().bindBidirectional(viewModel.statusChoiceProperty());
        return combo;
    }

    /**
     * The inboxes as toggle buttons with their counts ("My cases 3"), one always chosen; they wrap when the queue is
     * narrow. Ctrl+1 to Ctrl+5 choose them from anywhere (View menu).
     */
    private FlowPane inboxes(Messages messages) {
        FlowPane pane = new FlowPane();
        pane.setId("inboxes");
        pane.getStyleClass().add(UiStyles.INBOXES);
        ToggleGroup group = new ToggleGroup();
        for (Inbox inbox : Inbox.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("inbox-" + inbox.name());
            button.setToggleGroup(group);
            button.setUserData(inbox);
            button.setMnemonicParsing(false);
            button.getStyleClass().add(UiStyles.INBOX);
            String name = inboxName(messages, inbox);
            new HoverTooltip(button).show(messages.format("queue.inbox.tooltip", name, inbox.ordinal() + 1));
            button.textProperty().bind(Bindings.createStringBinding(() -> {
                Long count = viewModel.inboxCountsProperty().get().get(inbox);
                if (count == null && viewModel.inboxProperty().get() == inbox
                        && viewModel.rowCountProperty().get() == QueueViewModel.RowCount.COUNTING) {
                    // A long inbox shown before its count: say so rather than show no number, or an old one.
                    return messages.format("queue.inbox.counting", name);
                }
                return count == null ? name : messages.format("queue.inbox.withCount", name, count);
            }, viewModel.inboxCountsProperty(), viewModel.inboxProperty(), viewModel.rowCountProperty()));
            button.setAccessibleText(name);
            button.setSelected(viewModel.inboxProperty().get() == inbox);
            pane.getChildren().add(button);
        }
        // The group's choice, not the buttons' actions: the arrow keys move the choice along the group without an
        // action, and the queue must show the inbox that looks chosen.
        group.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                // A toggle group lets the chosen button be unpressed: an inbox is always chosen.
                before.setSelected(true);
            } else if (after.getUserData() != viewModel.inboxProperty().get()) {
                viewModel.showInbox((Inbox) after.getUserData());
            }
        });
        // Selecting the inbox's button lets the group unpress the old one; unpressing it first would leave the group
        // without a choice for a moment, which the listener above answers by pressing it again (a second load).
        viewModel.inboxProperty().addListener((observable, before, after) -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == after).findFirst().ifPresent(group::selectToggle));
        return pane;
    }

    /** The inbox's name in the current language: "My cases", "待我办理". */
    public static String inboxName(Messages messages, Inbox inbox) {
        return messages.get(switch (inbox) {
            case MINE -> "queue.inbox.mine";
            case UNASSIGNED -> "queue.inbox.unassigned";
            case TO_COUNTERSIGN -> "queue.inbox.toCountersign";
            case PAST_DEADLINE -> "queue.inbox.pastDeadline";
            case ALL_OPEN -> "queue.inbox.allOpen";
        });
    }

    /**
     * Risk flags (issue 13): all applications, only flagged ones, or only those a flag blocks; a flag icon and a short
     * word, the whole meaning in the tooltip. Tab reaches it, arrows choose; Ctrl+Shift+F (View menu) goes round.
     */
    private ComboBox<FlagFilter> flagFilter(Messages messages) {
        ComboBox<FlagFilter> combo = new ChoiceComboBox<>();
        combo.setId("flagFilter");
        combo.getItems().setAll(FlagFilter.values());
        combo.setAccessibleText(messages.get("queue.flagFilter.tooltip"));
        new HoverTooltip(combo).show(messages.get("queue.flagFilter.tooltip"));
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(FlagFilter choice) {
                return choice == null ? "" : flagFilterName(messages, choice);
            }

            @Override
            public FlagFilter fromString(String string) {
                throw new UnsupportedOperationException("The flag filter is not editable");
            }
        });
        combo.setButtonCell(new javafx.scene.control.ListCell<>() {
            private final FontIcon icon = new FontIcon("mdi2f-flag-variant-outline");

            @Override
            protected void updateItem(FlagFilter choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? null : flagFilterName(messages, choice));
                setGraphic(empty || choice == null ? null : icon);
            }
        });
        combo.valueProperty().bindBidirectional(viewModel.flagFilterProperty());
        return combo;
    }

    /** "All", "Flagged", "Blocking" in the window's language. */
    public static String flagFilterName(Messages messages, FlagFilter choice) {
        return messages.get(switch (choice) {
            case ALL -> "queue.flagFilter.ALL";
            case FLAGGED -> "queue.flagFilter.FLAGGED";
            case BLOCKING -> "queue.flagFilter.BLOCKING";
        });
    }

    /** "Applicant has a denial in the last 3 years": Tab reaches it, Space toggles it (or its View menu shortcut). */
    private ToggleButton deniedFilter(Messages messages) {
        ToggleButton toggle = new ToggleButton(null, new FontIcon("mdi2a-account-cancel"));
        toggle.setId("deniedFilter");
        new HoverTooltip(toggle).show(messages.get("queue.deniedFilter.tooltip"));
        toggle.setAccessibleText(messages.get("queue.deniedFilter.tooltip"));
        toggle.selectedProperty().bindBidirectional(viewModel.applicantDeniedOnlyProperty());
        // It needs every row's applicant, which a paged queue does not hold.
        toggle.disableProperty().bind(viewModel.pagedProperty());
        return toggle;
    }

    /**
     * Under the toolbar while the queue is paged: "Searching…" while the database looks for the filter's words, else
     * that the long queue is read page by page, oldest first.
     */
    private Label pagedNotice(Messages messages) {
        Label notice = new Label();
        notice.setId("queueNotice");
        notice.getStyleClass().add(UiStyles.QUEUE_NOTICE);
        notice.setWrapText(true);
        notice.visibleProperty().bind(viewModel.pagedProperty().or(viewModel.searchingProperty()));
        notice.managedProperty().bind(notice.visibleProperty());
        notice.textProperty().bind(Bindings.when(viewModel.searchingProperty())
                .then(messages.get("queue.searching"))
                .otherwise(messages.format("queue.paged.notice", viewModel.pagedAbove())));
        return notice;
    }

    private void bindTable() {
        table.setSortPolicy(sorted -> viewModel.sortBy(sortKeys()));
        // A paged queue keeps the database's order: show no column as sorted.
        viewModel.pagedProperty().addListener((observable, before, paged) -> {
            if (paged) {
                table.getSortOrder().clear();
            }
        });
        viewModel.visibleRowsProperty().addListener((observable, before, rows) -> showRows(rows));
        viewModel.selectedReferenceProperty().addListener((observable, before, reference) -> select(reference));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
            // A paged row whose page is on its way is null: the selection is told once it arrives (pageArrived).
            if (!replacingRows && !(row == null && table.getSelectionModel().getSelectedIndex() >= 0)) {
                viewModel.select(row == null ? null : row.reference());
            }
        });
    }

    private List<SortKey> sortKeys() {
        List<SortKey> keys = new ArrayList<>();
        for (TableColumn<QueueRow, ?> column : table.getSortOrder()) {
            keys.add(new SortKey(QueueTable.fieldOf(column), column.getSortType() == TableColumn.SortType.ASCENDING));
        }
        return keys;
    }

    private void showRows(List<QueueRow> rows) {
        replacingRows = true;
        try {
            if (rows instanceof PagedRows paged) {
                paged.whenPageArrives(this::pageArrived);
                table.setItems(paged);
            } else {
                heldRows.setAll(rows);
                if (table.getItems() != heldRows) {
                    table.setItems(heldRows);
                }
            }
            select(viewModel.selectedReference());
        } finally {
            replacingRows = false;
        }
    }

    private void select(String reference) {
        QueueRow current = table.getSelectionModel().getSelectedItem();
        if (current != null && current.reference().equals(reference)) {
            return;
        }
        int index = indexOf(reference);
        boolean wasReplacing = replacingRows;
        replacingRows = true;
        try {
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(index);
                table.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            replacingRows = wasReplacing;
        }
    }

    /**
     * A page of a paged queue arrived: paint it, widen the columns to its names, and tell the view model which row is
     * selected if the selection (End, Page Down) was waiting for that page.
     */
    private void pageArrived() {
        table.refresh();
        QueueTable.fitToRows(table);
        int selected = table.getSelectionModel().getSelectedIndex();
        QueueRow row = table.getSelectionModel().getSelectedItem();
        if (selected >= 0 && table.getItems() instanceof PagedRows paged) {
            QueueRow arrived = paged.held(selected);
            if (arrived != null && (row == null || !row.reference().equals(arrived.reference()))) {
                boolean wasReplacing = replacingRows;
                replacingRows = true;
                try {
                    table.getSelectionModel().clearSelection();
                } finally {
                    replacingRows = wasReplacing;
                }
                table.getSelectionModel().select(selected);
                // Rows grew as their names arrived (long names wrap): bring the selected one back into view.
                table.scrollTo(Math.max(0, selected - 3));
            }
        }
    }

    private int indexOf(String reference) {
        if (reference == null) {
            return -1;
        }
        if (table.getItems() instanceof PagedRows paged) {
            return paged.indexOfHeld(reference);
        }
        List<QueueRow> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (reference.equals(items.get(i).reference())) {
                return i;
            }
        }
        return -1;
    }
}
