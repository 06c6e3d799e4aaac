package org.licensedesk.domain.dashboard;

import java.time.LocalDate;
import org.licensedesk.domain.ApplicationStatus;

/** How many decisions of one outcome fell on one day (in the desk's time zone), within the deadline or late. */
public record DecisionDay(LocalDate day, ApplicationStatus outcome, boolean withinDeadline, long count) {
}
