package org.licensedesk.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands in the decision workflow. */
public enum ApplicationStatus {
    SUBMITTED,
    UNDER_REVIEW,
    INFO_REQUESTED,
    PENDING_COUNTERSIGN,
    APPROVED,
    DENIED,
    RETURNED,
    WITHDRAWN;

    private static final Set<ApplicationStatus> OPEN =
            EnumSet.of(SUBMITTED, UNDER_REVIEW, INFO_REQUESTED, PENDING_COUNTERSIGN);

    /** Open applications still need work; the others are final. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean isFinal() {
        return !isOpen();
    }

    public static Set<ApplicationStatus> openStatuses() {
        return EnumSet.copyOf(OPEN);
    }
}
