package org.licensedesk.ui.flags;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.licensedesk.domain.User;
import org.licensedesk.domain.flags.Flag;
import org.licensedesk.domain.flags.FlagRules;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * The shown application's risk flags (issue 13), open ones first, and clearing one with a note. Clear is offered only
 * where the rules would let the signed-in official clear it; the service decides when it is done, and a refusal is
 * shown as its sentence.
 */
public final class ApplicationFlagsViewModel {
    private final ApplicationFlagsBackend backend;
    private final User user;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final FlagClearDialogs noteDialogs;
    private final Runnable afterClear;
    private final ReadOnlyObjectWrapper<List<Flag>> flags = new ReadOnlyObjectWrapper<>(this, "flags", List.of());
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper(this, "confirmation");
    private String reference;
    private long generation;

    /** @param afterClear reloads what a clearing changes: the queue's row and the details (these flags with them) */
    public ApplicationFlagsViewModel(ApplicationFlagsBackend backend, User user, TaskExecutor executor,
            DialogService dialogs, Messages messages, FlagClearDialogs noteDialogs, Runnable afterClear) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.user = Objects.requireNonNull(user, "user");
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.noteDialogs = noteDialogs;
        this.afterClear = afterClear;
    }

    /** Loads the flags of this application; null empties the list. */
    public void show(String shown) {
        reference = shown;
        long current = ++generation;
        if (shown == null) {
            flags.set(List.of());
            return;
        }
        BackgroundTask.wrap(() -> backend.flags(shown))
                .withTitle(messages.format("flags.details.loading", shown))
                .onSuccess(loaded -> {
                    if (current == generation) {
                        // Open ones first (oldest first among them), then the cleared ones.
                        flags.set(loaded.stream().sorted(Comparator.comparing((Flag flag) -> !flag.open())).toList());
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        flags.set(List.of());
                        dialogs.showError(messages.get("flags.details.loadFailed.title"),
                                ErrorText.whatHappened(failure, messages),
                                messages.get("flags.details.loadFailed.whatToDo"), failure);
                    }
                })
                .executeWith(executor);
    }

    public void reload() {
        show(reference);
    }

    /** Whether Clear is offered on this flag: it is open and the rules let this official clear it. */
    public boolean mayClear(Flag flag) {
        return flag != null && flag.open() && FlagRules.clearerRefusal(user, flag).isEmpty();
    }

    /** Asks for the note, then clears the flag in the background; a refusal is shown as the service's sentence. */
    public void clear(Flag flag) {
        if (!mayClear(flag)) {
            return;
        }
        Optional<String> note = noteDialogs.askNote(flag);
        if (note.isEmpty()) {
            return;
        }
        BackgroundTask.wrap(() -> backend.clear(user, flag.id(), note.get()))
                .withTitle(messages.format("flags.clear.running", flag.reference()))
                .onSuccess(cleared -> {
                    confirmation.set(messages.format("flags.clear.done", cleared.id(), cleared.reference()));
                    afterClear.run();
                })
                .onFailure(failure -> {
                    dialogs.showError(messages.get("flags.clear.failed.title"),
                            ErrorText.whatHappened(failure, messages),
                            messages.get("flags.clear.failed.whatToDo"), null);
                    reload();
                })
                .executeWith(executor);
    }

    /** Every flag of the shown application, open ones first. */
    public ReadOnlyObjectProperty<List<Flag>> flagsProperty() {
        return flags.getReadOnlyProperty();
    }

    public List<Flag> flags() {
        return flags.get();
    }

    /** "Cleared flag 3 on EXP-…", set after each clearing, for the status bar. */
    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    public long openCount() {
        return flags.get().stream().filter(Flag::open).count();
    }
}
