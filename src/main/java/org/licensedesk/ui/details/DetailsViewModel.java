package org.licensedesk.ui.details;

import org.licensedesk.domain.Document;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * The application shown beside the queue. Loads it in the background; when the reviewer moves on before
 * a load finishes, the late result is dropped, so the pane always shows the selected application.
 */
public final class DetailsViewModel {
    private final DetailsSource source;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ReadOnlyObjectWrapper<ApplicationDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyStringWrapper requestedReference = new ReadOnlyStringWrapper(this, "requestedReference");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    // The reference a load is running for (the newest), or null.
    private String loadingFor;

    public DetailsViewModel(DetailsSource source, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.source = source;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        emptyText.set(messages.get("details.empty"));
    }

    /** A document of the shown application, to open: its details, SHA-256 and a check of a file against it. */
    public DocumentViewModel document(Document document) {
        return new DocumentViewModel(document, executor, dialogs, messages);
    }

    /** Shows the application with this reference; null empties the pane. */
    public void show(String reference) {
        if (Objects.equals(reference, requestedReference.get()) && (shows(reference)
                || (reference != null && reference.equals(loadingFor)))) {
            return;
        }
        requestedReference.set(reference);
        load();
    }

    /**
     * The queue's selection moved to {@code reference} and its details will be asked for shortly (after a short
     * delay, so an arrow key held down does not load every row): from now on the pane says it is loading that one and
     * never shows another application, and any load still running for another one is dropped when it ends.
     */
    public void expect(String reference) {
        if (reference == null || shows(reference)) {
            return;
        }
        requestedReference.set(reference);
        loading.set(true);
        emptyText.set(messages.format("details.loading", reference));
        if (details.get() != null) {
            details.set(null);
            revision.set(revision.get() + 1);
        }
    }

    private boolean shows(String reference) {
        ApplicationDetails shown = details.get();
        return shown != null && shown.application().reference().equals(reference);
    }

    /** Reads the shown application again, after it may have changed. */
    public void reload() {
        load();
    }

    private void load() {
        String reference = requestedReference.get();
        if (reference == null) {
            loading.set(false);
            emptyText.set(messages.get("details.empty"));
            details.set(null);
            revision.set(revision.get() + 1);
            return;
        }
        loading.set(true);
        loadingFor = reference;
        BackgroundTask.wrap(() -> source.details(reference))
                .withTitle(messages.format("details.loading", reference))
                .onSuccess(found -> {
                    loaded(reference);
                    if (isStillWanted(reference)) {
                        loading.set(false);
                        emptyText.set(messages.format("details.notFound", reference));
                        details.set(found.orElse(null));
                        revision.set(revision.get() + 1);
                    }
                })
                .onFailure(failure -> {
                    loaded(reference);
                    if (isStillWanted(reference)) {
                        loading.set(false);
                        emptyText.set(messages.get("details.empty"));
                        details.set(null);
                        revision.set(revision.get() + 1);
                        dialogs.showError(messages.get("details.loadFailed.title"),
                                ErrorText.whatHappened(failure, messages),
                                messages.get("details.loadFailed.whatToDo"), failure);
                    }
                })
                .executeWith(executor);
    }

    private void loaded(String reference) {
        if (reference.equals(loadingFor)) {
            loadingFor = null;
        }
    }

    private boolean isStillWanted(String reference) {
        return reference.equals(requestedReference.get());
    }

    /** The application shown, or null for the empty pane. */
    public ReadOnlyObjectProperty<ApplicationDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ApplicationDetails details() {
        return details.get();
    }

    public ReadOnlyStringProperty requestedReferenceProperty() {
        return requestedReference.getReadOnlyProperty();
    }

    /** What the empty pane says: pick an application, or that the picked one is gone. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /**
     * Counts finished loads. What is shown alongside the details (workflow state, history) reloads with it, also
     * when the application itself did not change, such as after a note was added.
     */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
