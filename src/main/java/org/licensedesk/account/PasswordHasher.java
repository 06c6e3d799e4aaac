package org.licensedesk.account;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import org.licensedesk.domain.account.PasswordHash;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 ({@link Pbkdf2Sha256}, allocation-free; the same bytes as the JDK's
 * {@code PBKDF2WithHmacSHA256}): a fresh random salt per password and at least
 * {@value #MIN_ITERATIONS} iterations, the OWASP 2023 figure for this function. One hash takes a noticeable fraction
 * of a second on purpose; never hash in a loop over many users.
 */
public final class PasswordHasher {
    public static final int MIN_ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;

    private final int iterations;
    private final SecureRandom random;

    /** The production hasher: {@value #MIN_ITERATIONS} iterations. */
    public PasswordHasher() {
        this(MIN_ITERATIONS);
    }

    /**
     * A hasher with more iterations than the minimum.
     *
     * @throws IllegalArgumentException below {@value #MIN_ITERATIONS}
     */
    public PasswordHasher(int iterations) {
        this(requireStrong(iterations), new SecureRandom());
    }

    private PasswordHasher(int iterations, SecureRandom random) {
        this.iterations = iterations;
        this.random = random;
    }

    /**
     * A deliberately weak hasher, only so that tests about something else need not spend half a second per user.
     * Never use it for a real database.
     */
    public static PasswordHasher weakForTests(int iterations) {
        if (iterations <= 0) {
            throw new IllegalArgumentException("iterations must be positive: " + iterations);
        }
        return new PasswordHasher(iterations, new SecureRandom());
    }

    private static int requireStrong(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("A password hash needs at least " + MIN_ITERATIONS
                    + " PBKDF2 iterations, not " + iterations);
        }
        return iterations;
    }

    /**
     * Runs the hash's loop on a throwaway key some thousands of times, so that the JIT has compiled it before the first
     * sign-in: run on a spare thread while the sign-in window waits, it takes the first hash from cold to warm
     * speed without weakening it.
     */
    public static void warmUp() {
        Pbkdf2Sha256.warmUp();
    }

    public int iterations() {
        return iterations;
    }

    /** Hashes a password with a new random salt. The caller still owns (and should clear) the array. */
    public PasswordHash hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        HexFormat hex = HexFormat.of();
        return new PasswordHash(hex.formatHex(Pbkdf2Sha256.derive(password, salt, iterations)), hex.formatHex(salt),
                iterations);
    }

    /** Whether the password is the one stored, compared in constant time, with the stored salt and iteration count. */
    public boolean matches(char[] password, PasswordHash stored) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(stored, "stored");
        HexFormat hex = HexFormat.of();
        byte[] expected = hex.parseHex(stored.hashHex());
        byte[] actual = Pbkdf2Sha256.derive(password, hex.parseHex(stored.saltHex()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of one check without a stored hash, so an unknown user name answers as slowly as a known one. */
    void spendCheckTime(char[] password) {
        Pbkdf2Sha256.derive(password, new byte[SALT_BYTES], iterations);
    }
}
