package org.licensedesk.team;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.licensedesk.domain.ApplicationStatus;

/**
 * One line of the Team view: a reviewer's open applications by status, how many are near or past their deadline,
 * and the decisions of the last {@link TeamService#DECISION_DAYS} days. The line of the applications nobody holds
 * has no reviewer.
 *
 * @param username    null for the unassigned applications
 * @param displayName null for the unassigned applications
 * @param active      false for a deactivated reviewer who still holds open applications (to be reassigned)
 * @param nearing     open applications with 0 to {@link TeamService#NEARING_WORKING_DAYS} working days left
 * @param pastDeadline open applications whose deadline has passed
 */
public record ReviewerWorkload(String username, String displayName, boolean active,
        Map<ApplicationStatus, Integer> openByStatus, int nearing, int pastDeadline, int decidedRecently) {

    public ReviewerWorkload {
        openByStatus = Collections.unmodifiableMap(openByStatus.isEmpty()
                ? new EnumMap<>(ApplicationStatus.class) : new EnumMap<>(openByStatus));
    }

    public boolean isUnassigned() {
        return username == null;
    }

    public int open(ApplicationStatus status) {
        return openByStatus.getOrDefault(status, 0);
    }

    public int open() {
        return openByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }
}
