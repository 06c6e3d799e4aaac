package org.licensedesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The desk's PBKDF2 gives the JDK's bytes, so every stored hash still matches, and the published test vectors. */
class Pbkdf2Sha256Test {
    /** Short, not ASCII (UTF-8 of two and three bytes), one SHA-256 block exactly, longer (HMAC hashes it first). */
    static List<String> passwords() {
        return List.of("demo-pass-2026", "p", "пароль-密码-ü", "k".repeat(64), "k".repeat(65),
                "长".repeat(40));
    }

    @ParameterizedTest
    @MethodSource("passwords")
    void givesTheJdksBytesForPasswordsShortLongAndNotAscii(String password) throws Exception {
        Random random = new Random(password.hashCode());
        for (int iterations : new int[] {1, 2, 3, 1_000, 4_097}) {
            byte[] salt = new byte[16];
            random.nextBytes(salt);

            assertThat(Pbkdf2Sha256.derive(password.toCharArray(), salt, iterations))
                    .as("%s, %d iterations", password, iterations)
                    .isEqualTo(jdk(password.toCharArray(), salt, iterations));
        }
    }

    @Test
    void givesTheJdksBytesAfterTheWarmUpAndForAnUnpairedSurrogate() throws Exception {
        Pbkdf2Sha256.warmUp();
        char[] lone = {'a', '\uD800', 'b'};
        byte[] salt = new byte[16];

        assertThat(Pbkdf2Sha256.derive(lone.clone(), salt, 50_000)).isEqualTo(jdk(lone, salt, 50_000));
    }

    @Test
    void matchesThePublishedVectorsOfRfc7914() {
        // RFC 7914, section 11: PBKDF2-HMAC-SHA256, P = "passwd", S = "salt", c = 1 and P = "Password", S = "NaCl",
        // c = 80000; the first 32 bytes of the 64 given.
        assertThat(HexFormat.of().formatHex(Pbkdf2Sha256.derive("passwd".toCharArray(), "salt".getBytes(), 1)))
                .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        assertThat(HexFormat.of().formatHex(Pbkdf2Sha256.derive("Password".toCharArray(), "NaCl".getBytes(), 80_000)))
                .isEqualTo("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56");
    }

    @Test
    void allocatesNothingPerIteration() {
        // A clone of the JDK's SHA-256 per HMAC had been ~1 KB an iteration: 600 MB a sign-in (issue 11).
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        char[] password = "demo-pass-2026".toCharArray();
        byte[] salt = new byte[16];
        Pbkdf2Sha256.derive(password, salt, 1_000);
        long before = threads.getCurrentThreadAllocatedBytes();
        Pbkdf2Sha256.derive(password, salt, 1_000);
        long few = threads.getCurrentThreadAllocatedBytes() - before;
        before = threads.getCurrentThreadAllocatedBytes();
        Pbkdf2Sha256.derive(password, salt, 200_000);
        long many = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(many - few).as("bytes allocated by 199,000 more iterations").isLessThan(16 * 1024);
    }

    @Test
    void refusesNoIterations() {
        assertThatThrownBy(() -> Pbkdf2Sha256.derive("p".toCharArray(), new byte[16], 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iterations must be positive");
    }

    private static byte[] jdk(char[] password, byte[] salt, int iterations) throws Exception {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }
}
