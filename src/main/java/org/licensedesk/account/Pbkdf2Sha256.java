package org.licensedesk.account;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * PBKDF2-HMAC-SHA256 (RFC 8018) for one 32-byte block: the same bytes as the JDK's {@code PBKDF2WithHmacSHA256}
 * (the tests compare them), at a fraction of its cost where it counts, a sign-in at the app's launch (issue 11).
 * The key's padded blocks are compressed once (RFC 2104's precomputation), so each iteration is two compressions
 * ({@link Sha256Compression}) on words, with nothing allocated. The JDK's SHA-256 can restart from a saved state only
 * through a clone: a clone per HMAC allocated some 600 MB per 600,000 iterations, whose fresh heap pages the kernel
 * zeroed and whose collections the launch waited for (docs/benchmarks.md, session of 7 Dec 21:50). The loop is one
 * small method that {@link #warmUp()} gets compiled before the first sign-in, in one piece.
 */
final class Pbkdf2Sha256 {
    static final int KEY_BYTES = 32;
    private static final int BLOCK_BYTES = 64;
    private static final int KEY_WORDS = KEY_BYTES / Integer.BYTES;
    /** Each iteration hashes a 64-byte pad block and a 32-byte U: its padding's length field, in bits. */
    private static final int ITERATION_MESSAGE_BITS = (BLOCK_BYTES + KEY_BYTES) * Byte.SIZE;
    /** The padding's first word after a 32-byte U: the bit 1 that ends the message. */
    private static final int END_OF_MESSAGE = 0x80000000;
    /** Calls and rounds each: enough calls for a whole-method C2 compile, too few rounds for a mid-loop one. */
    private static final int WARM_UP_CALLS = 2_000;
    private static final int WARM_UP_ROUNDS = 10;

    private Pbkdf2Sha256() {
    }

    /** The derived key: the password as UTF-8 (as the JDK encodes it), the salt, and the number of iterations. */
    static byte[] derive(char[] password, byte[] salt, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive: " + iterations);
        }
        byte[] key = utf8(password);
        byte[] innerPad = new byte[BLOCK_BYTES];
        byte[] outerPad = new byte[BLOCK_BYTES];
        int[] innerState = new int[Sha256Compression.STATE_WORDS];
        int[] outerState = new int[Sha256Compression.STATE_WORDS];
        int[] schedule = new int[Sha256Compression.SCHEDULE_WORDS];
        int[] u = new int[KEY_WORDS];
        int[] t = new int[KEY_WORDS];
        try {
            keyedPads(key, innerPad, outerPad);
            padState(innerPad, schedule, innerState);
            padState(outerPad, schedule, outerState);
            byte[] first = Arrays.copyOf(salt, salt.length + 4);
            first[salt.length + 3] = 1; // INT(1): the first and only block
            byte[] firstU = hmac(innerPad, outerPad, first);
            ByteBuffer.wrap(firstU).asIntBuffer().get(u);
            Arrays.fill(firstU, (byte) 0);
            System.arraycopy(u, 0, t, 0, KEY_WORDS);
            iterate(innerState, outerState, u, t, schedule, iterations - 1);
            ByteBuffer derived = ByteBuffer.allocate(KEY_BYTES); // big-endian, as SHA-256 writes its words
            derived.asIntBuffer().put(t);
            return derived.array();
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(innerPad, (byte) 0);
            Arrays.fill(outerPad, (byte) 0);
            Arrays.fill(innerState, 0);
            Arrays.fill(outerState, 0);
            Arrays.fill(schedule, 0);
            Arrays.fill(u, 0);
            Arrays.fill(t, 0);
        }
    }

    /** Runs {@link #iterate} as a sign-in will, so that HotSpot compiles it in one piece beforehand. */
    static void warmUp() {
        int[] innerState = Sha256Compression.initialState();
        int[] outerState = Sha256Compression.initialState();
        int[] schedule = new int[Sha256Compression.SCHEDULE_WORDS];
        int[] u = new int[KEY_WORDS];
        int[] t = new int[KEY_WORDS];
        for (int call = 0; call < WARM_UP_CALLS; call++) {
            iterate(innerState, outerState, u, t, schedule, WARM_UP_ROUNDS);
        }
    }

    /**
     * {@code count} more iterations: U = HMAC(U), T ^= U, on words. Each HMAC is two compressions of one padded block
     * (U, the end bit, zeros, the length of pad block + U), from the states that hold the key XOR ipad and XOR opad.
     */
    static void iterate(int[] innerState, int[] outerState, int[] u, int[] t, int[] schedule, int count) {
        for (int round = 0; round < count; round++) {
            padU(u, schedule);
            Sha256Compression.compress(innerState, schedule, u);
            padU(u, schedule);
            Sha256Compression.compress(outerState, schedule, u);
            for (int i = 0; i < KEY_WORDS; i++) {
                t[i] ^= u[i];
            }
        }
    }

    /** The one block of a 32-byte U after a pad block: U, then SHA-256's padding for 96 bytes in all. */
    private static void padU(int[] u, int[] schedule) {
        System.arraycopy(u, 0, schedule, 0, KEY_WORDS);
        schedule[KEY_WORDS] = END_OF_MESSAGE;
        for (int i = KEY_WORDS + 1; i < 15; i++) {
            schedule[i] = 0;
        }
        schedule[15] = ITERATION_MESSAGE_BITS;
    }

    /** SHA-256's state after the 64-byte pad block alone. */
    private static void padState(byte[] pad, int[] schedule, int[] state) {
        ByteBuffer.wrap(pad).asIntBuffer().get(schedule, 0, BLOCK_BYTES / Integer.BYTES);
        Sha256Compression.compress(Sha256Compression.initialState(), schedule, state);
    }

    /** HMAC-SHA256 of an arbitrary message, on the JDK's SHA-256: only U1, once a derivation. */
    private static byte[] hmac(byte[] innerPad, byte[] outerPad, byte[] message) {
        MessageDigest sha = sha256();
        sha.update(innerPad);
        sha.update(message);
        byte[] inner = sha.digest();
        sha.update(outerPad);
        sha.update(inner);
        Arrays.fill(inner, (byte) 0);
        return sha.digest();
    }

    /** The key XOR ipad and XOR opad (RFC 2104); a key longer than a block is hashed first. */
    private static void keyedPads(byte[] key, byte[] innerPad, byte[] outerPad) {
        byte[] shortKey = key.length > BLOCK_BYTES ? sha256().digest(key) : key;
        for (int i = 0; i < BLOCK_BYTES; i++) {
            byte keyByte = i < shortKey.length ? shortKey[i] : 0;
            innerPad[i] = (byte) (keyByte ^ 0x36);
            outerPad[i] = (byte) (keyByte ^ 0x5c);
        }
        if (shortKey != key) {
            Arrays.fill(shortKey, (byte) 0);
        }
    }

    /** The password's UTF-8 bytes without a String in between (a String cannot be cleared). */
    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }
}
