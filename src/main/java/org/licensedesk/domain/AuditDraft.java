package org.licensedesk.domain;

import java.time.Instant;
import java.util.Objects;

/** An audit entry before it is sealed into the chain: everything but seq, prevHash and hash. */
public record AuditDraft(
        Instant at,
        String applicationRef,
        AuditAction action,
        String actor,
        UserRole actorRole,
        ApplicationStatus fromStatus,
        ApplicationStatus toStatus,
        String note,
        String detailsJson) {

    public AuditDraft {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorRole, "actorRole");
        Objects.requireNonNull(note, "note");
        detailsJson = detailsJson == null || detailsJson.isBlank() ? "{}" : detailsJson;
    }
}
