package org.licensedesk.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.licensedesk.domain.User;

/**
 * What sign-in needs to know about an account: the user, the stored password (absent until one is set), the wrong
 * passwords in a row and the end of a lock.
 */
public record Credentials(User user, PasswordHash password, int failedSignIns, Instant lockedUntil) {
    public Credentials {
        Objects.requireNonNull(user, "user");
    }

    public Optional<PasswordHash> storedPassword() {
        return Optional.ofNullable(password);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
