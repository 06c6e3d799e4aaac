package org.licensedesk.domain;

/** What a signed-in official may do: reviewers work cases, supervisors also countersign and administer. */
public enum UserRole {
    REVIEWER,
    SUPERVISOR
}
