package org.licensedesk.roles;

import java.util.function.Function;
import org.licensedesk.domain.User;
import org.licensedesk.store.Transaction;

/**
 * A second opinion on an account as stored: the audit trail's record of its role and whether it is active
 * ({@code audit.TrailAgreement}). {@link Officials} asks it after reading the row, so an UPDATE of the users table
 * outside LicenseDesk does not make anyone a supervisor.
 */
@FunctionalInterface
public interface AccountCheck {
    /** Trusts the row alone: for tests of other rules. */
    AccountCheck NONE = (transaction, stored, refused) -> { };

    /**
     * @throws RuntimeException made by {@code refused} from a sentence when the row disagrees with the trail
     */
    void check(Transaction transaction, User stored, Function<String, ? extends RuntimeException> refused);
}
