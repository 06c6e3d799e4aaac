package org.licensedesk.domain.account;

import java.util.Objects;

/**
 * A stored password: PBKDF2-HMAC-SHA256 of the password with the user's own random salt, and the iteration count it
 * was made with (kept per user, so the count can be raised later without locking anyone out).
 *
 * @param hashHex derived key, lowercase hex
 * @param saltHex salt, lowercase hex
 */
public record PasswordHash(String hashHex, String saltHex, int iterations) {
    public PasswordHash {
        Objects.requireNonNull(hashHex, "hashHex");
        Objects.requireNonNull(saltHex, "saltHex");
        if (iterations <= 0) {
            throw new IllegalArgumentException("iterations must be positive: " + iterations);
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[" + iterations + " iterations]"; // keep hashes out of logs
    }
}
