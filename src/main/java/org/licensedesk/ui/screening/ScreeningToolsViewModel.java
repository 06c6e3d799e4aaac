package org.licensedesk.ui.screening;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.screening.ListFormat;
import org.licensedesk.screening.ScreeningService;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * File → Import screening list and Tools → Screening threshold, for supervisors: both screen the open
 * applications again in the background and then refresh the queue's flags.
 */
public final class ScreeningToolsViewModel {
    private final ScreeningToolsBackend backend;
    private final User user;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ScreeningToolDialogs questions;
    private final Runnable afterChange;

    public ScreeningToolsViewModel(ScreeningToolsBackend backend, User user, TaskExecutor executor,
            DialogService dialogs, Messages messages, ScreeningToolDialogs questions, Runnable afterChange) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.user = Objects.requireNonNull(user, "user");
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.questions = questions;
        this.afterChange = afterChange;
    }

    public boolean isAvailable() {
        return user.role() == UserRole.SUPERVISOR;
    }

    /**
     * Asks for the list's format and files (CSL: one CSV; OFAC: sdn.csv and alt.csv, add.csv too if at hand; MOFCOM:
     * one CSV of the control and watch lists).
     */
    public void importList() {
        if (!isAvailable()) {
            return;
        }
        Optional<ListFormat> format = questions.askListFormat();
        if (format.isEmpty()) {
            return;
        }
        boolean ofac = format.get() == ListFormat.OFAC;
        String chooser = switch (format.get()) {
            case CSL -> "screening.import.chooser.csl";
            case OFAC -> "screening.import.chooser.ofac";
            case MOFCOM -> "screening.import.chooser.mofcom";
        };
        List<Path> files = dialogs.chooseFiles(messages.get(chooser), messages.get("screening.import.chooser.filter"),
                List.of("*.csv", "*.CSV"), ofac);
        if (!files.isEmpty()) {
            importList(format.get(), files);
        }
    }

    public void importList(ListFormat format, List<Path> files) {
        BackgroundTask.wrap(() -> backend.importList(format, files, user))
                .withTitle(messages.format("screening.import.running", format.source()))
                .onSuccess(result -> {
                    dialogs.showInformation(messages.format("screening.import.done.title", result.source()),
                            messages.format("screening.import.done.message", result.entries(), result.aliases(),
                                    result.replaced(), result.rescreened(), result.applicationsWithHits()));
                    afterChange.run();
                })
                .onFailure(failure -> dialogs.showError(messages.get("screening.import.failed.title"),
                        ErrorText.whatHappened(failure, messages), messages.get("screening.import.failed.whatToDo"),
                        failure))
                .executeWith(executor);
    }

    /** Asks for the new threshold, showing the one in force, then sets it. */
    public void changeThreshold() {
        if (!isAvailable()) {
            return;
        }
        BackgroundTask.wrap(backend::threshold)
                .withTitle(messages.get("screening.threshold.loading"))
                .onSuccess(current -> questions.askThreshold(current, ScreeningService.MIN_THRESHOLD,
                        ScreeningService.MAX_THRESHOLD).filter(chosen -> chosen != current).ifPresent(this::setThreshold))
                .onFailure(failure -> dialogs.showError(messages.get("screening.threshold.failed.title"),
                        ErrorText.whatHappened(failure, messages), messages.get("screening.threshold.failed.whatToDo"),
                        failure))
                .executeWith(executor);
    }

    public void setThreshold(int threshold) {
        BackgroundTask.wrap(() -> backend.setThreshold(threshold, user))
                .withTitle(messages.format("screening.threshold.running", threshold))
                .onSuccess(change -> {
                    dialogs.showInformation(messages.get("screening.threshold.done.title"),
                            messages.format("screening.threshold.done.message", change.from(), change.to(),
                                    change.rescreened(), change.applicationsWithHits()));
                    afterChange.run();
                })
                .onFailure(failure -> dialogs.showError(messages.get("screening.threshold.failed.title"),
                        ErrorText.whatHappened(failure, messages), messages.get("screening.threshold.failed.whatToDo"),
                        null))
                .executeWith(executor);
    }
}
