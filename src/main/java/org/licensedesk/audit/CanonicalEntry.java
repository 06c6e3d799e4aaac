package org.licensedesk.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.licensedesk.domain.AuditEntry;

/**
 * The RFC 8785 bytes of an entry without its hash, written straight from the entry's fields and one streaming pass
 * over its details (issue 11: hashing built a Jackson tree, wrote it as text and had the canonicalizer parse that
 * text again, for every entry checked). Only for what it can write exactly as the canonicalizer does: details made
 * of objects, arrays, strings, booleans, null and integers of at most 2^53; anything else (floats, huge integers,
 * text that is not one JSON object) answers null and the hasher takes the general way, which also refuses what
 * must be refused.
 */
final class CanonicalEntry {
    private static final long EXACT_INTEGERS = 1L << 53;
    private static final Object NULL = new Object();

    private final JsonFactory factory;

    CanonicalEntry(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * An entry's details as read from a stream (an exported file's entry): members in the order read, scalars in
     * their canonical form. {@code exact} is false when they hold a number the direct form cannot write exactly
     * (a float, an integer beyond 2^53): then the general way decides, from {@link #json()}.
     */
    static final class Details {
        private final Map<String, Object> members;
        private final boolean exact;

        private Details(Map<String, Object> members, boolean exact) {
            this.members = members;
            this.exact = exact;
        }

        /**
         * Reads the object the parser stands at (its START_OBJECT) up to its END_OBJECT, without a tree (issue 11:
         * the check of an exported file built a tree per entry and wrote its details out as text again).
         */
        static Details read(JsonParser parser) throws IOException {
            boolean[] exact = {true};
            @SuppressWarnings("unchecked")
            Map<String, Object> members = (Map<String, Object>) lenientValue(parser, exact);
            return new Details(members, exact[0]);
        }

        /** The details as JSON text, members in the order read, numbers as written: for the general way. */
        String json() {
            Utf8 out = new Utf8(256);
            value(out, members, false);
            return out.text();
        }
    }

    /** The canonical UTF-8 bytes, or null when the general way must decide. */
    byte[] bytes(AuditEntry entry) {
        return bytes(entry, details(entry.detailsJson()));
    }

    /** As {@link #bytes(AuditEntry)} with the details already read from a stream ({@link Details#read}). */
    byte[] bytes(AuditEntry entry, Details details) {
        return details.exact ? bytes(entry, (Object) details.members) : null;
    }

    private byte[] bytes(AuditEntry entry, Object details) {
        if (details == null || Math.abs(entry.seq()) > EXACT_INTEGERS) {
            return null;
        }
        // The members in the order RFC 8785 sorts them (UTF-16 code units).
        Utf8 out = new Utf8(512 + 3 * (entry.note().length() + entry.detailsJson().length()));
        out.append("{\"action\":");
        string(out, entry.action());
        out.append(",\"actor\":");
        string(out, entry.actor());
        out.append(",\"actorRole\":");
        string(out, entry.actorRole());
        out.append(",\"applicationRef\":");
        string(out, entry.applicationRef());
        out.append(",\"at\":");
        string(out, entry.at());
        out.append(",\"details\":");
        value(out, details, true);
        out.append(",\"fromStatus\":");
        string(out, entry.fromStatus());
        out.append(",\"note\":");
        string(out, entry.note());
        out.append(",\"prevHash\":");
        string(out, entry.prevHash());
        out.append(",\"seq\":");
        out.append(Long.toString(entry.seq()));
        out.append(",\"toStatus\":");
        string(out, entry.toStatus());
        out.append('}');
        return out.bytes();
    }

    /** The details as maps, lists and canonical scalars; null when the general way must decide. */
    private Object details(String json) {
        try (JsonParser parser = factory.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            boolean[] exact = {true};
            Object value = lenientValue(parser, exact);
            return !exact[0] || parser.nextToken() != null ? null : value;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The value the parser stands at, read to its end: maps (in the order read, a repeated name keeping its first
     * place and its last value, as a Jackson tree does), lists, strings, booleans, {@link #NULL}, exact integers,
     * and any other number as its text ({@link Written}), which clears {@code exact[0]}.
     */
    private static Object lenientValue(JsonParser parser, boolean[] exact) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    members.put(name, lenientValue(parser, exact));
                }
                return members;
            }
            case START_ARRAY: {
                List<Object> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(lenientValue(parser, exact));
                }
                return elements;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT: {
                JsonParser.NumberType type = parser.getNumberType();
                if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                    long number = parser.getLongValue();
                    if (Math.abs(number) <= EXACT_INTEGERS) {
                        return new Integral(number);
                    }
                }
                exact[0] = false;
                return new Written(parser.getText());
            }
            case VALUE_NUMBER_FLOAT:
                exact[0] = false;
                return new Written(parser.getText());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw new IOException("Unexpected " + token + " in an audit entry's details");
        }
    }

    /** Writes a value as JSON; {@code sorted}: members in RFC 8785's order (UTF-16 code units), else as read. */
    @SuppressWarnings("unchecked")
    private static void value(Utf8 out, Object value, boolean sorted) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> member : members((Map<String, Object>) map, sorted)) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, member.getKey());
                out.append(':');
                value(out, member.getValue(), sorted);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                value(out, list.get(i), sorted);
            }
            out.append(']');
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Integral integral) {
            out.append(Long.toString(integral.value()));
        } else if (value instanceof Written written) {
            out.append(written.text());
        } else if (value == NULL) {
            out.append("null");
        } else {
            out.append(String.valueOf(value));
        }
    }

    private static Iterable<Map.Entry<String, Object>> members(Map<String, Object> map, boolean sorted) {
        if (!sorted || map.size() < 2) {
            return map.entrySet();
        }
        List<Map.Entry<String, Object>> members = new ArrayList<>(map.entrySet());
        members.sort(Map.Entry.comparingByKey());
        return members;
    }

    /** A JSON string as RFC 8785 writes it: only quote, backslash and control characters escaped. */
    private static void string(Utf8 out, String text) {
        if (text == null) {
            out.append("null");
            return;
        }
        // Most strings need no escape: their UTF-8 bytes as the JDK encodes them (a lone surrogate as '?', as
        // below), copied whole. Character by character, this took a fifth of a file's check (issue 11, JFR).
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (needsNoEscape(utf8)) {
            out.append('"');
            out.append(utf8);
            out.append('"');
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"', '\\' -> {
                    out.append('\\');
                    out.append(c);
                }
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00");
                        out.append(Character.forDigit(c >> 4, 16));
                        out.append(Character.forDigit(c & 0xf, 16));
                    } else if (c < 0x80) {
                        out.append(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.codePoint(Character.toCodePoint(c, text.charAt(++i)));
                    } else {
                        out.codePoint(Character.isSurrogate(c) ? '?' : c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Whether UTF-8 bytes hold no quote, backslash or control character (bytes of other characters are negative). */
    private static boolean needsNoEscape(byte[] utf8) {
        for (byte b : utf8) {
            if (b >= 0 && (b < 0x20 || b == '"' || b == '\\')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical form's UTF-8 bytes, written as they are made (issue 11: a StringBuilder that grew, widened to
     * UTF-16 at the first Chinese character, was copied into a String and encoded again, for every entry). A lone
     * surrogate becomes '?', as {@link String#getBytes} with UTF-8 makes it.
     */
    private static final class Utf8 {
        private byte[] bytes;
        private int size;

        Utf8(int capacity) {
            bytes = new byte[capacity];
        }

        /** An ASCII character. */
        void append(char c) {
            room(1);
            bytes[size++] = (byte) c;
        }

        /** ASCII text. */
        void append(String ascii) {
            int length = ascii.length();
            room(length);
            for (int i = 0; i < length; i++) {
                bytes[size++] = (byte) ascii.charAt(i);
            }
        }

        /** Bytes already in UTF-8. */
        void append(byte[] utf8) {
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        void codePoint(int c) {
            room(4);
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xc0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3f);
            } else if (c < 0x10000) {
                bytes[size++] = (byte) (0xe0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[size++] = (byte) (0x80 | c & 0x3f);
            } else {
                bytes[size++] = (byte) (0xf0 | c >> 18);
                bytes[size++] = (byte) (0x80 | c >> 12 & 0x3f);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[size++] = (byte) (0x80 | c & 0x3f);
            }
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }

        String text() {
            return new String(bytes, 0, size, StandardCharsets.UTF_8);
        }
    }

    private record Integral(long value) {
    }

    /** A number the direct form does not write (a float, a huge integer), as its text: for the general way only. */
    private record Written(String text) {
    }
}
