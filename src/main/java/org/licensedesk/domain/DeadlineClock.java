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
 * Stops of Regulations Art. 17(3) (identification, expert consultation, on-site verification) and a referral to the
 * State Council (Art. 17(2)) count exactly like a request for information; while referred there is no statutory
 * limit at all.
 *
 * @param clockStoppedOn the day a still-open request for information or other stop stopped the clock, or null
 * A party confirmed on MOFCOM's watch list lifts the limit too (Regulations Art. 26); the date stays for reference.
 *
 * @param stopReason     why the clock is stopped when it is not a request for information, else null
 * @param watchListed    a party is a true match on MOFCOM's watch list (column {@code watch_listed})
 */
public record DeadlineClock(LocalDate receivedOn, int stoppedWorkingDays, LocalDate clockStoppedOn,
                            ClockStop stopReason, boolean watchListed) {
    public DeadlineClock {
        Objects.requireNonNull(receivedOn, "receivedOn");
    }

    public DeadlineClock(LocalDate receivedOn, int stoppedWorkingDays, LocalDate clockStoppedOn,
                         ClockStop stopReason) {
        this(receivedOn, stoppedWorkingDays, clockStoppedOn, stopReason, false);
    }

    public DeadlineClock(LocalDate receivedOn, int stoppedWorkingDays, LocalDate clockStoppedOn) {
        this(receivedOn, stoppedWorkingDays, clockStoppedOn, null);
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
        Deadline deadline = calendar.deadline(receivedOn, WorkingDayCalendar.DECISION_WORKING_DAYS,
                stoppedWorkingDays(calendar, today), today);
        if (stopReason != null && stopReason.suspendsStatutoryLimit()) {
            return deadline.withoutStatutoryLimit(NoStatutoryLimit.STATE_COUNCIL_REFERRAL);
        }
        return watchListed ? deadline.withoutStatutoryLimit(NoStatutoryLimit.WATCH_LIST) : deadline;
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
