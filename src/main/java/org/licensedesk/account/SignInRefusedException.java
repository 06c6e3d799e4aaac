package org.licensedesk.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Sign-in did not succeed; the message says why and what to do, the reason lets a screen react. */
public final class SignInRefusedException extends RuntimeException {

    /** Why sign-in was refused. */
    public enum Reason {
        /** No such user or a wrong password: deliberately one answer for both. */
        WRONG_CREDENTIALS,
        /** Too many wrong passwords in a row; see {@link #lockedUntil()}. */
        LOCKED,
        /** The account was deactivated by a supervisor. */
        INACTIVE,
        /** No password was ever set for the account. */
        NO_PASSWORD,
        /** The account's row disagrees with the audit trail (its role, or a deactivation): see the message. */
        TRAIL_MISMATCH
    }

    private final Reason reason;
    private final Instant lockedUntil;

    public SignInRefusedException(Reason reason, String message, Instant lockedUntil) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.lockedUntil = lockedUntil;
    }

    public Reason reason() {
        return reason;
    }

    /** Until when the account is locked, if it is. */
    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }
}
