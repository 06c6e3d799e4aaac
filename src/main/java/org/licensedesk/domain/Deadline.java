package org.licensedesk.domain;

import java.time.LocalDate;

/**
 * The statutory decision date of an application and where today stands against it.
 *
 * @param workingDaysLeft working days from today to the deadline; zero on the day itself, negative once passed
 * @param provisional     true when a year the official calendar does not cover was counted as plain weekdays
 * @param noStatutoryLimit true while the 45-working-day limit does not apply (a referral to the State Council,
 *                        Regulations Art. 17(2)): the date is then only the clock's reference, never passed or near
 */
public record Deadline(LocalDate date, int workingDaysLeft, boolean provisional, boolean noStatutoryLimit) {

    public Deadline(LocalDate date, int workingDaysLeft, boolean provisional) {
        this(date, workingDaysLeft, provisional, false);
    }

    /** The same deadline with no statutory limit (Regulations Art. 17(2)). */
    public Deadline withoutStatutoryLimit() {
        return new Deadline(date, workingDaysLeft, provisional, true);
    }

    /** Days left at which the queue starts warning. */
    public static final int NEAR_THRESHOLD = 10;

    public boolean isPassed() {
        return !noStatutoryLimit && workingDaysLeft < 0;
    }

    public boolean isNear() {
        return !noStatutoryLimit && workingDaysLeft >= 0 && workingDaysLeft <= NEAR_THRESHOLD;
    }
}
