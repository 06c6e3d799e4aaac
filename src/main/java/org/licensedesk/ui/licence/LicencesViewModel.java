package org.licensedesk.ui.licence;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.licensedesk.domain.User;
import org.licensedesk.domain.licence.LicenceFigures;
import org.licensedesk.domain.licence.LicenceFilter;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.domain.licence.LicenceSummary;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * The Licences window: licences filtered by status, holder, element and expiry within N days, loaded in the
 * background; Enter on a row shows its application in the main window.
 */
public final class LicencesViewModel {
    /** Rows shown at most; the count line says when there are more. */
    public static final int LIMIT = 1_000;

    private final LicencesBackend backend;
    private final User user;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<String> opener;
    private final LicenceActionsViewModel actions;
    private final ObjectProperty<LicenceStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty holder = new SimpleStringProperty(this, "holder", "");
    private final StringProperty element = new SimpleStringProperty(this, "element", "");
    private final ObjectProperty<Integer> expiringWithin = new SimpleObjectProperty<>(this, "expiringWithin");
    private final ReadOnlyObjectWrapper<List<LicenceSummary>> rows = new ReadOnlyObjectWrapper<>(this, "rows",
            List.of());
    private final ReadOnlyObjectWrapper<LicenceFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private long generation;

    /**
     * @param opener  shows an application by reference in the main window
     * @param actions the selected licence's actions
     */
    public LicencesViewModel(LicencesBackend backend, User user, TaskExecutor executor, DialogService dialogs,
            Messages messages, Consumer<String> opener, LicenceActionsViewModel actions) {
        this.actions = actions;
        this.backend = backend;
        this.user = user;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.opener = opener;
    }

    /** Lists the licences the filters select. */
    public void reload() {
        long current = ++generation;
        LicenceFilter filter = new LicenceFilter(status.get(), holder.get().strip(), element.get().strip(),
                expiringWithin.get(), backend.today());
        loading.set(true);
        BackgroundTask.wrap(() -> {
                    List<LicenceSummary> found = backend.list(user, filter, LIMIT);
                    return new Loaded(found, backend.figures());
                })
                .withTitle(messages.get("licences.loading"))
                .onSuccess(loaded -> {
                    if (current == generation) {
                        List<LicenceSummary> found = loaded.rows();
                        loading.set(false);
                        figures.set(loaded.figures());
                        rows.set(found);
                        count.set(found.size() >= LIMIT ? messages.format("licences.countCapped", LIMIT)
                                : messages.format("licences.count", found.size()));
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        loading.set(false);
                        dialogs.showError(messages.get("licences.loadFailed.title"),
                                ErrorText.whatHappened(failure, messages),
                                messages.get("licences.loadFailed.whatToDo"), failure);
                    }
                })
                .executeWith(executor);
    }

    /** Shows the licences in force expiring within {@code days} (a click on the dashboards' expiry figure). */
    public void showExpiring(int days) {
        status.set(null);
        holder.set("");
        element.set("");
        expiringWithin.set(days);
        reload();
    }

    public ReadOnlyObjectProperty<LicenceFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    private record Loaded(List<LicenceSummary> rows, LicenceFigures figures) {
    }

    public void open(LicenceSummary row) {
        if (row != null) {
            opener.accept(row.applicationRef());
        }
    }

    /** Shows the selected licence's actions. */
    public void select(LicenceSummary row) {
        actions.showLicence(row == null ? null : row.number());
    }

    public LicenceActionsViewModel actions() {
        return actions;
    }

    public ObjectProperty<LicenceStatus> statusProperty() {
        return status;
    }

    public StringProperty holderProperty() {
        return holder;
    }

    public StringProperty elementProperty() {
        return element;
    }

    /** Null: any expiry. */
    public ObjectProperty<Integer> expiringWithinProperty() {
        return expiringWithin;
    }

    public ReadOnlyObjectProperty<List<LicenceSummary>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
