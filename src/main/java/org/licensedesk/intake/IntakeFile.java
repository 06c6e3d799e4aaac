package org.licensedesk.intake;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.licensedesk.domain.ShownText;
import org.licensedesk.json.JsonFailure;
import org.licensedesk.json.JsonMapper;

/**
 * Streams a {@code licensedesk.intake} file: checks the envelope ({@code format}, {@code formatVersion},
 * {@code applications}) and hands over one application at a time, so a file of any size takes the memory
 * of one application. Broken JSON ends the reading with a problem at the place it broke, in words. So does input
 * no intake file has, before it is held in memory: a text value over {@value #MAX_STRING} characters, a field name
 * over {@value #MAX_NAME}, a number over {@value #MAX_NUMBER} digits, nesting over {@value #MAX_DEPTH} deep, or
 * an application over {@value #MAX_APPLICATION} characters and values in all.
 */
final class IntakeFile {
    static final String FORMAT = "licensedesk.intake";
    static final int FORMAT_VERSION = 1;
    /** Far above every field's own cap (the schema's, endUse's 2,000 the longest), which explains itself better. */
    static final int MAX_STRING = 100_000;
    static final int MAX_NAME = 1_000;
    static final int MAX_NUMBER = 100;
    /** The format nests five deep (applications, an application, items, an item); room for the envelope's mistakes. */
    static final int MAX_DEPTH = 32;
    /** Characters of text and field names, plus one per value: a real application is under 100,000. */
    static final int MAX_APPLICATION = 1_000_000;
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING)
            .maxNameLength(MAX_NAME)
            .maxNumberLength(MAX_NUMBER)
            .maxNestingDepth(MAX_DEPTH)
            .build();

    /** Receives what the file holds, in file order. */
    interface Visitor {
        /** One element of {@code applications}; {@code bytesRead} is how far into the file it ends. */
        void application(int index, JsonNode application, long bytesRead);

        void problem(IntakeProblem problem);
    }

    /** Reads with {@link #LIMITS}: it should not share a mapper with code that reads trusted files. */
    private final ObjectMapper mapper = JsonMapper.create(LIMITS);

    void read(InputStream in, Visitor visitor) throws IOException {
        try (SizeGuard parser = new SizeGuard(mapper.createParser(in))) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            try {
                readBatch(parser, visitor);
            } catch (JsonProcessingException e) {
                visitor.problem(new IntakeProblem(wherePointer(parser, insideText(e)), brokenHere(e, parser)));
            }
        }
    }

    /** Whether reading failed inside a text value: too long, a raw control character, bytes that are not UTF-8. */
    private static boolean insideText(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        return e instanceof StreamConstraintsException || message.startsWith("Illegal unquoted character")
                || message.startsWith("Invalid UTF-8") || message.contains("VALUE_STRING");
    }

    /** Where and what, in words; a limit is not broken JSON, so it says why reading stopped instead. */
    private static String brokenHere(JsonProcessingException e, JsonParser parser) {
        String where = "(" + JsonFailure.where(e, parser) + ")";
        if (e instanceof ApplicationTooLarge) {
            return "reading stopped here " + where + ": " + e.getOriginalMessage();
        }
        if (e instanceof StreamConstraintsException) {
            return "reading stopped here " + where + ": " + JsonFailure.what(e) + "; no intake file has that (the "
                    + "longest field, endUse, takes 2,000 characters), so the file is refused";
        }
        return "the file is not valid JSON here " + where + ": " + JsonFailure.what(e);
    }

    private void readBatch(SizeGuard parser, Visitor visitor) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            visitor.problem(new IntakeProblem("", "the file is empty; an intake file is one JSON object "
                    + "{\"format\": \"" + FORMAT + "\", \"formatVersion\": 1, \"applications\": [...]}"));
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            visitor.problem(new IntakeProblem("", "is not an intake file: it must be one JSON object "
                    + "{\"format\": \"" + FORMAT + "\", \"formatVersion\": 1, \"applications\": [...]}"));
            return;
        }
        boolean format = false;
        boolean version = false;
        boolean applications = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "format":
                    format = true;
                    if (value != JsonToken.VALUE_STRING || !FORMAT.equals(parser.getText())) {
                        visitor.problem(new IntakeProblem("/format", "must be \"" + FORMAT + "\", not "
                                + shown(parser, value) + ": this is not a LicenseDesk intake file"));
                        return;
                    }
                    break;
                case "formatVersion":
                    version = true;
                    if (value != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() != FORMAT_VERSION) {
                        visitor.problem(new IntakeProblem("/formatVersion", "must be " + FORMAT_VERSION + ", not "
                                + shown(parser, value) + ": this LicenseDesk reads version " + FORMAT_VERSION
                                + " of the intake format"));
                        return;
                    }
                    break;
                case "applications":
                    applications = true;
                    if (value != JsonToken.START_ARRAY) {
                        visitor.problem(new IntakeProblem("/applications", "must be an array of applications, not "
                                + shown(parser, value)));
                        parser.skipChildren();
                    } else {
                        readApplications(parser, visitor);
                    }
                    break;
                default:
                    visitor.problem(new IntakeProblem(IntakeProblem.member("", name),
                            "is not a field of the intake format (check its spelling)"));
                    parser.skipChildren();
            }
        }
        missing(format, "/format", "\"format\": \"" + FORMAT + "\"", visitor);
        missing(version, "/formatVersion", "\"formatVersion\": " + FORMAT_VERSION, visitor);
        missing(applications, "/applications", "\"applications\": [...]", visitor);
        if (parser.nextToken() != null) {
            visitor.problem(new IntakeProblem("", "has more after the closing } of the batch (line "
                    + parser.currentLocation().getLineNr() + "); an intake file is one JSON object"));
        }
    }

    /**
     * Where broken JSON was found: in the value being read (after a field name), or else in the container
     * of the last complete value, since the text after that value is what is wrong.
     */
    private static String wherePointer(JsonParser parser, boolean insideText) {
        JsonPointer at = parser.getParsingContext().pathAsPointer();
        JsonToken last = parser.currentToken();
        // A text value is decoded when first read, so a failure inside it comes with its token already current.
        boolean valueDone = last != null && (last.isScalarValue() || last == JsonToken.END_OBJECT
                || last == JsonToken.END_ARRAY) && !(insideText && last == JsonToken.VALUE_STRING);
        JsonPointer container = valueDone ? at.head() : at;
        return container == null ? "" : container.toString();
    }

    private static void readApplications(SizeGuard parser, Visitor visitor) throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.startApplication();
            JsonNode application = parser.readValueAsTree();
            visitor.application(index++, application == null ? NullNode.getInstance() : application,
                    parser.currentLocation().getByteOffset());
        }
    }

    private static void missing(boolean present, String pointer, String expected, Visitor visitor) {
        if (!present) {
            visitor.problem(new IntakeProblem(pointer, "is missing: an intake file has " + expected));
        }
    }

    private static String shown(JsonParser parser, JsonToken value) throws IOException {
        switch (value) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return ShownText.quoted(parser.getText());
            default:
                return ShownText.shown(parser.getText());
        }
    }

    /**
     * Counts what one application holds as it is read into a tree (each value one, text and field names by their
     * length) and stops the reading past {@value #MAX_APPLICATION}: the per-string limit alone would let a
     * million short values fill the memory.
     */
    private static final class SizeGuard extends JsonParserDelegate {
        private long size;

        SizeGuard(JsonParser parser) {
            super(parser);
        }

        void startApplication() {
            size = 0;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                size += getTextLength();
            }
            if (++size > MAX_APPLICATION) {
                throw new ApplicationTooLarge(this, String.format(Locale.ROOT, "this application holds more than "
                        + "%,d characters and values; an intake application is far smaller, so the file is refused",
                        MAX_APPLICATION));
            }
            return token;
        }
    }

    private static final class ApplicationTooLarge extends JsonParseException {
        private static final long serialVersionUID = 1L;

        ApplicationTooLarge(JsonParser parser, String message) {
            super(parser, message);
        }
    }
}
