package org.licensedesk.domain;

import java.time.LocalDate;

/**
 * The statutory decision date of an application and where today stands against it.
 *
 * @param workingDaysLeft working days from today to the deadline; zero on the day itself, negative once passed
 * @param provisional     true when a year the official calendar does not cover was counted as plain weekdays
 * @param limitLifted     why the 45-working-day limit does not apply (a referral to the State Council, Regulations
 *                        Art. 17(2); a watch-list party, Art. 26), or null while it does: without a limit the date is
 *                        only the clock's reference, never passed or near
 */
public record Deadline(LocalDate date, int workingDaysLeft, boolean provisional, NoStatutoryLimit limitLifted) {

    public Deadline(LocalDate date, int workingDaysLeft, boolean provisional) {
        this(date, workingDaysLeft, provisional, null);
    }

    /** The same deadline with no statutory limit, for the given reason. */
    public Deadline withoutStatutoryLimit(NoStatutoryLimit why) {
        return new Deadline(date, workingDaysLeft, provisional, java.util.Objects.requireNonNull(why, "why"));
    }

    /** True while the 45-working-day limit does not apply. */
    public boolean noStatutoryLimit() {
        return limitLifted != null;
    }

    /** Days left at which the queue starts warning. */
    public static final int NEAR_THRESHOLD = 10;

    public boolean isPassed() {
        return limitLifted == null && workingDaysLeft < 0;
    }

    public boolean isNear() {
        return limitLifted == null && workingDaysLeft >= 0 && workingDaysLeft <= NEAR_THRESHOLD;
    }
}
