package org.licensedesk.domain.workflow;

import org.licensedesk.domain.AuditAction;

/** What the assigned reviewer proposes; a different supervisor decides. */
public enum Recommendation {
    APPROVAL,
    DENIAL;

    /** The audit action that records this recommendation. */
    public AuditAction action() {
        return this == APPROVAL ? AuditAction.RECOMMENDED_APPROVAL : AuditAction.RECOMMENDED_DENIAL;
    }
}
