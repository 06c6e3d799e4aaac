package org.licensedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.core.JsonParser;
import org.licensedesk.domain.AuditEntry;

/**
 * The direct canonical form of an entry (issue 11) is byte for byte what the RFC 8785 canonicalizer makes of the
 * entry's Jackson tree, so hashes and exported files verify as before.
 */
class CanonicalEntryTest {
    private final AuditHasher hasher = new AuditHasher();
    private final CanonicalEntry direct = new CanonicalEntry(new AuditEntryJson().mapper().getFactory());

    static List<String> details() {
        return List.of(
                "{}",
                "{\"b\":1,\"a\":\"x\",\"A\":true,\"_\":null,\"aa\":false}",
                "{\"nested\":{\"z\":[1,2,{\"y\":\"\\u0001\\u001f\\b\\f\\n\\r\\t\\\"\\\\/\"}],\"a\":[]},\"n\":-0}",
                "{\"big\":9007199254740992,\"neg\":-9007199254740992,\"k\":123456789}",
                "{\"chinese\":\"赣州稀土集团有限公司\""
                        + ",\"emoji\":\"\uD83D\uDE00\",\"line\":\"\u2028\u2029\u007f\"}",
                "{\"\u00e9\":1,\"e\":2,\"\uD83D\uDE00\":3,\"\uFFFF\":4,\"z\":5}",
                "{\"dup\":1,\"dup\":\"last wins\"}",
                "{\"amount\":\"12.50\",\"quantities\":[\"1.000\",\"0.5\"],\"codes\":[\"1C902.a\",\"1C905.b\"]}",
                " { \"spaced\" : [ 1 , 2 ] } ",
                // Lone surrogates: UTF-8 has no bytes for them, so both ways write '?'.
                "{\"lone\":\"a\uD800b\uDC00c\uD83D\",\"\uDE00\":\"\u00ff\u07ff\u0800\uffff\"}");
    }

    @ParameterizedTest
    @MethodSource("details")
    void theDirectFormIsTheCanonicalizersForEveryKindOfDetail(String details) {
        AuditEntry entry = entry(details, "Note with \"quotes\", a tab\t, a newline\n and 中文.", "EXP-2026-000001");
        byte[] written = direct.bytes(entry);
        assertThat(written).isNotNull();
        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo(new String(hasher.canonicalByTree(entry), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("details")
    void detailsReadFromAStreamGiveTheSameBytesAsDetailsReadAsText(String details) throws Exception {
        AuditEntry entry = entry(details, "n", "EXP-2026-000001");
        CanonicalEntry.Details read = read(details);
        // An exported file's entry carries its details only in the read form.
        AuditEntry withoutText = entry("", "n", "EXP-2026-000001");
        assertThat(direct.bytes(withoutText, read)).isEqualTo(direct.bytes(entry));
        assertThat(hasher.hash(withoutText, read)).isEqualTo(hasher.hash(entry));
    }

    @Test
    void detailsTheDirectFormCannotWriteExactlyGoTheGeneralWayFromTheirReadForm() throws Exception {
        for (String details : List.of("{\"huge\":9007199254740993}", "{\"x\":12345678901234567890}",
                "{\"f\":1.5}", "{\"a\":[1,{\"f\":-2.5e3}]}")) {
            assertThat(direct.bytes(entry("", "n", null), read(details))).as(details).isNull();
        }
        AuditEntry huge = entry("{\"z\":1,\"huge\":9007199254740993}", "n", null);
        assertThat(hasher.hash(entry("", "n", null), read(huge.detailsJson()))).isEqualTo(hasher.hash(huge));
        // Refused as the tree refused it, naming the first float in the order written.
        AuditEntry floats = entry("{\"z\":1.5,\"a\":2.5}", "n", null);
        assertThatThrownBy(() -> hasher.hash(entry("", "n", null), read(floats.detailsJson())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(at /details/z)");
        assertThatThrownBy(() -> hasher.hash(floats))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(at /details/z)");
    }

    private static CanonicalEntry.Details read(String details) throws Exception {
        try (JsonParser parser = new AuditEntryJson().mapper().getFactory().createParser(details)) {
            parser.nextToken();
            return CanonicalEntry.Details.read(parser);
        }
    }

    @Test
    void nullFieldsAndRandomTextAgreeToo() {
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder note = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                int kind = random.nextInt(4);
                note.append(kind == 0 ? (char) random.nextInt(0x20)
                        : kind == 1 ? (char) (0x20 + random.nextInt(0x60))
                        : kind == 2 ? (char) (0x4e00 + random.nextInt(0x5000))
                        : (char) random.nextInt(0xD800));
            }
            String text = note.toString();
            AuditEntry entry = entry("{\"k" + i + "\":" + jsonString(text) + ",\"n\":" + (random.nextLong() >> 12)
                    + "}", text, i % 3 == 0 ? null : "EXP-" + i);
            assertThat(direct.bytes(entry)).isEqualTo(hasher.canonicalByTree(entry));
        }
    }

    /** Text with nothing to escape is copied as its UTF-8 bytes: Chinese, pairs and lone surrogates, DEL. */
    @Test
    void textWithNothingToEscapeAgreesToo() {
        Random random = new Random(12);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder note = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                int kind = random.nextInt(5);
                if (kind == 0) {
                    char c = (char) (0x20 + random.nextInt(0x60));
                    note.append(c == '"' || c == '\\' ? 'q' : c);
                } else if (kind == 1) {
                    note.append((char) (0x4e00 + random.nextInt(0x5000)));
                } else if (kind == 2) {
                    note.appendCodePoint(0x10000 + random.nextInt(0x10000));
                } else if (kind == 3) {
                    note.append((char) (0xD800 + random.nextInt(0x800)));
                } else {
                    note.append((char) (0x7f + random.nextInt(0x100)));
                }
            }
            String text = note.toString();
            AuditEntry entry = entry("{\"k\":" + jsonString(text) + "}", text, "EXP-" + i);
            assertThat(direct.bytes(entry)).isEqualTo(hasher.canonicalByTree(entry));
        }
    }

    @Test
    void whatTheDirectFormCannotWriteExactlyGoesTheGeneralWay() {
        for (String details : List.of("{\"huge\":9007199254740993}", "{\"x\":12345678901234567890}",
                "{\"f\":1.5}", "[1]", "\"text\"", "{\"a\":1} trailing", "not json", "{\"a\":")) {
            assertThat(direct.bytes(entry(details, "n", null))).as(details).isNull();
        }
        AuditEntry huge = entry("{\"huge\":9007199254740993}", "n", null);
        assertThat(hasher.canonical(huge)).isEqualTo(hasher.canonicalByTree(huge));
        assertThatThrownBy(() -> hasher.hash(entry("{\"f\":1.5}", "n", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("floating-point");
    }

    private static AuditEntry entry(String details, String note, String reference) {
        return new AuditEntry(42, "2026-12-05T10:37:10.000Z", reference, "NOTE_ADDED", "li.na", "REVIEWER",
                reference == null ? null : "UNDER_REVIEW", null, note, details, "0".repeat(64), null);
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
