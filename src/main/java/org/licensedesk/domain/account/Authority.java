package org.licensedesk.domain.account;

import java.util.Optional;
import org.licensedesk.domain.ShownText;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;

/**
 * Who may do something that is not a workflow action (those follow {@code WorkflowRules}): any active official, or
 * only an active supervisor. Judged on the official as the store knows them now, so a deactivation or a change of
 * role since they signed in counts.
 */
public enum Authority {
    ANY_ACTIVE,
    SUPERVISOR;

    /**
     * Why {@code username} may not {@code what} ("replace a screening list"), or empty when they may.
     *
     * @param stored the official as stored now, or empty when there is no such account
     */
    public Optional<String> refusal(Optional<User> stored, String username, String what) {
        if (stored.isEmpty()) {
            return Optional.of("There is no account " + ShownText.shown(username) + "; you cannot " + what + ".");
        }
        if (!stored.get().active()) {
            return Optional.of("The account " + username + " has been deactivated; it cannot " + what + " any more.");
        }
        if (this == SUPERVISOR && stored.get().role() != UserRole.SUPERVISOR) {
            return Optional.of("Only a supervisor may " + what + "; " + username + " is a reviewer. Ask a supervisor.");
        }
        return Optional.empty();
    }
}
