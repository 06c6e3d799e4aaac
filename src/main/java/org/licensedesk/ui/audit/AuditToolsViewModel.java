package org.licensedesk.ui.audit;

import java.time.format.DateTimeFormatter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.licensedesk.audit.AuditScope;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.domain.User;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * File → Export audit and Tools → Verify: long work in the background with progress and Cancel, and a result the
 * official can act on (how many entries went where; the first broken entry and why).
 */
public final class AuditToolsViewModel {
    private final AuditBackend backend;
    private final User user;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final AuditDialogs audit;
    private final Clock clock;

    public AuditToolsViewModel(AuditBackend backend, User user, TaskExecutor executor, DialogService dialogs,
            Messages messages, AuditDialogs audit, Clock clock) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.user = Objects.requireNonNull(user, "user");
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = clock;
    }

    /** Opens the export form; the selected application is its default reference. */
    public void openExport(String selectedReference) {
        BackgroundTask.wrap(backend::users)
                .withTitle(messages.get("export.preparing"))
                .onSuccess(users -> audit.showExport(new AuditExportForm(messages, LocalDate.now(clock),
                        selectedReference, users.stream().sorted(Comparator.comparing(User::username)).toList(),
                        this::export)))
                .onFailure(failure -> dialogs.showError(messages.get("export.failed.title"),
                        ErrorText.whatHappened(failure, messages), messages.get("export.failed.whatToDo"), failure))
                .executeWith(executor);
    }

    /** Writes the entries of the scope to the file, in the background. */
    public void export(AuditScope scope, Path target) {
        new ExportJob(executor, dialogs, messages).start(messages.get("export.running"), audit::showProgress,
                (progress, cancelled) -> backend.export(scope, target, user, progress, cancelled));
    }

    /**
     * Tools → Audit checkpoint… (supervisors): asks where to save, then signs the chain's head in the background and
     * says which entry the file vouches for and where it went.
     */
    public void takeCheckpoint() {
        Path target = dialogs.chooseSaveFile(messages.get("checkpoint.chooser"), "licensedesk-checkpoint-"
                + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".json",
                messages.get("checkpoint.jsonFiles"), "*.json");
        if (target == null) {
            return;
        }
        BackgroundTask.wrap(() -> backend.takeCheckpoint(user, target))
                .withTitle(messages.get("checkpoint.running"))
                .onSuccess(taken -> dialogs.showInformation(messages.get("checkpoint.done.title"),
                        messages.format(taken.keyRegistered() ? "checkpoint.done.registered" : "checkpoint.done",
                                Long.toString(taken.headSeq()), taken.file().toString())))
                .onFailure(failure -> dialogs.showError(messages.get("checkpoint.failed.title"),
                        ErrorText.whatHappened(failure, messages), messages.get("checkpoint.failed.whatToDo"),
                        failure))
                .executeWith(executor);
    }

    /** Checks the whole hash chain in the database. */
    public void verifyDatabase() {
        LongJob job = new LongJob(messages.get("verify.database.running"));
        audit.showProgress(job);
        BackgroundTask.wrapWithProgress(progress -> backend.verifyDatabase(progress::update, job.cancelledSignal()))
                .withTitle(job.title())
                .onProgress(job::progressed)
                .onSuccess(result -> {
                    job.finished();
                    report(result, messages.get("verify.database.intact.title"),
                            messages.get("verify.database.broken.title"));
                })
                .onFailure(failure -> verifyFailed(job, failure))
                .executeWith(executor);
    }

    /** Checks an exported file on its own. */
    public void verifyFile(Path file) {
        LongJob job = new LongJob(messages.format("verify.file.running", file.getFileName().toString()));
        audit.showProgress(job);
        BackgroundTask.wrapWithProgress(progress -> backend.verifyFile(file, progress::update, job.cancelledSignal()))
                .withTitle(job.title())
                .onProgress(job::progressed)
                .onSuccess(result -> {
                    job.finished();
                    report(result, messages.get("verify.file.intact.title"), messages.get("verify.file.broken.title"));
                })
                .onFailure(failure -> verifyFailed(job, failure))
                .executeWith(executor);
    }

    private void report(ChainVerification result, String intactTitle, String brokenTitle) {
        if (result.ok()) {
            dialogs.showInformation(intactTitle, messages.format("verify.intact.message", result.entriesChecked(),
                    result.headSeq()));
        } else {
            String where = result.firstBrokenSeq() == null ? messages.get("verify.broken.noSeq")
                    : messages.format("verify.broken.seq", result.firstBrokenSeq());
            dialogs.showError(brokenTitle, where + " " + result.reason(), messages.get("verify.broken.whatToDo"));
        }
    }

    private void verifyFailed(LongJob job, Throwable failure) {
        job.finished();
        if (failure instanceof CancellationException) {
            dialogs.showInformation(messages.get("verify.cancelled.title"), messages.get("verify.cancelled.message"));
        } else {
            dialogs.showError(messages.get("verify.failed.title"), ErrorText.whatHappened(failure, messages),
                    messages.get("verify.failed.whatToDo"), failure);
        }
    }
}
