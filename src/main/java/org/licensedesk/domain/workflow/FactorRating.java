package org.licensedesk.domain.workflow;

/** A reviewer's finding on one review factor. */
public enum FactorRating {
    NO_CONCERN,
    CONCERN,
    NOT_APPLICABLE
}
