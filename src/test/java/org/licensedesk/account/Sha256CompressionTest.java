package org.licensedesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written compression gives the JDK's SHA-256 for every one-block message, from the standard start. */
class Sha256CompressionTest {
    @Test
    void givesTheJdksDigestOfEveryOneBlockMessageLength() throws Exception {
        Random random = new Random(20261207);
        for (int length = 0; length <= 55; length++) { // 55 bytes + the end bit + the 8-byte length fill one block
            for (int sample = 0; sample < 20; sample++) {
                byte[] message = new byte[length];
                random.nextBytes(message);

                assertThat(digestByCompression(message)).as("%d bytes", length)
                        .isEqualTo(MessageDigest.getInstance("SHA-256").digest(message));
            }
        }
    }

    @Test
    void mayWriteIntoTheStateItStartsFrom() throws Exception {
        byte[] message = "abc".getBytes();
        int[] schedule = paddedBlock(message);
        int[] state = Sha256Compression.initialState();

        Sha256Compression.compress(state, schedule, state);

        assertThat(bytes(state)).isEqualTo(MessageDigest.getInstance("SHA-256").digest(message));
        assertThat(Sha256Compression.initialState()[0]).as("a copy each time").isEqualTo(0x6a09e667);
    }

    private static byte[] digestByCompression(byte[] message) {
        int[] into = new int[Sha256Compression.STATE_WORDS];
        Sha256Compression.compress(Sha256Compression.initialState(), paddedBlock(message), into);
        return bytes(into);
    }

    /** FIPS 180-4, 5.1.1: the message, a 1 bit, zeros, its length in bits as 64 bits; as 16 words and room for 48. */
    private static int[] paddedBlock(byte[] message) {
        ByteBuffer block = ByteBuffer.allocate(64);
        block.put(message).put((byte) 0x80);
        block.putLong(56, message.length * 8L);
        int[] schedule = new int[Sha256Compression.SCHEDULE_WORDS];
        block.rewind();
        block.asIntBuffer().get(schedule, 0, 16);
        return schedule;
    }

    private static byte[] bytes(int[] words) {
        ByteBuffer out = ByteBuffer.allocate(words.length * 4);
        out.asIntBuffer().put(words);
        return out.array();
    }
}
