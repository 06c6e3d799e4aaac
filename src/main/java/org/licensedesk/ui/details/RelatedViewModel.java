package org.licensedesk.ui.details;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.licensedesk.domain.RelatedApplication;
import org.licensedesk.domain.RelatedApplications;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * The Related tab: the shown application's earlier applications by the same applicant or end user, loaded in the
 * background; opening one shows it in the queue and the details.
 */
public final class RelatedViewModel {
    private final RelatedSource source;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<String> opener;
    private final ReadOnlyObjectWrapper<RelatedApplications> applications =
            new ReadOnlyObjectWrapper<>(this, "applications", RelatedApplications.NONE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private long generation;

    /** @param opener opens an application by reference: {@code MainViewModel::open} in the window */
    public RelatedViewModel(RelatedSource source, TaskExecutor executor, DialogService dialogs, Messages messages,
            Consumer<String> opener) {
        this.source = source;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.opener = opener;
    }

    /** Loads the related applications of this application; null empties the list. */
    public void show(String reference) {
        long current = ++generation;
        if (reference == null) {
            loading.set(false);
            applications.set(RelatedApplications.NONE);
            return;
        }
        loading.set(true);
        BackgroundTask.wrap(() -> source.related(reference))
                .withTitle(messages.format("related.loading", reference))
                .onSuccess(found -> {
                    if (current == generation) {
                        loading.set(false);
                        applications.set(found);
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        loading.set(false);
                        applications.set(RelatedApplications.NONE);
                        dialogs.showError(messages.get("related.loadFailed.title"),
                                ErrorText.whatHappened(failure, messages),
                                messages.get("related.loadFailed.whatToDo"), failure);
                    }
                })
                .executeWith(executor);
    }

    /** Shows this related application in the queue and the details; null (no row) does nothing. */
    public void open(RelatedApplication application) {
        if (application != null) {
            opener.accept(application.reference());
        }
    }

    public ReadOnlyObjectProperty<RelatedApplications> applicationsProperty() {
        return applications.getReadOnlyProperty();
    }

    public RelatedApplications applications() {
        return applications.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
