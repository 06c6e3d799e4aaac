package org.licensedesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The RFC 8785 bytes of an audit entry without its hash, for the chain yardsticks of {@link RawLimits}: issue 11
 * defines the raw limit of a verification as "canonical bytes + SHA-256 without the app's objects", so the
 * yardstick writes those bytes by hand from the columns (or an exported entry's fields) and compares the digest
 * with the stored hash, as a real check must. Details are read into TreeMaps (Java's String order is RFC 8785's
 * UTF-16 order). Only what the desk writes: objects, arrays, strings, booleans, null and integers; anything else
 * fails the yardstick rather than guess.
 */
final class RawCanonical {
    private static final JsonFactory JSON = new JsonFactory();

    private RawCanonical() {
    }

    /** The entry's canonical bytes; {@code details} as {@link #details(String)} or {@link #read(JsonParser)} gave. */
    static byte[] entry(long seq, String at, String applicationRef, String action, String actor, String actorRole,
            String fromStatus, String toStatus, String note, Object details, String prevHash) {
        StringBuilder out = new StringBuilder(512);
        out.append("{\"action\":");
        string(out, action);
        out.append(",\"actor\":");
        string(out, actor);
        out.append(",\"actorRole\":");
        string(out, actorRole);
        out.append(",\"applicationRef\":");
        string(out, applicationRef);
        out.append(",\"at\":");
        string(out, at);
        out.append(",\"details\":");
        value(out, details);
        out.append(",\"fromStatus\":");
        string(out, fromStatus);
        out.append(",\"note\":");
        string(out, note);
        out.append(",\"prevHash\":");
        string(out, prevHash);
        out.append(",\"seq\":").append(seq);
        out.append(",\"toStatus\":");
        string(out, toStatus);
        out.append('}');
        // A lone surrogate becomes '?', as the app's writer has it.
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A stored details column as maps, lists and scalars. */
    static Object details(String json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            return read(parser);
        }
    }

    /** The value the parser stands at, read to its end. */
    static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> members = new TreeMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    members.put(name, read(parser));
                }
                return members;
            }
            case START_ARRAY: {
                List<Object> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(read(parser));
                }
                return elements;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getLongValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("the yardstick writes no " + token + " in an entry's details");
        }
    }

    @SuppressWarnings("unchecked")
    private static void value(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> member : ((Map<String, Object>) map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, member.getKey());
                out.append(':');
                value(out, member.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                value(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof String text) {
            string(out, text);
        } else {
            // Long, Boolean or null: their JSON text is Java's.
            out.append(value);
        }
    }

    private static void string(StringBuilder out, String text) {
        if (text == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
