package org.licensedesk.licence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.licensedesk.json.JsonFailure;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.licence.Shipment;
import org.licensedesk.domain.licence.ShipmentLine;
import org.licensedesk.intake.IntakeProblem;
import org.licensedesk.intake.IntakeSchema;
import org.licensedesk.intake.IntakeService;
import org.licensedesk.json.JsonMapper;

/**
 * {@code import-shipments FILE}: holders' shipment reports in bulk, with the intake's discipline: the file is checked
 * against its JSON Schema ({@value #SCHEMA}), texts are trimmed and NFC-normalised, every problem is named by a JSON
 * pointer, and the shipments are recorded all together or not at all.
 */
public final class ShipmentImport {
    static final String SCHEMA = "org/licensedesk/licence/shipments.schema.json";
    /** A report file is small; this refuses a wrong file before reading it into memory. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final LicenceService licences;
    private final ObjectMapper mapper = JsonMapper.shared();
    private final IntakeSchema schema = new IntakeSchema(mapper, SCHEMA, "", "shipments");

    public ShipmentImport(LicenceService licences) {
        this.licences = Objects.requireNonNull(licences, "licences");
    }

    /** What an import did: how many shipments it recorded, or the problems that stopped it (then it wrote nothing). */
    public record Result(int recorded, List<IntakeProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result importFile(User actor, Path file) {
        List<IntakeProblem> problems = new ArrayList<>();
        JsonNode document = read(file, problems);
        if (document == null) {
            return new Result(0, problems);
        }
        problems.addAll(schema.check(document, ""));
        if (!problems.isEmpty()) {
            return new Result(0, limited(problems));
        }
        List<Shipment> shipments = new ArrayList<>();
        JsonNode list = document.get("shipments");
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            LocalDate shippedOn;
            try {
                shippedOn = LocalDate.parse(node.get("shippedOn").asText());
            } catch (java.time.DateTimeException e) {
                problems.add(new IntakeProblem("/shipments/" + i + "/shippedOn", "\"" + node.get("shippedOn").asText()
                        + "\" is not a date of the calendar"));
                continue;
            }
            List<ShipmentLine> lines = new ArrayList<>();
            for (JsonNode line : node.get("lines")) {
                lines.add(new ShipmentLine(line.get("itemLine").asInt(), new BigDecimal(line.get("quantity").asText()),
                        QuantityUnit.valueOf(line.get("unit").asText())));
            }
            shipments.add(new Shipment(text(node, "licenceNumber"), shippedOn, text(node, "consignee"),
                    text(node, "customsDeclaration"), lines));
        }
        if (!problems.isEmpty()) {
            return new Result(0, limited(problems));
        }
        List<String> refusals = licences.recordAllOrNothing(actor, shipments);
        for (int i = 0; i < refusals.size(); i++) {
            if (refusals.get(i) != null) {
                problems.add(new IntakeProblem("/shipments/" + i, refusals.get(i)));
            }
        }
        return problems.isEmpty() ? new Result(shipments.size(), List.of()) : new Result(0, limited(problems));
    }

    private JsonNode read(Path file, List<IntakeProblem> problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(new IntakeProblem("", "the file has " + size + " bytes; a shipments file may have at most "
                        + MAX_FILE_BYTES + " (split it)"));
                return null;
            }
            try (InputStream in = Files.newInputStream(file); JsonParser parser = mapper.createParser(in)) {
                parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                JsonNode document = mapper.readTree(parser);
                if (document == null) {
                    problems.add(new IntakeProblem("", "the file is empty; a shipments file is one JSON object "
                            + "{\"format\": \"licensedesk.shipments\", \"formatVersion\": 1, \"shipments\": [...]}"));
                    return null;
                }
                if (parser.nextToken() != null) {
                    problems.add(new IntakeProblem("", "has more after the closing } (line "
                            + parser.currentLocation().getLineNr() + "); a shipments file is one JSON object"));
                    return null;
                }
                return document;
            }
        } catch (JsonProcessingException e) {
            problems.add(new IntakeProblem("", "the file is not valid JSON at " + JsonFailure.described(e)));
            return null;
        } catch (java.nio.file.NoSuchFileException e) {
            problems.add(new IntakeProblem("", "there is no file " + file + "; check the path"));
            return null;
        } catch (IOException e) {
            problems.add(new IntakeProblem("", java.nio.file.Files.isDirectory(file)
                    ? file + " is a folder; give the shipments file (JSON) in it"
                    : "the file cannot be read (" + e.getMessage() + "); check that it is yours to read"));
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return Normalizer.normalize(node.get(field).asText().strip(), Normalizer.Form.NFC);
    }

    private static List<IntakeProblem> limited(List<IntakeProblem> problems) {
        return problems.size() <= IntakeService.MAX_LISTED_PROBLEMS ? problems
                : problems.subList(0, IntakeService.MAX_LISTED_PROBLEMS);
    }
}
