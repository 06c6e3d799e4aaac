package org.licensedesk.account;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * PBKDF2-HMAC-SHA256 (RFC 8018) for one 32-byte block, on the JDK's own SHA-256: the same bytes as the JDK's
 * {@code PBKDF2WithHmacSHA256} (the tests compare them), only cheaper to start. Why not the JDK's: at the app's
 * launch the JIT spent some 0.5 s of a two-core machine's CPU compiling the JDK's PBKDF2 loop twice (once mid-loop,
 * once whole, inlining all of {@code Mac}), beside the window it was trying to paint (issue 11, docs/benchmarks.md).
 * Here the key's padded blocks are digested once (RFC 2104's precomputation, two compressions an iteration instead of
 * four), and the loop is one small method that {@link #warmUp()} gets compiled before the first sign-in, in one piece.
 */
final class Pbkdf2Sha256 {
    static final int KEY_BYTES = 32;
    private static final int BLOCK_BYTES = 64;
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
        try {
            MessageDigest[] pads = keyedPads(key);
            byte[] first = Arrays.copyOf(salt, salt.length + 4);
            first[salt.length + 3] = 1; // INT(1): the first and only block
            byte[] u = hmac(pads, first);
            byte[] t = u.clone();
            iterate(pads[0], pads[1], u, t, iterations - 1);
            return t;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Runs {@link #iterate} as a sign-in will, so that HotSpot compiles it in one piece beforehand. */
    static void warmUp() {
        MessageDigest[] pads = keyedPads(new byte[KEY_BYTES]);
        byte[] u = new byte[KEY_BYTES];
        byte[] t = new byte[KEY_BYTES];
        for (int call = 0; call < WARM_UP_CALLS; call++) {
            iterate(pads[0], pads[1], u, t, WARM_UP_ROUNDS);
        }
    }

    /**
     * {@code count} more iterations: U = HMAC(U), T ^= U. The two digests hold the key XOR ipad and XOR opad already,
     * so each HMAC is a clone of each and one block apiece. The HMAC is written out here rather than shared with
     * {@link #hmac}: shared, HotSpot also compiled it on its own (C2 time 300-390 ms against 230-320, fresh JVMs).
     */
    static void iterate(MessageDigest inner, MessageDigest outer, byte[] u, byte[] t, int count) {
        try {
            for (int round = 0; round < count; round++) {
                MessageDigest innerRound = (MessageDigest) inner.clone();
                innerRound.update(u, 0, KEY_BYTES);
                innerRound.digest(u, 0, KEY_BYTES);
                MessageDigest outerRound = (MessageDigest) outer.clone();
                outerRound.update(u, 0, KEY_BYTES);
                outerRound.digest(u, 0, KEY_BYTES);
                for (int i = 0; i < KEY_BYTES; i++) {
                    t[i] ^= u[i];
                }
            }
        } catch (CloneNotSupportedException | DigestException e) {
            throw new IllegalStateException("The JDK's SHA-256 cannot be cloned or finished", e);
        }
    }

    private static byte[] hmac(MessageDigest[] pads, byte[] message) {
        try {
            MessageDigest inner = (MessageDigest) pads[0].clone();
            inner.update(message);
            MessageDigest outer = (MessageDigest) pads[1].clone();
            outer.update(inner.digest());
            return outer.digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The JDK's SHA-256 cannot be cloned", e);
        }
    }

    /** SHA-256 fed with the key XOR ipad, and with the key XOR opad (RFC 2104); a key longer than a block is hashed. */
    private static MessageDigest[] keyedPads(byte[] key) {
        byte[] shortKey = key.length > BLOCK_BYTES ? sha256().digest(key) : key;
        byte[] innerPad = new byte[BLOCK_BYTES];
        byte[] outerPad = new byte[BLOCK_BYTES];
        for (int i = 0; i < BLOCK_BYTES; i++) {
            byte keyByte = i < shortKey.length ? shortKey[i] : 0;
            innerPad[i] = (byte) (keyByte ^ 0x36);
            outerPad[i] = (byte) (keyByte ^ 0x5c);
        }
        MessageDigest inner = sha256();
        inner.update(innerPad);
        MessageDigest outer = sha256();
        outer.update(outerPad);
        Arrays.fill(innerPad, (byte) 0);
        Arrays.fill(outerPad, (byte) 0);
        if (shortKey != key) {
            Arrays.fill(shortKey, (byte) 0);
        }
        return new MessageDigest[] {inner, outer};
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
