package org.licensedesk.ui.details;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.licensedesk.domain.User;
import org.licensedesk.letter.LetterKind;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.licence.LicenceActionsViewModel;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * The Licence tab: the shown application's licence (loaded in the background; empty when it has none) and the
 * decision letters saved from it as PDF.
 */
public final class LicenceViewModel {
    private final LicenceSource source;
    private final User user;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Function<String, Path> letterTarget;
    private final LicenceActionsViewModel actions;
    private final ReadOnlyObjectWrapper<Optional<LicenceSource.Shown>> licence =
            new ReadOnlyObjectWrapper<>(this, "licence", Optional.empty());
    private final ReadOnlyStringWrapper letterStatus = new ReadOnlyStringWrapper(this, "letterStatus", "");
    private String reference;
    private long generation;

    /**
     * @param letterTarget asks where to save a letter (suggested file name in, null when the user cancels)
     * @param actions      the licence's actions (shipments, suspension, amendments) and a denied application's appeal
     */
    public LicenceViewModel(LicenceSource source, User user, TaskExecutor executor, DialogService dialogs,
            Messages messages, Function<String, Path> letterTarget, LicenceActionsViewModel actions) {
        this.actions = actions;
        this.source = source;
        this.user = user;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.letterTarget = letterTarget;
    }

    public void show(String shownReference) {
        long current = ++generation;
        reference = shownReference;
        letterStatus.set("");
        if (shownReference == null) {
            licence.set(Optional.empty());
            return;
        }
        BackgroundTask.wrap(() -> source.licenceOf(shownReference))
                .withTitle(messages.format("licence.loading", shownReference))
                .onSuccess(found -> {
                    if (current == generation) {
                        licence.set(found);
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        licence.set(Optional.empty());
                        dialogs.showError(messages.get("licence.loadFailed.title"),
                                ErrorText.whatHappened(failure, messages),
                                messages.get("licence.loadFailed.whatToDo"), failure);
                    }
                })
                .executeWith(executor);
    }

    /** Asks where to save, then issues the letter and writes it, in the background. */
    public void saveLetter(LetterKind kind) {
        String shown = reference;
        if (shown == null || kind == null) {
            return;
        }
        Path target = letterTarget.apply(shown + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + ".pdf");
        if (target == null) {
            return;
        }
        BackgroundTask.wrap(() -> source.saveLetter(user, shown, kind, target))
                .withTitle(messages.format("licence.letter.saving", target.getFileName()))
                .onSuccess(sha256 -> letterStatus.set(messages.format("licence.letter.saved", target.getFileName(),
                        sha256)))
                .onFailure(failure -> dialogs.showError(messages.get("licence.letter.failed.title"),
                        ErrorText.whatHappened(failure, messages), messages.get("licence.letter.failed.whatToDo"),
                        failure))
                .executeWith(executor);
    }

    /** The actions on the shown application's licence, or on its appeal. */
    public LicenceActionsViewModel actions() {
        return actions;
    }

    public ReadOnlyObjectProperty<Optional<LicenceSource.Shown>> licenceProperty() {
        return licence.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty letterStatusProperty() {
        return letterStatus.getReadOnlyProperty();
    }
}
