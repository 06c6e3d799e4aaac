package org.licensedesk.domain.dashboard;

import java.time.LocalDate;

/**
 * How many decisions had this receipt day, decision day and stopped clock: all the working-day count of a decision
 * depends on, so equal spans are counted once.
 */
public record DecisionSpan(LocalDate receivedOn, LocalDate decidedOn, int stoppedWorkingDays, long count) {
}
