package org.licensedesk.store;

/** The last link of the audit chain: its seq (0 when empty) and hash. */
public record AuditEntryHead(long seq, String hash) {
}
