package org.licensedesk.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** The canonical UTF-8 bytes, or null when the general way must decide. */
    byte[] bytes(AuditEntry entry) {
        return bytes(entry, details(entry.detailsJson()));
    }

    /**
     * As {@link #bytes(AuditEntry)} with the details already read as a tree (an export's entry is): they are taken
     * from the tree, not written out as text and parsed again (issue 11, the check of an exported file).
     */
    byte[] bytes(AuditEntry entry, JsonNode detailsTree) {
        return detailsTree != null && detailsTree.isObject() ? bytes(entry, value(detailsTree)) : null;
    }

    private byte[] bytes(AuditEntry entry, Object details) {
        if (details == null) {
            return null;
        }
        // The members in the order RFC 8785 sorts them (UTF-16 code units).
        StringBuilder out = new StringBuilder(256 + entry.note().length() + entry.detailsJson().length());
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
        value(out, details);
        out.append(",\"fromStatus\":");
        string(out, entry.fromStatus());
        out.append(",\"note\":");
        string(out, entry.note());
        out.append(",\"prevHash\":");
        string(out, entry.prevHash());
        if (Math.abs(entry.seq()) > EXACT_INTEGERS) {
            return null;
        }
        out.append(",\"seq\":").append(entry.seq());
        out.append(",\"toStatus\":");
        string(out, entry.toStatus());
        out.append('}');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The details as sorted maps, lists and canonical scalars; null when the general way must decide. */
    private Object details(String json) {
        try (JsonParser parser = factory.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Object value = value(parser);
            return value == null || parser.nextToken() != null ? null : value;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> members = new TreeMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    Object member = value(parser);
                    if (member == null) {
                        return null;
                    }
                    members.put(name, member);
                }
                return members;
            }
            case START_ARRAY: {
                List<Object> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    Object element = value(parser);
                    if (element == null) {
                        return null;
                    }
                    elements.add(element);
                }
                return elements;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT: {
                JsonParser.NumberType type = parser.getNumberType();
                if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
                    return null;
                }
                long number = parser.getLongValue();
                return Math.abs(number) > EXACT_INTEGERS ? null : new Integral(number);
            }
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                return null;
        }
    }

    /** The same sorted maps, lists and canonical scalars from a tree; null when the general way must decide. */
    private static Object value(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT: {
                Map<String, Object> members = new TreeMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    Object member = value(field.getValue());
                    if (member == null) {
                        return null;
                    }
                    members.put(field.getKey(), member);
                }
                return members;
            }
            case ARRAY: {
                List<Object> elements = new ArrayList<>(node.size());
                for (JsonNode element : node) {
                    Object value = value(element);
                    if (value == null) {
                        return null;
                    }
                    elements.add(value);
                }
                return elements;
            }
            case STRING:
                return node.textValue();
            case NUMBER: {
                if (!node.isInt() && !node.isLong()) {
                    return null;
                }
                long number = node.longValue();
                return Math.abs(number) > EXACT_INTEGERS ? null : new Integral(number);
            }
            case BOOLEAN:
                return node.booleanValue();
            case NULL:
                return NULL;
            default:
                return null;
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
        } else if (value instanceof Integral integral) {
            out.append(integral.value());
        } else if (value == NULL) {
            out.append("null");
        } else {
            out.append(value);
        }
    }

    /** A JSON string as RFC 8785 writes it: only quote, backslash and control characters escaped. */
    private static void string(StringBuilder out, String text) {
        if (text == null) {
            out.append("null");
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
                case '"', '\\' -> out.append('\\').append(c);
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16))
                                .append(Character.forDigit(c & 0xf, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private record Integral(long value) {
    }
}
