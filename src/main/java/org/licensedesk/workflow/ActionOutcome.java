package org.licensedesk.workflow;

import java.util.Objects;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.workflow.WorkflowState;

/**
 * The result of a performed action: the application's new workflow state (with its new version, for the next action)
 * and the audit entry that records it.
 */
public record ActionOutcome(WorkflowState state, AuditEntry entry) {
    public ActionOutcome {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(entry, "entry");
    }
}
