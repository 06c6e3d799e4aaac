package org.licensedesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.licensedesk.domain.account.PasswordHash;

/** The warm-up at start (StoreOpening) changes nothing about the hashes: same strength, same verdicts. */
class PasswordHasherTest {
    @Test
    void aHashAfterTheWarmUpIsAsStrongAndStillMatchesOnlyItsPassword() {
        PasswordHasher.warmUp();
        PasswordHasher.warmUp(); // twice: the throwaway key is not used up by the first

        PasswordHasher hasher = new PasswordHasher();
        PasswordHash hash = hasher.hash("demo-pass-2026".toCharArray());

        assertThat(hash.iterations()).isEqualTo(PasswordHasher.MIN_ITERATIONS);
        assertThat(hasher.matches("demo-pass-2026".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("demo-pass-2027".toCharArray(), hash)).isFalse();
    }
}
