package org.licensedesk.ui.audit;

/** The dialogs of the audit tools, behind an interface so the view model's tests need no window. */
public interface AuditDialogs {

    /** Shows the export form; choosing a file and confirming calls {@link AuditExportForm#confirm}. */
    void showExport(AuditExportForm form);

    /** Shows a job's progress with a Cancel button until the job has finished. */
    void showProgress(LongJob job);
}
