package org.licensedesk.domain.workflow;

import java.time.LocalDate;
import java.util.Objects;
import org.licensedesk.domain.DeadlineClock;
import org.licensedesk.domain.WorkingDayCalendar;

/**
 * How long a decision took against the statutory time limit: working days from receipt to the decision, without
 * the days the clock was stopped waiting for the applicant.
 *
 * @param stoppedWorkingDays all days the clock was stopped, including a request for information still open
 */
public record DecisionTiming(LocalDate decidedOn, int workingDaysUsed, int stoppedWorkingDays, boolean withinDeadline) {

    public static DecisionTiming of(WorkflowState state, LocalDate decidedOn, WorkingDayCalendar calendar) {
        return of(state.deadlineClock(), decidedOn, calendar);
    }

    /** The timing of a decision on {@code decidedOn} of an application with this clock (the dashboards' medians). */
    public static DecisionTiming of(DeadlineClock clock, LocalDate decidedOn, WorkingDayCalendar calendar) {
        Objects.requireNonNull(decidedOn, "decidedOn");
        int stopped = clock.stoppedWorkingDays(calendar, decidedOn);
        int used = Math.max(0, calendar.workingDaysBetween(clock.receivedOn(), decidedOn) - stopped);
        // Same as decidedOn <= deadline date: the deadline is receivedOn + 45 + stopped working days.
        boolean within = used <= WorkingDayCalendar.DECISION_WORKING_DAYS;
        return new DecisionTiming(decidedOn, used, stopped, within);
    }
}
