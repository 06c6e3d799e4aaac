package org.licensedesk.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.licensedesk.domain.ShownText;

/**
 * The intake format's JSON Schema ({@value #RESOURCE}), applied to one application at a time as the file
 * streams by, with the validator's messages rewritten as sentences a clerk can act on.
 */
public final class IntakeSchema {
    static final String RESOURCE = "org/licensedesk/intake/intake.schema.json";

    private final JsonSchema application;
    private final String formatName;
    /** The schema document itself, for the descriptions that explain a pattern or format. */
    private final JsonNode document;

    IntakeSchema(ObjectMapper mapper) {
        this(mapper, RESOURCE, "#/$defs/application", "intake");
    }

    /**
     * Another format's schema with the intake's messages (the shipments' import uses it): {@code resource} on the
     * class path, {@code fragment} the part of it that {@link #check} applies ("" for the whole document).
     */
    public IntakeSchema(ObjectMapper mapper, String resource, String fragment, String formatName) {
        this.formatName = formatName;
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .regularExpressionFactory(EcmaAnchoredExpressions.INSTANCE)
                .build();
        this.application = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:" + resource + fragment), config);
        this.application.initializeValidators();
        try (InputStream in = IntakeSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("A schema is missing: " + resource);
            }
            this.document = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems of one application, with pointers from the file's root ({@code base} is the application's). */
    public List<IntakeProblem> check(JsonNode node, String base) {
        Set<IntakeProblem> problems = new LinkedHashSet<>();
        for (ValidationMessage message : application.validate(node)) {
            problems.add(problem(message, base + message.getInstanceLocation().toString()));
        }
        return new ArrayList<>(problems);
    }

    private IntakeProblem problem(ValidationMessage message, String pointer) {
        JsonNode value = message.getInstanceNode();
        JsonNode rule = message.getSchemaNode();
        String description = description(message);
        switch (message.getType()) {
            case "required":
                return new IntakeProblem(IntakeProblem.member(pointer, message.getProperty()), "is missing");
            case "additionalProperties":
                return new IntakeProblem(IntakeProblem.member(pointer, message.getProperty()),
                        "is not a field of the " + formatName + " format (check its spelling)");
            case "type":
                return new IntakeProblem(pointer, "must be " + article(rule.asText()) + ", not " + kind(value)
                        + (description == null ? "" : " (" + description + ")"));
            case "pattern":
                if ("\\S".equals(rule.asText())) {
                    return new IntakeProblem(pointer, "must not be blank");
                }
                return new IntakeProblem(pointer, shown(value) + " is not " + (description == null
                        ? "in the expected form (" + rule.asText() + ")" : description));
            case "format":
                return new IntakeProblem(pointer, shown(value) + " is not " + (description != null ? description
                        : "email".equals(rule.asText()) ? "an e-mail address" : "a valid " + rule.asText()));
            case "enum":
                return new IntakeProblem(pointer, shown(value) + " is not one of " + choices(rule));
            case "minItems":
                return new IntakeProblem(pointer, rule.asInt() == 1 && pointer.endsWith("/items")
                        ? "needs at least one item" : "needs at least " + rule.asInt() + " entries");
            case "maxItems":
                return new IntakeProblem(pointer, "has " + value.size() + " entries; at most " + rule.asInt()
                        + " are allowed");
            case "minLength":
                return new IntakeProblem(pointer, "must not be empty");
            case "maxLength":
                return new IntakeProblem(pointer, "is " + value.asText().length() + " characters long; at most "
                        + rule.asInt() + " are allowed");
            default:
                return new IntakeProblem(pointer, message.getError());
        }
    }

    /** The description of the schema the failed keyword belongs to, such as a date's "written YYYY-MM-DD". */
    private String description(ValidationMessage message) {
        String fragment = message.getSchemaLocation().getFragment().toString();
        int last = fragment.lastIndexOf('/');
        if (last <= 0) {
            return null;
        }
        JsonNode owner = document.at(fragment.substring(0, last));
        JsonNode description = owner.path("description");
        return description.isTextual() ? description.asText() : null;
    }

    private static String choices(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.asText()));
        return String.join(", ", names);
    }

    private static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "the value";
        }
        if (value.isTextual()) {
            return ShownText.quoted(value.asText());
        }
        return value.isContainerNode() ? kind(value) : value.toString();
    }

    /** "an object", "a string", ... for the JSON type of a value. */
    private static String kind(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isBoolean()) {
            return "a boolean (" + value.asText() + ")";
        }
        return "the number " + value.toString();
    }

    private static String article(String type) {
        return switch (type) {
            case "object", "array" -> "an " + type;
            default -> "a " + type;
        };
    }
}
