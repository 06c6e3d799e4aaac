package org.licensedesk.domain.workflow;

import java.time.Instant;
import java.util.Optional;

/**
 * Someone else changed the application after the user read it (optimistic locking): nothing was saved. The user
 * reloads the application and decides again; the screen keeps what they typed.
 */
public final class WorkflowConflictException extends WorkflowRefusedException {
    private final String reference;
    private final String changedBy;
    private final Instant changedAt;
    private final long currentVersion;

    public WorkflowConflictException(String message, String reference, String changedBy, Instant changedAt,
                                     long currentVersion) {
        super(message);
        this.reference = reference;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
    }

    public String reference() {
        return reference;
    }

    /** Username of whoever changed it last, when the row records it. */
    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }

    /** The version the application has now; reload it to act on this version. */
    public long currentVersion() {
        return currentVersion;
    }
}
