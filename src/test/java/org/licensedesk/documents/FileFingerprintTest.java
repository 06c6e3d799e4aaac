package org.licensedesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFingerprintTest {
    @TempDir
    Path folder;

    @Test
    void theSha256OfAFileIsTheStandardOne() throws Exception {
        Path file = Files.writeString(folder.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);

        // FIPS 180-2's example: SHA-256("abc").
        assertThat(FileFingerprint.sha256(file))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void fingerprintsCompareWhateverTheCaseOfTheirDigits() {
        assertThat(FileFingerprint.same("BA7816BF", " ba7816bf ")).isTrue();
        assertThat(FileFingerprint.same("ba7816bf", "ba7816be")).isFalse();
        assertThat(FileFingerprint.same(null, "ba7816bf")).isFalse();
    }

    @Test
    void aMissingFileIsRefusedSayingWhich() {
        Path missing = folder.resolve("gone.pdf");

        assertThatThrownBy(() -> FileFingerprint.sha256(missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("gone.pdf");
    }
}
