package org.licensedesk.ui.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.licensedesk.domain.User;
import org.licensedesk.intake.ImportResult;
import org.licensedesk.intake.IntakeProblem;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.audit.LongJob;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * File → Import applications: imports an intake file in the background with progress and Cancel, then says
 * what came in, or lists every problem by JSON pointer when the file was refused (and nothing was written).
 */
public final class IntakeViewModel {
    /** Problems shown in the dialog; the rest are counted, since nobody reads a thousand lines in a dialog. */
    static final int PROBLEMS_SHOWN = 30;

    private final IntakeBackend backend;
    private final User user;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<LongJob> showProgress;
    private final Runnable afterImport;

    public IntakeViewModel(IntakeBackend backend, User user, TaskExecutor executor, DialogService dialogs,
            Messages messages, Consumer<LongJob> showProgress, Runnable afterImport) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.user = Objects.requireNonNull(user, "user");
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.showProgress = showProgress;
        this.afterImport = afterImport;
    }

    /** Asks for the intake file, then imports it. */
    public void chooseAndImport() {
        List<Path> chosen = dialogs.chooseFiles(messages.get("intake.chooser.title"),
                messages.get("intake.chooser.filter"), List.of("*.json"), false);
        if (!chosen.isEmpty()) {
            importFile(chosen.get(0));
        }
    }

    public void importFile(Path file) {
        LongJob job = new LongJob(messages.format("intake.running", file.getFileName().toString()));
        showProgress.accept(job);
        BackgroundTask.wrapWithProgress(progress -> backend.importFile(file, user, progress::update,
                        job.cancelledSignal()))
                .withTitle(job.title())
                .onProgress(job::progressed)
                .onSuccess(result -> {
                    job.finished();
                    report(result);
                })
                .onFailure(failure -> {
                    job.finished();
                    if (failure instanceof CancellationException) {
                        dialogs.showInformation(messages.get("intake.cancelled.title"),
                                messages.get("intake.cancelled.message"));
                    } else {
                        dialogs.showError(messages.get("intake.failed.title"), ErrorText.whatHappened(failure, messages),
                                messages.get("intake.failed.whatToDo"), failure);
                    }
                })
                .executeWith(executor);
    }

    private void report(ImportResult result) {
        if (!result.ok()) {
            dialogs.showError(messages.format("intake.refused.title", result.fileName()),
                    messages.format("intake.refused.message", result.problemCount()) + "\n\n" + problemLines(result),
                    messages.get("intake.refused.whatToDo"));
            return;
        }
        StringBuilder message = new StringBuilder(messages.format("intake.done.imported", result.imported()));
        if (!result.skippedReferences().isEmpty()) {
            message.append('\n').append(messages.format("intake.done.skipped", result.skippedReferences().size(),
                    String.join(", ", result.skippedReferences())));
        }
        if (!result.incompleteReferences().isEmpty()) {
            message.append('\n').append(messages.format("intake.done.incomplete",
                    String.join(", ", result.incompleteReferences())));
        }
        if (!result.flaggedReferences().isEmpty()) {
            message.append('\n').append(messages.format("screening.import.flagged",
                    result.flaggedReferences().size(), String.join(", ", result.flaggedReferences())));
        }
        dialogs.showInformation(messages.format("intake.done.title", result.fileName()), message.toString());
        afterImport.run();
    }

    private String problemLines(ImportResult result) {
        List<IntakeProblem> problems = result.problems();
        String shown = problems.stream().limit(PROBLEMS_SHOWN).map(IntakeProblem::line)
                .collect(Collectors.joining("\n"));
        long more = result.problemCount() - Math.min(problems.size(), PROBLEMS_SHOWN);
        return more > 0 ? shown + "\n" + messages.format("intake.refused.more", more) : shown;
    }
}
