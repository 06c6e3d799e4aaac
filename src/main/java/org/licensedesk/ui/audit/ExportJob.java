package org.licensedesk.ui.audit;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.licensedesk.audit.ExportResult;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * An audit export in the background, run and told the same way wherever it was started (File → Export audit, the
 * History window): progress with Cancel, then how many entries went to which file, that Cancel left nothing behind,
 * or what went wrong and what to do.
 */
public final class ExportJob {
    /** The export itself, given where to report progress and how to learn of Cancel. */
    @FunctionalInterface
    public interface Work {
        ExportResult export(ProgressListener progress, BooleanSupplier cancelled) throws Exception;
    }

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    public ExportJob(TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Shows the job's progress as the caller's dialogs do, and runs the work in the background. */
    public void start(String title, Consumer<LongJob> showProgress, Work work) {
        LongJob job = new LongJob(title);
        showProgress.accept(job);
        BackgroundTask.wrapWithProgress(progress -> work.export(progress::update, job.cancelledSignal()))
                .withTitle(job.title())
                .onProgress(job::progressed)
                .onSuccess(result -> succeeded(job, result))
                .onFailure(failure -> failed(job, failure))
                .executeWith(executor);
    }

    private void succeeded(LongJob job, ExportResult result) {
        job.finished();
        dialogs.showInformation(messages.get("export.done.title"),
                messages.format("export.done.message", result.entryCount(), result.file().toString()));
    }

    private void failed(LongJob job, Throwable failure) {
        job.finished();
        if (failure instanceof CancellationException) {
            dialogs.showInformation(messages.get("export.cancelled.title"), messages.get("export.cancelled.message"));
        } else {
            dialogs.showError(messages.get("export.failed.title"), ErrorText.whatHappened(failure, messages),
                    messages.get("export.failed.whatToDo"), failure);
        }
    }
}
