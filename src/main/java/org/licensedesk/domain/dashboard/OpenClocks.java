package org.licensedesk.domain.dashboard;

import org.licensedesk.domain.DeadlineClock;

/** How many open applications share one deadline clock, and so one age in working days. */
public record OpenClocks(DeadlineClock clock, long count) {
}
