package org.licensedesk.domain;

import java.util.Objects;

/**
 * One link of the audit trail's hash chain, with exactly the fields of the export format.
 *
 * @param at             UTC instant as text, {@code yyyy-MM-ddTHH:mm:ss.SSSZ}
 * @param applicationRef the application concerned, or null for actions about no application
 * @param toStatus       null when the status does not change
 * @param detailsJson    the action's structured content as a JSON object text; {@code {}} when none
 * @param hash           SHA-256 of the RFC 8785 form of all the other fields
 */
public record AuditEntry(
        long seq,
        String at,
        String applicationRef,
        String action,
        String actor,
        String actorRole,
        String fromStatus,
        String toStatus,
        String note,
        String detailsJson,
        String prevHash,
        String hash) {

    /** The prevHash of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorRole, "actorRole");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(detailsJson, "detailsJson");
        Objects.requireNonNull(prevHash, "prevHash");
    }
}
