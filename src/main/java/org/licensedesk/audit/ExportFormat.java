package org.licensedesk.audit;

/** What an export writes: the verifiable audit JSON, or a CSV sheet of the same entries for spreadsheets. */
public enum ExportFormat {
    JSON,
    CSV
}
