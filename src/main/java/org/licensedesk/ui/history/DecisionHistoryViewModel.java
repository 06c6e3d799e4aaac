package org.licensedesk.ui.history;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.licensedesk.audit.ExportFormat;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistoryPage;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.domain.history.SearchCancel;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.audit.ExportJob;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * View → Decision history: the filter bar's fields, the rows loaded so far (a page at a time as the table
 * scrolls), opening an entry's application in the main window, and exporting what the filter shows.
 */
public final class DecisionHistoryViewModel {
    private final HistoryBackend backend;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final HistoryDialogs historyDialogs;
    private final Messages messages;
    private final Consumer<String> openApplication;

    private final HistoryFilterForm form;
    private final ObjectProperty<HistorySort> sort = new SimpleObjectProperty<>(this, "sort",
            HistorySort.NEWEST_FIRST);

    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more");
    private final ReadOnlyObjectWrapper<HistoryFilter> shown =
            new ReadOnlyObjectWrapper<>(this, "shown", HistoryFilter.ANY);
    private HistorySort shownSort = HistorySort.NEWEST_FIRST;
    private HistoryPage lastPage;
    // Each apply starts a new generation; pages of an older one arrive too late and are dropped.
    private long generation;
    // The search now loading, so Cancel can stop its query.
    private SearchCancel searching = new SearchCancel();

    public DecisionHistoryViewModel(HistoryBackend backend, TaskExecutor executor, DialogService dialogs,
            HistoryDialogs historyDialogs, Messages messages, Consumer<String> openApplication) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.historyDialogs = Objects.requireNonNull(historyDialogs, "historyDialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.openApplication = Objects.requireNonNull(openApplication, "openApplication");
        this.form = new HistoryFilterForm(messages);
    }

    /** Loads the accounts for the actor choice and the newest entries. */
    public void start() {
        BackgroundTask.wrap(backend::users)
                .withTitle(messages.get("historyView.loadingUsers"))
                .onSuccess(form.users()::setAll)
                .onFailure(this::loadFailed)
                .executeWith(executor);
        apply();
    }

    /** Puts a filter into the bar (the dashboards' click-through) and shows its entries. */
    public void show(HistoryFilter filter) {
        form.set(filter);
        apply();
    }

    /** Empties the bar and shows all entries. */
    public void clear() {
        show(HistoryFilter.ANY);
    }

    /** Shows the first page of what the bar asks for; a bar whose last day is before its first is refused. */
    public void apply() {
        if (form.daysReversed()) {
            dialogs.showError(messages.get("historyView.badDays.title"), messages.get("historyView.badDays.message"),
                    messages.get("historyView.badDays.whatToDo"));
            return;
        }
        HistoryFilter filter = form.filter();
        HistorySort order = sort.get();
        long mine = ++generation;
        searching.cancel();
        SearchCancel cancel = new SearchCancel();
        searching = cancel;
        loading.set(true);
        BackgroundTask.wrap(() -> backend.firstPage(filter, order, cancel))
                .withTitle(messages.get("historyView.loading"))
                .onSuccess(page -> {
                    if (mine == generation) {
                        shown.set(filter);
                        shownSort = order;
                        rows.setAll(page.entries());
                        took(page);
                    }
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        loading.set(false);
                        loadFailed(failure);
                    }
                })
                .executeWith(executor);
    }

    /** Loads the next page when there is one and none is loading: the table calls it as its last rows show. */
    public void loadMore() {
        if (loading.get() || !more.get() || lastPage == null) {
            return;
        }
        HistoryFilter filter = shown.get();
        HistorySort order = shownSort;
        HistoryPage previous = lastPage;
        long mine = generation;
        SearchCancel cancel = new SearchCancel();
        searching = cancel;
        loading.set(true);
        BackgroundTask.wrap(() -> backend.nextPage(filter, order, previous, cancel))
                .withTitle(messages.get("historyView.loading"))
                .onSuccess(page -> {
                    if (mine == generation) {
                        rows.addAll(page.entries());
                        took(page);
                    }
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        loading.set(false);
                        loadFailed(failure);
                    }
                })
                .executeWith(executor);
    }

    /**
     * Cancel while a page loads (a filter whose entries are few and far apart): the query stops, its rows are
     * dropped, and the rows shown before stay.
     */
    public void cancelLoading() {
        if (loading.get()) {
            generation++;
            searching.cancel();
            loading.set(false);
        }
    }

    private void took(HistoryPage page) {
        lastPage = page;
        more.set(page.hasMore());
        loading.set(false);
    }

    /** Opens the entry's application in the main window; entries about no application open nothing. */
    public void open(AuditEntry entry) {
        if (entry != null && entry.applicationRef() != null) {
            openApplication.accept(entry.applicationRef());
        }
    }

    /** Asks for a file and exports the entries the shown filter matches (all of them, not only the loaded). */
    public void export(ExportFormat format, String suggestedName) {
        historyDialogs.chooseExportFile(format, suggestedName).ifPresent(target -> export(format, target));
    }

    void export(ExportFormat format, Path target) {
        HistoryFilter filter = shown.get();
        new ExportJob(executor, dialogs, messages).start(messages.get("historyView.exporting"),
                historyDialogs::showProgress,
                (progress, cancelled) -> backend.export(filter, format, target, progress, cancelled));
    }

    private void loadFailed(Throwable failure) {
        dialogs.showError(messages.get("historyView.failed.title"), ErrorText.whatHappened(failure, messages),
                messages.get("historyView.failed.whatToDo"), failure);
    }

    /** "200 entries shown; more load as you scroll", or how many there are when all are loaded. */
    public StringBinding countText() {
        return Bindings.createStringBinding(() -> more.get()
                ? messages.format("historyView.count.more", rows.size())
                : messages.format("historyView.count.all", rows.size()), rows, more);
    }

    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    public HistoryFilterForm form() {
        return form;
    }

    public ObjectProperty<HistorySort> sortProperty() {
        return sort;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HistoryFilter> shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
