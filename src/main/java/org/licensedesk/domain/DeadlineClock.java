package org.licensedesk.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an application's deadline depends on: the day it was received and the working days its clock
 * was stopped while the applicant was asked for information (finished requests, plus a running one).
 *
 * @param clockStoppedOn the day a still-open request for information stopped the clock, or null
 */
public record DeadlineClock(LocalDate receivedOn, int stoppedWorkingDays, LocalDate clockStoppedOn) {
    public DeadlineClock {
        Objects.requireNonNull(receivedOn, "receivedOn");
    }

    public static DeadlineClock running(LocalDate receivedOn) {
        return new DeadlineClock(receivedOn, 0, null);
    }

    /** All working days stopped as of today, the running stop included. */
    public int stoppedWorkingDays(WorkingDayCalendar calendar, LocalDate today) {
        int running = clockStoppedOn == null ? 0 : Math.max(0, calendar.workingDaysBetween(clockStoppedOn, today));
        return stoppedWorkingDays + running;
    }

    /** The statutory decision date as it stands today, pushed back by every day the clock was stopped. */
    public Deadline deadline(WorkingDayCalendar calendar, LocalDate today) {
        return calendar.deadline(receivedOn, WorkingDayCalendar.DECISION_WORKING_DAYS,
                stoppedWorkingDays(calendar, today), today);
    }

    /**
     * Deadlines as of {@code today}, each distinct clock computed once: many applications share a received date and
     * stopped days. Not thread-safe; one per listing.
     */
    public static Function<DeadlineClock, Deadline> deadlinesAsOf(WorkingDayCalendar calendar, LocalDate today) {
        Map<DeadlineClock, Deadline> cache = new HashMap<>();
        return clock -> cache.computeIfAbsent(clock, c -> c.deadline(calendar, today));
    }
}
