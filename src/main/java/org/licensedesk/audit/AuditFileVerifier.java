package org.licensedesk.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.licensedesk.domain.FileTrouble;
import org.licensedesk.json.JsonFailure;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.json.JsonMapper;

/**
 * Checks an exported audit file on its own, without the database: the format, every entry's hash, the links
 * between consecutive entries, the order, the count and the chain's head. Reads as a stream, one entry at a
 * time, so files of millions of entries take constant memory. A file that is not an export is reported as a
 * failed check, not thrown.
 */
public final class AuditFileVerifier {
    private static final List<String> ENTRY_FIELDS = List.of("seq", "at", "applicationRef", "action", "actor",
            "actorRole", "fromStatus", "toStatus", "note", "details", "prevHash", "hash");
    private static final Set<String> NULLABLE_FIELDS = Set.of("applicationRef", "fromStatus", "toStatus");
    private static final List<String> HEADER_FIELDS = List.of("format", "formatVersion", "exportedAt",
            "exportedBy", "scope", "chain");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    private static final int PROGRESS_STEP = 1000;
    private static final int SEQ = ENTRY_FIELDS.indexOf("seq");
    private static final int DETAILS = ENTRY_FIELDS.indexOf("details");
    /** A field's JSON null, and a value of a type the format does not have for the field. */
    private static final Object JSON_NULL = new Object();
    private static final Object OTHER = new Object();

    /** The streaming parser a mapper's factory would make, without building the mapper (issue 11). */
    private final JsonFactory factory = new JsonFactory();
    private final AuditHasher hasher = new AuditHasher();
    /**
     * Only for values the format does not have (a float, a huge integer, an entry that is not an object): made the
     * first time a file holds one. Building it took 0.3-0.6 s of every check of a file (issue 11).
     */
    private ObjectMapper mapper;

    public ChainVerification verify(Path file) {
        return verify(file, ProgressListener.NONE, () -> false);
    }

    /**
     * Checks a file, reporting progress in bytes read.
     *
     * @throws CancellationException when {@code cancelled} turns true before the check ends
     */
    public ChainVerification verify(Path file, ProgressListener progress, BooleanSupplier cancelled) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return ChainVerification.broken(0, 0, null, "The file " + file + " cannot be read ("
                    + FileTrouble.reason(e) + ")");
        }
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = factory.createParser(in)) {
            // Two values for one field would let two readers see two different entries.
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            return new Reading(parser, size, progress, cancelled).read();
        } catch (IOException e) {
            return ChainVerification.broken(0, 0, null, "The file " + file + " cannot be read ("
                    + FileTrouble.reason(e) + ")");
        }
    }

    /** The state of one file's check. */
    private final class Reading {
        private final JsonParser parser;
        private final long size;
        private final ProgressListener progress;
        private final BooleanSupplier cancelled;
        private final List<String> seen = new ArrayList<>();
        private AuditScope scope;
        private long headSeq;
        private String headHash;
        private Long entryCount;
        private ChainCheck check;
        private long entries;

        Reading(JsonParser parser, long size, ProgressListener progress, BooleanSupplier cancelled) {
            this.parser = parser;
            this.size = size;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        ChainVerification read() throws IOException {
            try {
                return readExport();
            } catch (Refusal refusal) {
                return ChainVerification.broken(check == null ? 0 : check.checked(), headSeq, refusal.seq,
                        refusal.getMessage());
            } catch (JsonProcessingException e) {
                return ChainVerification.broken(check == null ? 0 : check.checked(), headSeq, null,
                        "The file is not a LicenseDesk audit export: it is not valid JSON at "
                                + JsonFailure.where(e, parser) + ": " + JsonFailure.what(e));
            }
        }

        private ChainVerification readExport() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new Refusal(null, "The file is not a LicenseDesk audit export: it does not hold a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if ("entries".equals(field)) {
                    readEntries();
                } else {
                    readHeaderField(field, tree());
                }
                seen.add(field);
            }
            if (parser.nextToken() != null) {
                throw new Refusal(null, "The file has more content after the export's closing brace");
            }
            for (String field : List.of("format", "formatVersion", "exportedAt", "exportedBy", "scope", "chain",
                    "entries", "entryCount")) {
                if (!seen.contains(field)) {
                    throw new Refusal(null, "The file is not a complete LicenseDesk audit export: it has no \""
                            + field + "\"");
                }
            }
            if (entryCount != entries) {
                throw new Refusal(null, "The file says it holds " + entryCount + " entries but it holds " + entries);
            }
            if (scope.kind() == AuditScope.Kind.ALL && check.lastSeq() < headSeq) {
                throw new Refusal(check.lastSeq() + 1, "Entry " + (check.lastSeq() + 1) + " is missing: the file "
                        + "exports all entries up to entry " + headSeq + " but its entries end "
                        + (check.lastSeq() == 0 ? "before entry 1" : "at entry " + check.lastSeq()));
            }
            progress.update(size, size);
            return ChainVerification.intact(check.checked(), headSeq, entries == 0
                    ? "The file holds no entries; its header is in order"
                    : "All " + entries + " entries in the file are intact, and linked wherever consecutive entries "
                            + "are present");
        }

        private void readHeaderField(String field, JsonNode value) {
            switch (field) {
                case "format":
                    if (!AuditExporter.FORMAT.equals(value.textValue())) {
                        throw new Refusal(null, "The file is not a LicenseDesk audit export: its format is " + value);
                    }
                    break;
                case "formatVersion":
                    if (!value.isIntegralNumber() || value.asLong() != AuditExporter.FORMAT_VERSION) {
                        throw new Refusal(null, "The file's format version " + value + " is not one this "
                                + "LicenseDesk reads (version " + AuditExporter.FORMAT_VERSION + ")");
                    }
                    break;
                case "exportedAt":
                    if (!value.isTextual() || !INSTANT.matcher(value.textValue()).matches()) {
                        throw new Refusal(null, "The file's exportedAt is not a UTC instant like "
                                + "2025-01-31T09:30:00.000Z");
                    }
                    break;
                case "exportedBy":
                    if (!value.isTextual() || value.textValue().isEmpty()) {
                        throw new Refusal(null, "The file's exportedBy is not a username");
                    }
                    break;
                case "scope":
                    scope = scope(value);
                    break;
                case "chain":
                    readChain(value);
                    break;
                case "entryCount":
                    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                        throw new Refusal(null, "The file's entryCount is not a whole number");
                    }
                    entryCount = value.asLong();
                    break;
                default:
                    throw new Refusal(null, "The file is not a LicenseDesk audit export: it has an unknown field \""
                            + field + "\"");
            }
        }

        private AuditScope scope(JsonNode value) {
            if (!value.isObject()) {
                throw new Refusal(null, "The file's scope is not an object");
            }
            try {
                return ScopeJson.read(value);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new Refusal(null, "The file's scope is not valid: " + e.getMessage());
            }
        }

        private void readChain(JsonNode chain) {
            if (!"SHA-256".equals(chain.path("algorithm").textValue())
                    || !"RFC8785".equals(chain.path("canonicalization").textValue())) {
                throw new Refusal(null, "The file's chain uses another algorithm or canonicalization than "
                        + "SHA-256 over RFC 8785 JSON");
            }
            JsonNode seq = chain.path("headSeq");
            String hash = chain.path("headHash").textValue();
            if (!seq.isIntegralNumber() || !seq.canConvertToLong() || seq.asLong() < 0
                    || hash == null || !HASH.matcher(hash).matches()) {
                throw new Refusal(null, "The file's chain head is not a seq and a SHA-256 hash");
            }
            headSeq = seq.asLong();
            headHash = hash;
        }

        private void readEntries() throws IOException {
            if (!seen.containsAll(HEADER_FIELDS)) {
                throw new Refusal(null, "The file's header (format, formatVersion, exportedAt, exportedBy, scope "
                        + "and chain) must come before its entries");
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new Refusal(null, "The file's entries are not a list");
            }
            check = new ChainCheck(hasher, scope.kind() != AuditScope.Kind.ALL);
            progress.update(0, size);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("The check of the audit file was cancelled.");
                }
                ReadEntry read = readEntry();
                AuditEntry entry = read.entry();
                if (entry.seq() > headSeq) {
                    throw new Refusal(entry.seq(), "Entry " + entry.seq() + " lies beyond the chain's head, entry "
                            + headSeq + ", that the file names");
                }
                if (!scope.includes(entry)) {
                    throw new Refusal(entry.seq(), "Entry " + entry.seq() + " does not belong in the file: it is "
                            + "not among the " + scope.describe());
                }
                if (!check.accept(entry, read.details())) {
                    throw new Refusal(check.brokenSeq(), check.reason());
                }
                if (entry.seq() == headSeq && !headHash.equals(entry.hash())) {
                    throw new Refusal(entry.seq(), "Entry " + entry.seq() + " does not match the chain's head "
                            + "that the file names: the head records another hash");
                }
                entries++;
                if (entries % PROGRESS_STEP == 0) {
                    progress.update(parser.currentLocation().getByteOffset(), size);
                }
            }
        }

        /**
         * The entry the parser stands at, with exactly the format's fields, of the format's types, read token by
         * token (issue 11: a tree per entry, and its details written out as text again, took more time than the
         * hashing): each check and its sentence as when the entry was read as a tree. Values the format does not
         * expect are still read as a tree, so a file is refused as before.
         */
        private ReadEntry readEntry() throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                mapper().readTree(parser);
                throw new Refusal(null, "The entry after entry " + check.lastSeq() + " is not an object");
            }
            Object[] values = new Object[ENTRY_FIELDS.size()];
            int fields = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                int field = ENTRY_FIELDS.indexOf(parser.currentName());
                JsonToken token = parser.nextToken();
                fields++;
                if (field < 0) {
                    mapper().readTree(parser);
                } else {
                    values[field] = value(field, token);
                }
            }
            if (!(values[SEQ] instanceof Long seq)) {
                throw new Refusal(null, "The entry after entry " + check.lastSeq() + " has no whole-number seq");
            }
            for (int field = 0; field < values.length; field++) {
                Object value = values[field];
                boolean fits = value != null && (field == SEQ || (field == DETAILS
                        ? value instanceof CanonicalEntry.Details
                        : value instanceof String || (value == JSON_NULL && NULLABLE_FIELDS.contains(
                                ENTRY_FIELDS.get(field)))));
                if (!fits) {
                    throw new Refusal(seq, "Entry " + seq + " was changed: its " + ENTRY_FIELDS.get(field) + " is "
                            + (value == null ? "missing" : "not of the format's type"));
                }
            }
            if (fields != ENTRY_FIELDS.size()) {
                throw new Refusal(seq, "Entry " + seq + " was changed: it has fields the format does not know");
            }
            // The details stay in their read form: the hasher writes them out only if it must take the general way.
            AuditEntry entry = new AuditEntry(seq, (String) values[1], text(values[2]), (String) values[3],
                    (String) values[4], (String) values[5], text(values[6]), text(values[7]), (String) values[8],
                    "", (String) values[10], (String) values[11]);
            return new ReadEntry(entry, (CanonicalEntry.Details) values[DETAILS]);
        }

        /**
         * A field's value: its text, {@link #JSON_NULL}, a whole-number seq as a Long, the details when an object,
         * anything else {@link #OTHER} (read as a tree, as before).
         */
        private Object value(int field, JsonToken token) throws IOException {
            if (field == DETAILS && token == JsonToken.START_OBJECT) {
                return CanonicalEntry.Details.read(parser);
            }
            if (field == SEQ && token == JsonToken.VALUE_NUMBER_INT) {
                JsonParser.NumberType type = parser.getNumberType();
                if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                    return parser.getLongValue();
                }
            } else if (field != SEQ && field != DETAILS && token == JsonToken.VALUE_STRING) {
                return parser.getText();
            } else if (token == JsonToken.VALUE_NULL) {
                return JSON_NULL;
            }
            mapper().readTree(parser);
            return OTHER;
        }

        /**
         * The value the parser stands at as the tree {@code mapper.readTree} makes of it, built from the parser's
         * tokens with the node factory: objects, arrays, strings, whole numbers of int or long size, booleans and
         * null; any other value (a float, a huge integer) is read by the mapper itself, so every node is the one it
         * would make. A header is a few small values: this spares a check the mapper's start (issue 11).
         */
        private JsonNode tree() throws IOException {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            JsonToken token = parser.currentToken();
            if (token == null) {
                return mapper().readTree(parser);
            }
            switch (token) {
                case START_OBJECT: {
                    ObjectNode object = nodes.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        object.set(name, tree());
                    }
                    return object;
                }
                case START_ARRAY: {
                    ArrayNode array = nodes.arrayNode();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(tree());
                    }
                    return array;
                }
                case VALUE_STRING:
                    return nodes.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    JsonParser.NumberType type = parser.getNumberType();
                    if (type == JsonParser.NumberType.INT) {
                        return nodes.numberNode(parser.getIntValue());
                    }
                    if (type == JsonParser.NumberType.LONG) {
                        return nodes.numberNode(parser.getLongValue());
                    }
                    return mapper().readTree(parser);
                case VALUE_TRUE:
                    return nodes.booleanNode(true);
                case VALUE_FALSE:
                    return nodes.booleanNode(false);
                case VALUE_NULL:
                    return nodes.nullNode();
                default:
                    return mapper().readTree(parser);
            }
        }

    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = JsonMapper.shared();
        }
        return mapper;
    }

    /** An entry read from a file and its details in their read form. */
    private record ReadEntry(AuditEntry entry, CanonicalEntry.Details details) {
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }

    /** Ends the check: the file is not a whole, unchanged export. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Long seq;

        Refusal(Long seq, String reason) {
            super(reason, null, false, false);
            this.seq = seq;
        }
    }
}
