package org.licensedesk.ui.audit;

import java.util.concurrent.CancellationException;
import org.licensedesk.audit.ExportResult;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;

/**
 * How an audit export ended, told the same way wherever it was started (File → Export audit, the History window):
 * how many entries went to which file, that Cancel left nothing behind, or what went wrong and what to do.
 */
public final class ExportReport {
    private final DialogService dialogs;
    private final Messages messages;

    public ExportReport(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void succeeded(LongJob job, ExportResult result) {
        job.finished();
        dialogs.showInformation(messages.get("export.done.title"),
                messages.format("export.done.message", result.entryCount(), result.file().toString()));
    }

    public void failed(LongJob job, Throwable failure) {
        job.finished();
        if (failure instanceof CancellationException) {
            dialogs.showInformation(messages.get("export.cancelled.title"), messages.get("export.cancelled.message"));
        } else {
            dialogs.showError(messages.get("export.failed.title"), ErrorText.whatHappened(failure, messages),
                    messages.get("export.failed.whatToDo"), failure);
        }
    }
}
