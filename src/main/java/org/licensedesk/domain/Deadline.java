package org.licensedesk.domain;

import java.time.LocalDate;

/**
 * The statutory decision date of an application and where today stands against it.
 *
 * @param workingDaysLeft working days from today to the deadline; zero on the day itself, negative once passed
 * @param provisional     true when a year the official calendar does not cover was counted as plain weekdays
 */
public record Deadline(LocalDate date, int workingDaysLeft, boolean provisional) {

    /** Days left at which the queue starts warning. */
    public static final int NEAR_THRESHOLD = 10;

    public boolean isPassed() {
        return workingDaysLeft < 0;
    }

    public boolean isNear() {
        return workingDaysLeft >= 0 && workingDaysLeft <= NEAR_THRESHOLD;
    }
}
