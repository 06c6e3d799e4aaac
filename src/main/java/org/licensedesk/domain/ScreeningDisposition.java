package org.licensedesk.domain;

/** The assignee's verdict on a screening hit. */
public enum ScreeningDisposition {
    /** The party is the listed one: approval is blocked. */
    TRUE_MATCH,
    /** The names are alike but the party is someone else. */
    FALSE_POSITIVE
}
