package org.licensedesk.letter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * A decision letter's words before layout: a Chinese and an English section, each a title and paragraphs. Its
 * content SHA-256 (printed and in the QR code) is taken over these words, so a printed letter can be checked even
 * though the PDF file that carries it cannot hold its own hash.
 */
public record Letter(LetterKind kind, String reference, LocalDate issuedOn, Instant issuedAt, String titleZh,
                     String titleEn, List<Section> sections, String footer, List<String> hashCaptions) {

    public Letter {
        sections = List.copyOf(sections);
        hashCaptions = List.copyOf(hashCaptions);
    }

    /** One language's part of the letter. */
    public record Section(String title, List<String> paragraphs) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** The words as hashed: kind, reference, day, then each section's title and paragraphs, one per line. */
    public String canonicalText() {
        StringBuilder text = new StringBuilder().append(kind).append('\n').append(reference).append('\n')
                .append(issuedOn).append('\n');
        for (Section section : sections) {
            text.append(section.title()).append('\n');
            section.paragraphs().forEach(paragraph -> text.append(paragraph).append('\n'));
        }
        return text.toString();
    }

    public String contentSha256() {
        return sha256(canonicalText().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
