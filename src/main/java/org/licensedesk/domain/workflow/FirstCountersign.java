package org.licensedesk.domain.workflow;

import java.util.Objects;
import org.licensedesk.domain.ApplicationStatus;

/**
 * The first of two countersignatures a rule requires ({@link CountersignRules}): who gave it and what they decided
 * (APPROVED or DENIED). The application stays PENDING_COUNTERSIGN until a second supervisor concurs.
 */
public record FirstCountersign(String by, ApplicationStatus decision) {
    public FirstCountersign {
        Objects.requireNonNull(by, "by");
        if (decision != ApplicationStatus.APPROVED && decision != ApplicationStatus.DENIED) {
            throw new IllegalArgumentException("A countersignature approves or denies, not " + decision);
        }
    }
}
