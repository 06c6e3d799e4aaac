package org.licensedesk.account;

/**
 * SHA-256's compression function (FIPS 180-4, section 6.2.2) on words rather than bytes, for {@link Pbkdf2Sha256}'s
 * loop: one 64-byte block into a given chaining state, with no object made per block. The JDK's SHA-256 has no way to
 * start from a saved state but a clone, and a clone per HMAC was 600 MB of garbage a sign-in (issue 11). The tests
 * compare it with the JDK's SHA-256 and PBKDF2.
 */
final class Sha256Compression {
    /** Words in a block's message schedule. */
    static final int SCHEDULE_WORDS = 64;
    /** Words in a chaining state (and a digest). */
    static final int STATE_WORDS = 8;
    /** SHA-256's initial hash value H(0); never written ({@link #initialState()} hands out copies). */
    private static final int[] INITIAL_STATE = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    private static final int[] ROUND_CONSTANTS = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

    private Sha256Compression() {
    }

    /** A copy of SHA-256's initial hash value H(0), the state before a message's first block. */
    static int[] initialState() {
        return INITIAL_STATE.clone();
    }

    /**
     * Compresses one block: {@code schedule[0..15]} holds the block as big-endian words (the rest is overwritten);
     * {@code into} gets {@code state} + the rounds' result. {@code into} may be {@code state}.
     */
    static void compress(int[] state, int[] schedule, int[] into) {
        for (int t = 16; t < SCHEDULE_WORDS; t++) {
            int early = schedule[t - 15];
            int late = schedule[t - 2];
            int sigma0 = Integer.rotateRight(early, 7) ^ Integer.rotateRight(early, 18) ^ (early >>> 3);
            int sigma1 = Integer.rotateRight(late, 17) ^ Integer.rotateRight(late, 19) ^ (late >>> 10);
            schedule[t] = schedule[t - 16] + sigma0 + schedule[t - 7] + sigma1;
        }
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        int e = state[4];
        int f = state[5];
        int g = state[6];
        int h = state[7];
        for (int t = 0; t < SCHEDULE_WORDS; t++) {
            int bigSigma1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
            int choose = (e & f) ^ (~e & g);
            int temp1 = h + bigSigma1 + choose + ROUND_CONSTANTS[t] + schedule[t];
            int bigSigma0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
            int majority = (a & b) ^ (a & c) ^ (b & c);
            int temp2 = bigSigma0 + majority;
            h = g;
            g = f;
            f = e;
            e = d + temp1;
            d = c;
            c = b;
            b = a;
            a = temp1 + temp2;
        }
        into[0] = state[0] + a;
        into[1] = state[1] + b;
        into[2] = state[2] + c;
        into[3] = state[3] + d;
        into[4] = state[4] + e;
        into[5] = state[5] + f;
        into[6] = state[6] + g;
        into[7] = state[7] + h;
    }
}
