package org.licensedesk.domain.dashboard;

import org.licensedesk.domain.ApplicationStatus;

/**
 * How many applications with an item of this element were decided with this outcome.
 *
 * @param firstControlCode the element's lowest control code seen, to list elements in control-list order
 */
public record ElementOutcome(String elementSymbol, String firstControlCode, ApplicationStatus outcome,
        long applications) {
}
