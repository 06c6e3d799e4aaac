package org.licensedesk.ui.details;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/** The History tab's entries: the shown application's audit trail, newest first, loaded in the background. */
public final class HistoryViewModel {
    private final HistorySource source;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<List<AuditEntry>> entries =
            new ReadOnlyObjectWrapper<>(this, "entries", List.of());
    private String reference;
    private long generation;

    public HistoryViewModel(HistorySource source, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.source = source;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Loads the entries of this application; null empties the list. */
    public void show(String shown) {
        reference = shown;
        long current = ++generation;
        if (shown == null) {
            entries.set(List.of());
            return;
        }
        BackgroundTask.wrap(() -> source.entries(shown))
                .withTitle(messages.format("history.loading", shown))
                .onSuccess(found -> {
                    if (current == generation) {
                        entries.set(List.copyOf(found));
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        entries.set(List.of());
                        dialogs.showError(messages.get("history.loadFailed.title"),
                                ErrorText.whatHappened(failure, messages),
                                messages.get("history.loadFailed.whatToDo"), failure);
                    }
                })
                .executeWith(executor);
    }

    public void reload() {
        show(reference);
    }

    public ReadOnlyObjectProperty<List<AuditEntry>> entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    public List<AuditEntry> entries() {
        return entries.get();
    }
}
