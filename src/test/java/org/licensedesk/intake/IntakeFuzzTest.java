package org.licensedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Document;
import org.licensedesk.domain.DocumentType;
import org.licensedesk.domain.InputText;
import org.licensedesk.domain.Item;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditEntryHead;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.IntakeRepository;
import org.licensedesk.testing.TestDatabases;

/**
 * A mutation fuzzer over the README's intake sample ({@code assets/intake-sample.json}): truncations, wrong types,
 * huge strings, invisible and control characters, deep nesting, invalid UTF-8, duplicate keys, numbers out of range,
 * fields removed and added, and some changes that keep the file valid. Every case, in one database, must either be
 * refused with problem lines and write nothing (the row count of every table and the audit chain's head unchanged)
 * or be imported exactly as the file says (each application read back equal to its part of the file, the chain
 * intact). Anything else is <em>partial</em>, and there must be none.
 *
 * <p>Deterministic: the seed is printed, and {@code -Dintake.fuzz.seed=N -Dintake.fuzz.cases=M} replays or widens a
 * run.
 */
class IntakeFuzzTest {
    private static final long SEED = Long.getLong("intake.fuzz.seed", 20_261_205L);
    private static final int CASES = Integer.getInteger("intake.fuzz.cases", 1_200);
    private static final Path SAMPLE = Path.of("assets", "intake-sample.json");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC);
    private static final User REVIEWER = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    /** A problem line quotes at most ~100 characters of a value; pointer and words around it stay well under this. */
    private static final int LONGEST_PROBLEM_LINE = 900;
    /** Reads the imported files back as the file says, independently of the importer (duplicates are an error). */
    private static final ObjectMapper STRICT = new ObjectMapper();

    static {
        STRICT.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        STRICT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE).maxNestingDepth(100_000).build());
        STRICT.getFactory().setStreamWriteConstraints(com.fasterxml.jackson.core.StreamWriteConstraints.builder()
                .maxNestingDepth(100_000).build());
    }

    private static final char[] INVISIBLE = {'\u200B', '\u0000', '\u202E', '\u3000', '\uFEFF', '\u00AD', '\u2060',
            '\u200D', '\u2066', '\n', '\r', '\t', '\u001B', '\u007F', '\u0085', '\u2028', '\uFF21'};
    private static final byte[][] INVALID_UTF8 = {
            {(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0x80}, {(byte) 0xFE, (byte) 0xFF}};
    private static final int[] HUGE = {41, 101, 301, 501, 2_001, 20_001, 100_001, 300_000};
    private static final String[] NUMBERS = {"1e400", "-1e400", "1e-400", "-0", "0", "-1", "9223372036854775808",
            "1".repeat(101), "0." + "0".repeat(120) + "1", "12345678901234567890.123", "NaN", "1.0e10", "-500.000",
            "0.0001", "99999999999999999999999999999999999.99"};
    private static final String[] DECIMAL_STRINGS = {"0", "0.000", "-1", "1e3", "1.2345", "99999999999999999999.999",
            "999999999999.999", "1.", ".5", " 1", "1 ", "١٢", "1,5", "+1", "0x10", "500.000\n", "7"};

    enum Kind {
        TRUNCATE, WRONG_TYPE, HUGE_STRING, INVISIBLE, DEEP_NESTING, INVALID_UTF8, DUPLICATE_KEY, NUMBER_OUT_OF_RANGE,
        REMOVE_FIELD, ADD_FIELD, VALID_CHANGE, TWO_AT_ONCE
    }

    private record Outcome(Kind kind, String verdict, String why) {
    }

    @TempDir
    static Path folder;
    private static Database database;
    private static ApplicationRepository applications;
    private static AuditRepository audit;
    private static AuditTrail auditTrail;
    private static IntakeService intake;
    private static ObjectNode sample;
    private static List<String> tables;

    @BeforeAll
    static void openDatabase() throws IOException {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        applications = new ApplicationRepository(database);
        audit = new AuditRepository(database);
        auditTrail = new AuditTrail(database, audit, CLOCK);
        intake = new IntakeService(database, applications, new ControlListRepository(database), new IntakeRepository(),
                auditTrail, TestDatabases.officials(database));
        sample = (ObjectNode) STRICT.readTree(Files.readAllBytes(SAMPLE));
        tables = database.withConnection(IntakeFuzzTest::tableNames);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void everyMutationOfTheSampleIsRefusedWholeOrImportedAsWritten() throws IOException {
        Random random = new Random(SEED);
        Path file = folder.resolve("fuzz.json");
        Map<String, int[]> perKind = new TreeMap<>();
        List<Outcome> partial = new ArrayList<>();
        int refused = 0;
        int imported = 0;
        for (int n = 0; n < CASES; n++) {
            Kind kind = Kind.values()[n % Kind.values().length];
            byte[] bytes = mutate(kind, withReferencesOf(n), random);
            Files.write(file, bytes);
            Outcome outcome = run(kind, file, bytes);
            int[] tally = perKind.computeIfAbsent(kind.name(), k -> new int[3]);
            switch (outcome.verdict()) {
                case "refused" -> { refused++; tally[0]++; }
                case "imported" -> { imported++; tally[1]++; }
                default -> { partial.add(new Outcome(kind, "case " + n, outcome.why())); tally[2]++; }
            }
        }
        System.out.printf("intake fuzz: seed %d, cases %d, refused %d, imported %d, partial %d%n",
                SEED, CASES, refused, imported, partial.size());
        perKind.forEach((kind, tally) -> System.out.printf("  %-19s refused %4d, imported %4d, partial %d%n",
                kind, tally[0], tally[1], tally[2]));

        assertThat(partial).as("cases neither refused whole nor imported as written").isEmpty();
        assertThat(refused + imported).isEqualTo(CASES);
        // Both outcomes must really happen, or the fuzzer tests nothing.
        assertThat(refused).isGreaterThan(CASES / 2);
        assertThat(imported).isGreaterThan(CASES / 20);
        assertThat(auditTrail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
    }

    /** Imports one mutated file and judges the outcome. */
    private Outcome run(Kind kind, Path file, byte[] bytes) {
        Map<String, Long> before = rowCounts();
        AuditEntryHead headBefore = audit.head();
        ImportResult result;
        try {
            result = intake.importFile(file, REVIEWER, ProgressListener.NONE, () -> false);
        } catch (RuntimeException | Error e) {
            boolean unchanged = before.equals(rowCounts()) && headBefore.equals(audit.head());
            return new Outcome(kind, "partial", "threw " + e + (unchanged ? " (nothing written)" : " AND WROTE"));
        }
        if (!result.ok()) {
            if (result.problems().isEmpty()) {
                return new Outcome(kind, "partial", "refused without a problem line");
            }
            for (IntakeProblem problem : result.problems()) {
                String line = problem.line();
                if (line.length() > LONGEST_PROBLEM_LINE || line.chars().anyMatch(c -> c < 0x20 || c == 0x7F
                        || c == 0x9B || InputText.isBidiControl((char) c))) {
                    return new Outcome(kind, "partial", "problem line too long or with controls: "
                            + line.substring(0, Math.min(200, line.length())));
                }
            }
            if (!before.equals(rowCounts()) || !headBefore.equals(audit.head())) {
                return new Outcome(kind, "partial", "refused but wrote: " + result.problems().get(0).line());
            }
            return new Outcome(kind, "refused", null);
        }
        String wrong = importedAsWritten(bytes, result, before, headBefore);
        return wrong == null ? new Outcome(kind, "imported", null) : new Outcome(kind, "partial", wrong);
    }

    /** Null when the import wrote exactly the file's applications and their entries; else what differs. */
    private String importedAsWritten(byte[] bytes, ImportResult result, Map<String, Long> before,
                                     AuditEntryHead headBefore) {
        JsonNode file;
        try {
            file = STRICT.readTree(bytes);
        } catch (IOException e) {
            return "imported a file that is not strict JSON: " + e.getMessage();
        }
        JsonNode written = file.path("applications");
        List<String> references = new ArrayList<>();
        written.forEach(application -> references.add(application.path("reference").asText()));
        if (!result.importedReferences().equals(references) || result.imported() != references.size()
                || !result.skippedReferences().isEmpty()) {
            return "imported " + result.importedReferences() + " skipped " + result.skippedReferences()
                    + " but the file holds " + references;
        }
        long grown = rowCounts().get("licence_application") - before.get("licence_application");
        if (grown != references.size()) {
            return "the file holds " + references.size() + " applications, " + grown + " rows were added";
        }
        if (audit.head().seq() != headBefore.seq() + references.size()) {
            return "expected one CREATED entry per application";
        }
        for (JsonNode application : written) {
            String reference = application.path("reference").asText();
            LicenceApplication stored = applications.find(reference).orElse(null);
            if (stored == null) {
                return reference + " was reported imported but cannot be read back";
            }
            String difference = difference(application, stored, result.incompleteReferences().contains(reference));
            if (difference != null) {
                return reference + ": " + difference;
            }
        }
        ChainVerification chain = auditTrail.verifyDatabase(ProgressListener.NONE, () -> false);
        return chain.ok() ? null : "the audit chain no longer verifies: " + chain.reason();
    }

    /** What the stored application says differently from the file; null when nothing. */
    private static String difference(JsonNode file, LicenceApplication stored, boolean reportedIncomplete) {
        Map<String, Object[]> pairs = new LinkedHashMap<>();
        pairs.put("receivedAt", pair(LocalDate.parse(file.path("receivedAt").asText()), stored.receivedOn()));
        pairs.put("licenceType", pair(file.path("licenceType").asText(), stored.licenceType().name()));
        JsonNode applicant = file.path("applicant");
        pairs.put("applicant/uscc", pair(applicant.path("uscc").asText(), stored.applicant().uscc()));
        pairs.put("applicant/name", pair(text(applicant, "name"), stored.applicant().name()));
        pairs.put("applicant/nameLocal", pair(text(applicant, "nameLocal"), stored.applicant().nameLocal()));
        pairs.put("applicant/address", pair(text(applicant, "address"), stored.applicant().address()));
        JsonNode contact = applicant.path("contact");
        pairs.put("contact/name", pair(text(contact, "name"), stored.applicant().contact().name()));
        pairs.put("contact/phone", pair(text(contact, "phone"), stored.applicant().contact().phone()));
        pairs.put("contact/email", pair(contact.path("email").asText(), stored.applicant().contact().email()));
        party(pairs, "consignee", file.path("consignee"), stored.consignee());
        party(pairs, "endUser", file.path("endUser"), stored.endUser());
        pairs.put("endUse", pair(text(file.path("endUser"), "endUse"), stored.endUse()));
        pairs.put("contract/number", pair(text(file.path("contract"), "number"), stored.contract().number()));
        pairs.put("contract/date", pair(LocalDate.parse(file.at("/contract/date").asText()),
                stored.contract().date()));
        pairs.put("transport/mode", pair(text(file.path("transport"), "mode"), stored.transport().mode()));
        pairs.put("transport/portOfExport", pair(text(file.path("transport"), "portOfExport"),
                stored.transport().portOfExport()));
        JsonNode items = file.path("items");
        pairs.put("items", pair(items.size(), stored.items().size()));
        for (int i = 0; i < Math.min(items.size(), stored.items().size()); i++) {
            JsonNode item = items.get(i);
            Item kept = stored.items().get(i);
            pairs.put("items/" + i + "/controlCode", pair(item.path("controlCode").asText(),
                    kept.controlCode().value()));
            pairs.put("items/" + i + "/description", pair(text(item, "description"), kept.description()));
            pairs.put("items/" + i + "/hsCode", pair(text(item, "hsCode"), kept.hsCode()));
            pairs.put("items/" + i + "/quantity", pair(0, new BigDecimal(item.path("quantity").asText())
                    .compareTo(kept.quantity())));
            pairs.put("items/" + i + "/unit", pair(item.path("unit").asText(), kept.unit().name()));
            pairs.put("items/" + i + "/unitPriceUsd", pair(0, new BigDecimal(item.path("unitPriceUsd").asText())
                    .compareTo(kept.unitPriceUsd())));
        }
        JsonNode documents = file.path("documents");
        pairs.put("documents", pair(documents.size(), stored.documents().size()));
        boolean certificate = false;
        for (int i = 0; i < Math.min(documents.size(), stored.documents().size()); i++) {
            JsonNode document = documents.get(i);
            Document kept = stored.documents().get(i);
            pairs.put("documents/" + i + "/type", pair(document.path("type").asText(), kept.type().name()));
            pairs.put("documents/" + i + "/title", pair(text(document, "title"), kept.title()));
            pairs.put("documents/" + i + "/sha256", pair(text(document, "sha256"), kept.sha256()));
            certificate |= kept.type() == DocumentType.END_USER_CERTIFICATE;
        }
        pairs.put("status", pair(ApplicationStatus.SUBMITTED, stored.status()));
        pairs.put("reported incomplete", pair(!certificate, reportedIncomplete));
        pairs.put("stored incomplete", pair(!certificate, storedIncomplete(stored.reference())));
        for (Map.Entry<String, Object[]> entry : pairs.entrySet()) {
            if (!Objects.equals(entry.getValue()[0], entry.getValue()[1])) {
                return entry.getKey() + ": the file says " + shown(entry.getValue()[0]) + ", stored "
                        + shown(entry.getValue()[1]);
            }
        }
        return null;
    }

    private static boolean storedIncomplete(String reference) {
        return database.withConnection(connection -> {
            try (java.sql.PreparedStatement query = connection.prepareStatement(
                    "SELECT incomplete FROM licence_application WHERE reference = ?")) {
                query.setString(1, reference);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getBoolean(1);
                }
            }
        });
    }

    private static void party(Map<String, Object[]> pairs, String role, JsonNode file, Party stored) {
        pairs.put(role + "/name", pair(text(file, "name"), stored.name()));
        pairs.put(role + "/country", pair(file.path("country").asText(), stored.country()));
        pairs.put(role + "/address", pair(text(file, "address"), stored.address()));
    }

    private static Object[] pair(Object expected, Object actual) {
        return new Object[] {expected, actual};
    }

    /** A text field as a reader sees it: without the invisible format characters the importer may drop. */
    private static String text(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? null : InputText.withoutInvisible(value.asText());
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    // ---------------------------------------------------------------------------------------------- mutations

    /** The sample with references of its own for case {@code n}, so an imported case never collides with another. */
    private static ObjectNode withReferencesOf(int n) {
        ObjectNode copy = sample.deepCopy();
        ArrayNode list = (ArrayNode) copy.get("applications");
        for (int i = 0; i < list.size(); i++) {
            ((ObjectNode) list.get(i)).put("reference", String.format("EXP-FZ%05d-%d", n, i + 1));
        }
        return copy;
    }

    private static byte[] mutate(Kind kind, ObjectNode tree, Random random) {
        return switch (kind) {
            case TRUNCATE -> {
                byte[] whole = bytes(tree, random.nextBoolean());
                yield java.util.Arrays.copyOf(whole, random.nextInt(whole.length));
            }
            case INVALID_UTF8 -> invalidUtf8(bytes(tree, random.nextBoolean()), random);
            case DUPLICATE_KEY -> duplicateKey(tree, random);
            case TWO_AT_ONCE -> {
                Kind[] treeKinds = {Kind.WRONG_TYPE, Kind.HUGE_STRING, Kind.INVISIBLE, Kind.DEEP_NESTING,
                        Kind.NUMBER_OUT_OF_RANGE, Kind.REMOVE_FIELD, Kind.ADD_FIELD, Kind.VALID_CHANGE};
                changeTree(treeKinds[random.nextInt(treeKinds.length)], tree, random);
                changeTree(treeKinds[random.nextInt(treeKinds.length)], tree, random);
                yield bytes(tree, random.nextBoolean());
            }
            default -> {
                changeTree(kind, tree, random);
                yield bytes(tree, random.nextBoolean());
            }
        };
    }

    private static void changeTree(Kind kind, ObjectNode tree, Random random) {
        switch (kind) {
            case WRONG_TYPE -> {
                Place place = somePlace(tree, random, false);
                place.set(wrongType(place.value(), random));
            }
            case HUGE_STRING -> {
                Place place = somePlace(tree, random, true);
                int length = HUGE[random.nextInt(HUGE.length)];
                String seed = place.value().isTextual() ? place.value().asText() : "x";
                place.set(TextNode.valueOf(seed.repeat(length / Math.max(1, seed.length()) + 1).substring(0, length)));
            }
            case INVISIBLE -> {
                Place place = somePlace(tree, random, true);
                String text = place.value().asText();
                char c = INVISIBLE[random.nextInt(INVISIBLE.length)];
                String changed = switch (random.nextInt(4)) {
                    case 0 -> String.valueOf(c).repeat(1 + random.nextInt(3));
                    case 1 -> text + c;
                    case 2 -> c + text;
                    default -> {
                        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
                        yield text.substring(0, at) + c + text.substring(at);
                    }
                };
                place.set(TextNode.valueOf(changed));
            }
            case DEEP_NESTING -> {
                Place place = somePlace(tree, random, false);
                int depth = new int[] {2, 8, 30, 33, 200, 3_000}[random.nextInt(6)];
                JsonNode nested = TextNode.valueOf("deep");
                for (int i = 0; i < depth; i++) {
                    if (random.nextBoolean()) {
                        ArrayNode array = JsonNodeFactory.instance.arrayNode();
                        nested = array.add(nested);
                    } else {
                        ObjectNode object = JsonNodeFactory.instance.objectNode();
                        object.set("a", nested);
                        nested = object;
                    }
                }
                place.set(nested);
            }
            case NUMBER_OUT_OF_RANGE -> {
                Place place = somePlace(tree, random, false);
                if (random.nextBoolean()) {
                    place.set(STRICT.getNodeFactory().numberNode(new BigDecimal(
                            NUMBERS[random.nextInt(NUMBERS.length)].replace("NaN", "1e999999"))));
                } else {
                    JsonNode items = tree.at("/applications/" + random.nextInt(4) + "/items");
                    ObjectNode item = (ObjectNode) items.get(random.nextInt(items.size()));
                    item.put(random.nextBoolean() ? "quantity" : "unitPriceUsd",
                            DECIMAL_STRINGS[random.nextInt(DECIMAL_STRINGS.length)]);
                }
            }
            case REMOVE_FIELD -> {
                Place place = somePlace(tree, random, false);
                place.remove();
            }
            case ADD_FIELD -> {
                List<ObjectNode> objects = new ArrayList<>();
                collectObjects(tree, objects);
                ObjectNode object = objects.get(random.nextInt(objects.size()));
                String[] names = {"remarks", "hsCode", "sha256", "transport", "Reference", "reference ", "",
                        "name\u200B", "\u001B[2J", "x".repeat(1_001), "portOfExport"};
                String name = names[random.nextInt(names.length)];
                object.set(name, switch (name) {
                    case "hsCode" -> TextNode.valueOf("2846.90");
                    case "sha256" -> TextNode.valueOf("ab".repeat(32));
                    case "portOfExport" -> TextNode.valueOf("Ningbo");
                    case "transport" -> STRICT.createObjectNode().put("mode", "AIR");
                    default -> TextNode.valueOf("added");
                });
            }
            case VALID_CHANGE -> validChange(tree, random);
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    /** Changes that keep the file valid, so that imports are tried on more than the sample itself. */
    private static void validChange(ObjectNode tree, Random random) {
        ArrayNode list = (ArrayNode) tree.get("applications");
        ObjectNode application = (ObjectNode) list.get(random.nextInt(list.size()));
        switch (random.nextInt(9)) {
            case 0 -> application.remove("transport");
            case 1 -> ((ObjectNode) application.get("endUser")).put("endUse",
                    "First line of the end use\nsecond line\r\nthird line");
            case 2 -> ((ObjectNode) application.get("consignee")).put("name", "TNK Trad\u200Bing International SA");
            case 3 -> ((ObjectNode) application.get("applicant")).put("address", "A".repeat(300));
            case 4 -> {
                ArrayNode documents = (ArrayNode) application.get("documents");
                for (int i = documents.size() - 1; i >= 0; i--) {
                    if ("END_USER_CERTIFICATE".equals(documents.get(i).path("type").asText())) {
                        documents.remove(i);
                    }
                }
            }
            case 5 -> ((ObjectNode) application.get("items").get(0)).put("quantity", "0.001");
            case 6 -> list.remove(random.nextInt(list.size()));
            case 7 -> ((ObjectNode) application.get("endUser")).put("name", "Ｒｈｅｉｎ　Ｍａｉｎ　Ｗｏｒｋｓ");
            default -> ((ObjectNode) application.get("items").get(0)).put("description",
                    "Dysprosium oxide Dy₂O₃ 99.99 % «premium», 镝");
        }
    }

    private static JsonNode wrongType(JsonNode value, Random random) {
        JsonNode[] choices = {
                JsonNodeFactory.instance.numberNode(42), JsonNodeFactory.instance.booleanNode(true),
                JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.arrayNode().add("a"),
                JsonNodeFactory.instance.objectNode().put("a", 1), TextNode.valueOf("42"),
                TextNode.valueOf(""), JsonNodeFactory.instance.arrayNode()};
        JsonNode chosen;
        do {
            chosen = choices[random.nextInt(choices.length)];
        } while (chosen.getNodeType() == value.getNodeType() && !(value.isTextual() && chosen.isTextual()
                && !chosen.asText().equals(value.asText())));
        return chosen;
    }

    /** A field or array element somewhere in the tree, with a way to replace or remove it. */
    private record Place(JsonNode parent, String field, int index) {
        JsonNode value() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) parent).remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static Place somePlace(JsonNode tree, Random random, boolean textOnly) {
        List<Place> places = new ArrayList<>();
        collectPlaces(tree, places, textOnly);
        return places.get(random.nextInt(places.size()));
    }

    private static void collectPlaces(JsonNode node, List<Place> places, boolean textOnly) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode child = node.get(name);
                if (!textOnly || child.isTextual()) {
                    places.add(new Place(node, name, -1));
                }
                collectPlaces(child, places, textOnly);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (!textOnly || node.get(i).isTextual()) {
                    places.add(new Place(node, null, i));
                }
                collectPlaces(node.get(i), places, textOnly);
            }
        }
    }

    /**
     * Every object in the tree, walked with a stack of its own rather than recursion: a mutation nests 3,000 levels deep, and the
     * recursive walk overflowed the stack once in CI (6 Dec) depending on how far the JIT had compiled it.
     */
    private static void collectObjects(JsonNode tree, List<ObjectNode> objects) {
        // Depth first, in document order (children pushed last first), as the recursive walk was: the seed's cases stay.
        ArrayDeque<JsonNode> waiting = new ArrayDeque<>();
        waiting.push(tree);
        while (!waiting.isEmpty()) {
            JsonNode node = waiting.pop();
            if (node.isObject()) {
                objects.add((ObjectNode) node);
            }
            List<JsonNode> children = new ArrayList<>();
            node.forEach(children::add);
            for (int i = children.size() - 1; i >= 0; i--) {
                waiting.push(children.get(i));
            }
        }
    }

    /** A member written twice in one object: with the same value, or another. */
    private static byte[] duplicateKey(ObjectNode tree, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(tree, objects);
        ObjectNode object = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        JsonNode again = random.nextBoolean() ? object.get(name).deepCopy() : TextNode.valueOf("second value");
        object.set("__duplicate__", again);
        String json = new String(bytes(tree, random.nextBoolean()), StandardCharsets.UTF_8);
        String quoted;
        try {
            quoted = STRICT.writeValueAsString(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return json.replace("\"__duplicate__\"", quoted).getBytes(StandardCharsets.UTF_8);
    }

    /** Invalid UTF-8 bytes inside a string value, or anywhere in the file. */
    private static byte[] invalidUtf8(byte[] json, Random random) {
        int at;
        if (random.nextInt(3) > 0) {
            List<Integer> quotes = new ArrayList<>();
            for (int i = 0; i < json.length; i++) {
                if (json[i] == '"') {
                    quotes.add(i);
                }
            }
            at = quotes.get(random.nextInt(quotes.size())) + 1;
        } else {
            at = random.nextInt(json.length);
        }
        byte[] bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + bad.length);
        out.write(json, 0, at);
        out.write(bad, 0, bad.length);
        out.write(json, at, json.length - at);
        return out.toByteArray();
    }

    private static byte[] bytes(JsonNode tree, boolean pretty) {
        try {
            return pretty ? STRICT.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree)
                    : STRICT.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------- the database

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        assertThat(names).hasSizeGreaterThan(10);
        return names;
    }

    /** The row count of every table, by lower-case name. */
    private static Map<String, Long> rowCounts() {
        return database.withConnection(connection -> {
            Map<String, Long> counts = new TreeMap<>();
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                        rows.next();
                        counts.put(table.toLowerCase(java.util.Locale.ROOT), rows.getLong(1));
                    }
                }
            }
            return counts;
        });
    }
}
