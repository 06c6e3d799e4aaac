package org.licensedesk.ui.history;

import java.nio.file.Path;
import java.util.Optional;
import org.licensedesk.audit.ExportFormat;
import org.licensedesk.ui.audit.LongJob;

/** The History window's own dialogs, behind an interface so its view model is tested without a toolkit. */
public interface HistoryDialogs {

    /** Asks where to save an export; empty when the user cancels. */
    Optional<Path> chooseExportFile(ExportFormat format, String suggestedName);

    /** Shows a job's progress with Cancel until it finishes. */
    void showProgress(LongJob job);
}
