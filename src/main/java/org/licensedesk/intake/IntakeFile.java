package org.licensedesk.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a {@code licensedesk.intake} file: checks the envelope ({@code format}, {@code formatVersion},
 * {@code applications}) and hands over one application at a time, so a file of any size takes the memory
 * of one application. Broken JSON ends the reading with a problem at the place it broke.
 */
final class IntakeFile {
    static final String FORMAT = "licensedesk.intake";
    static final int FORMAT_VERSION = 1;

    /** Receives what the file holds, in file order. */
    interface Visitor {
        /** One element of {@code applications}; {@code bytesRead} is how far into the file it ends. */
        void application(int index, JsonNode application, long bytesRead);

        void problem(IntakeProblem problem);
    }

    private final ObjectMapper mapper;

    IntakeFile(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void read(InputStream in, Visitor visitor) throws IOException {
        try (JsonParser parser = mapper.createParser(in)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            try {
                readBatch(parser, visitor);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
                visitor.problem(new IntakeProblem(wherePointer(parser),
                        "the file is not valid JSON here (line " + at.getLineNr() + ", column " + at.getColumnNr()
                                + "): " + oneLine(e.getOriginalMessage())));
            }
        }
    }

    private void readBatch(JsonParser parser, Visitor visitor) throws IOException {
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
    private static String wherePointer(JsonParser parser) {
        JsonPointer at = parser.getParsingContext().pathAsPointer();
        JsonToken last = parser.currentToken();
        boolean valueDone = last != null && (last.isScalarValue() || last == JsonToken.END_OBJECT
                || last == JsonToken.END_ARRAY);
        JsonPointer container = valueDone ? at.head() : at;
        return container == null ? "" : container.toString();
    }

    private static void readApplications(JsonParser parser, Visitor visitor) throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
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
                String text = parser.getText();
                return '"' + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + '"';
            default:
                return parser.getText();
        }
    }

    private static String oneLine(String message) {
        return message == null ? "no detail" : message.replace('\n', ' ').replace('\r', ' ').strip();
    }
}
