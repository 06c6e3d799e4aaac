package org.licensedesk.domain;

import java.util.Objects;

/**
 * An open application as the Team view lists it under its reviewer: enough to recognise it and to reassign it.
 *
 * @param assignee username, or null when nobody holds it
 * @param version  the application's version when it was read, so a reassignment notices a change made meanwhile
 */
public record TeamCase(String reference, String applicantName, ApplicationStatus status, String assignee,
        Deadline deadline, long version) {
    public TeamCase {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(deadline, "deadline");
    }
}
