package org.licensedesk.ui.screening;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.workflow.DispositionRules;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * The Screening tab: the shown application's hits with their dispositions, whether the signed-in user may record
 * dispositions (only the assignee of an open application may), and recording one with its note. Each hit shows and
 * takes the verdict of its own party: two parties hitting one listed entry each need one (issue 13).
 */
public final class ScreeningViewModel {
    private final ScreeningBackend backend;
    private final User user;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final DispositionDialogs noteDialogs;
    private final Runnable afterDisposition;
    private final ReadOnlyObjectWrapper<List<ScreeningHit>> hits = new ReadOnlyObjectWrapper<>(this, "hits",
            List.of());
    private final ReadOnlyBooleanWrapper mayDispose = new ReadOnlyBooleanWrapper(this, "mayDispose");
    private String reference;
    private long generation;

    /**
     * @param afterDisposition reloads what a disposition changes: these hits, the queue's flag, the actions offered
     */
    public ScreeningViewModel(ScreeningBackend backend, User user, TaskExecutor executor, DialogService dialogs,
            Messages messages, DispositionDialogs noteDialogs, Runnable afterDisposition) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.user = Objects.requireNonNull(user, "user");
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.noteDialogs = noteDialogs;
        this.afterDisposition = afterDisposition;
    }

    /** Loads the hits of this application; null empties the list. */
    public void show(String shown) {
        reference = shown;
        long current = ++generation;
        if (shown == null) {
            hits.set(List.of());
            mayDispose.set(false);
            return;
        }
        BackgroundTask.wrap(() -> new Loaded(backend.hits(shown), backend.dispositionRefusal(user, shown).isEmpty()))
                .withTitle(messages.format("screening.tab.loading", shown))
                .onSuccess(loaded -> {
                    if (current == generation) {
                        hits.set(List.copyOf(loaded.hits()));
                        mayDispose.set(loaded.mayDispose());
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        hits.set(List.of());
                        mayDispose.set(false);
                        dialogs.showError(messages.get("screening.tab.loadFailed.title"),
                                ErrorText.whatHappened(failure, messages),
                                messages.get("screening.tab.loadFailed.whatToDo"), failure);
                    }
                })
                .executeWith(executor);
    }

    public void reload() {
        show(reference);
    }

    /** Whether the user may record a disposition on this hit now: the assignee, on a hit without one. */
    public boolean canDispose(ScreeningHit hit) {
        return hit != null && mayDispose.get() && !hit.isDisposed();
    }

    /** Asks for the note, then records the disposition in the background; a refusal is explained. */
    public void dispose(ScreeningHit hit, ScreeningDisposition verdict) {
        if (!canDispose(hit)) {
            return;
        }
        Optional<String> note = noteDialogs.askNote(hit, DispositionRules.othersOnEntry(hits.get(), hit), verdict);
        if (note.isEmpty()) {
            return;
        }
        String shown = reference;
        BackgroundTask.wrap(() -> backend.dispose(user, shown, hit.party(), hit.partyName(), hit.entryKey(), verdict,
                        note.get()))
                .withTitle(messages.format("screening.disposition.running", shown))
                .onSuccess(disposed -> afterDisposition.run())
                .onFailure(failure -> {
                    dialogs.showError(messages.get("screening.disposition.failed.title"),
                            ErrorText.whatHappened(failure, messages),
                            messages.get("screening.disposition.failed.whatToDo"), null);
                    reload();
                })
                .executeWith(executor);
    }

    /** Hits still without a disposition: the tab's count. */
    public long undisposedCount() {
        return hits.get().stream().filter(hit -> !hit.isDisposed()).count();
    }

    public ReadOnlyObjectProperty<List<ScreeningHit>> hitsProperty() {
        return hits.getReadOnlyProperty();
    }

    public List<ScreeningHit> hits() {
        return hits.get();
    }

    public ReadOnlyBooleanProperty mayDisposeProperty() {
        return mayDispose.getReadOnlyProperty();
    }

    private record Loaded(List<ScreeningHit> hits, boolean mayDispose) {
    }
}
