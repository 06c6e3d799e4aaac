package org.licensedesk.demo;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;

/**
 * The demo officials as stored, to act as in the generated history. On a database where a demo account was
 * deactivated (or given another role) before the demo data was added, another active official of the role stands
 * in, so the workflow's checks still pass.
 */
final class DemoOfficials {
    /** Enters new applications in the history; a supervisor, as intake is a supervisor's job in the demo office. */
    static final String INTAKE = "zhang.min";

    private final List<User> reviewers;
    private final List<User> supervisors;
    private final User intake;

    /** @param stored the demo officials as read back from the database, whatever their state */
    DemoOfficials(List<User> stored) {
        this.reviewers = active(stored, UserRole.REVIEWER);
        this.supervisors = active(stored, UserRole.SUPERVISOR);
        User named = stored.stream().filter(u -> u.username().equals(INTAKE)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The demo official " + INTAKE + " is not stored"));
        this.intake = supervisors.contains(named) || supervisors.isEmpty() ? named : supervisors.get(0);
    }

    private static List<User> active(List<User> users, UserRole role) {
        return users.stream().filter(u -> u.active() && u.role() == role).toList();
    }

    User intake() {
        return intake;
    }

    /** The named reviewer when active, else a stand-in picked by name; empty when no reviewer is active. */
    Optional<User> reviewer(String username) {
        if (reviewers.isEmpty()) {
            return Optional.empty();
        }
        for (User reviewer : reviewers) {
            if (reviewer.username().equals(username)) {
                return Optional.of(reviewer);
            }
        }
        return Optional.of(reviewers.get(Math.floorMod(username == null ? 0 : username.hashCode(), reviewers.size())));
    }

    /**
     * The supervisor who gives the second countersignature after {@code first} (issue 13): the next one by list order,
     * so the choice costs the history no random draw; empty when {@code first} is the only active supervisor.
     */
    Optional<User> secondSupervisor(User first) {
        if (supervisors.size() < 2) {
            return Optional.empty();
        }
        int at = supervisors.indexOf(first);
        return Optional.of(supervisors.get((at + 1) % supervisors.size()));
    }

    /** Any active supervisor; empty when there is none. */
    Optional<User> supervisor(SplittableRandom random) {
        return supervisors.isEmpty() ? Optional.empty()
                : Optional.of(supervisors.get(random.nextInt(supervisors.size())));
    }
}
