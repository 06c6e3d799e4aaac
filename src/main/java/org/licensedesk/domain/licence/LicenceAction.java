package org.licensedesk.domain.licence;

import java.util.Optional;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;

/**
 * What an official may do to a licence after issue (Art. 18(4), 20), and whether the rules let them. Suspending,
 * reinstating and revoking are supervisors' decisions; recording a surrender the holder asked for is any official's.
 */
public enum LicenceAction {
    SUSPEND(LicenceStatus.SUSPENDED, true),
    REINSTATE(LicenceStatus.ACTIVE, true),
    REVOKE(LicenceStatus.REVOKED, true),
    SURRENDER(LicenceStatus.SURRENDERED, false);

    /** The shortest reason accepted, as for the workflow's and the appeals' notes. */
    public static final int MIN_REASON = 10;

    private final LicenceStatus target;
    private final boolean supervisorsOnly;

    LicenceAction(LicenceStatus target, boolean supervisorsOnly) {
        this.target = target;
        this.supervisorsOnly = supervisorsOnly;
    }

    public LicenceStatus target() {
        return target;
    }

    /** Why {@code actor} may not take this action on a licence now {@code current}, or empty when they may. */
    public Optional<String> refusal(User actor, LicenceStatus current, String licenceNumber, String reason) {
        if (!actor.active()) {
            return Optional.of(actor.username() + " is deactivated and can change no licence.");
        }
        if (supervisorsOnly && actor.role() != UserRole.SUPERVISOR) {
            return Optional.of("Only a supervisor may " + verb() + " a licence; ask a supervisor to do it.");
        }
        boolean allowed = switch (this) {
            case SUSPEND -> current == LicenceStatus.ACTIVE;
            case REINSTATE -> current == LicenceStatus.SUSPENDED;
            case REVOKE, SURRENDER -> current == LicenceStatus.ACTIVE || current == LicenceStatus.SUSPENDED;
        };
        if (!allowed) {
            return Optional.of("Licence " + licenceNumber + " is " + current + "; " + switch (this) {
                case SUSPEND -> "only an ACTIVE licence can be suspended.";
                case REINSTATE -> "only a SUSPENDED licence can be reinstated.";
                case REVOKE -> "only an ACTIVE or SUSPENDED licence can be revoked.";
                case SURRENDER -> "only an ACTIVE or SUSPENDED licence can be surrendered.";
            });
        }
        if (reason == null || reason.strip().length() < MIN_REASON) {
            return Optional.of("Give the reason to " + verb() + " licence " + licenceNumber + " in at least "
                    + MIN_REASON + " characters; it goes into the audit trail"
                    + (this == SURRENDER ? " (the holder's request)." : "."));
        }
        return Optional.empty();
    }

    private String verb() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
