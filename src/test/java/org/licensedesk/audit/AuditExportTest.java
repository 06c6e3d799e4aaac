package org.licensedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.store.AuditEntryHead;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.HistoryRepository;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;

@StoreTest
class AuditExportTest {
    private static final int ENTRIES = 120;
    private static final Instant EXPORTED_AT = Instant.parse("2025-06-30T10:15:30.123Z");
    private static JsonSchema schema;

    @TempDir
    Path folder;

    private final ObjectMapper mapper = JsonMapper.create();
    private Database database;
    private AuditRepository repository;
    private AuditTrail trail;
    private AuditExporter exporter;
    private final AuditFileVerifier verifier = new AuditFileVerifier();
    private Path exports;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = AuditExporter.class.getResourceAsStream("audit-export.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @BeforeEach
    void openDatabase() throws IOException {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        repository = new AuditRepository(database);
        trail = new AuditTrail(database, repository, Clock.fixed(EXPORTED_AT, ZoneOffset.UTC));
        exporter = new AuditExporter(database, repository, new HistoryRepository(database, ZoneOffset.UTC), trail,
                TestDatabases.officials(database));
        exports = Files.createDirectories(folder.resolve("exports"));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void exportOfAllEntriesVerifiesFitsTheSchemaAndIsRecorded() throws IOException {
        AuditFixtures.appendMany(database, trail, ENTRIES);
        AuditEntryHead head = repository.head();
        Path target = exports.resolve("audit-all.json");

        ExportResult result = export(AuditScope.all(), target);

        assertThat(result).isEqualTo(new ExportResult(ENTRIES, ENTRIES, target));
        JsonNode file = mapper.readTree(target.toFile());
        assertThat(schema.validate(file)).isEmpty();
        assertThat(file.path("format").asText()).isEqualTo("licensedesk.audit");
        assertThat(file.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(file.path("exportedAt").asText()).isEqualTo("2025-06-30T10:15:30.123Z");
        assertThat(file.path("exportedBy").asText()).isEqualTo("zhao.lei");
        assertThat(file.path("scope").toString())
                .isEqualTo("{\"kind\":\"ALL\",\"from\":null,\"to\":null,\"applicationRef\":null,\"actor\":null}");
        assertThat(file.path("chain").path("headSeq").asLong()).isEqualTo(head.seq());
        assertThat(file.path("chain").path("headHash").asText()).isEqualTo(head.hash());
        assertThat(file.path("entries")).hasSize(ENTRIES);
        assertThat(file.path("entryCount").asLong()).isEqualTo(ENTRIES);
        assertThat(file.path("entries").get(ENTRIES - 1).path("hash").asText()).isEqualTo(head.hash());
        assertThat(fileEntries(target)).extracting(AuditEntry::seq).isSorted().startsWith(1L).endsWith((long) ENTRIES);

        ChainVerification verification = verifier.verify(target);
        assertThat(verification.ok()).as(verification.reason()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(ENTRIES);
        assertThat(verification.headSeq()).isEqualTo(ENTRIES);

        AuditEntry recorded = latestEntry();
        assertThat(recorded.seq()).isEqualTo(ENTRIES + 1);
        assertThat(recorded.action()).isEqualTo(AuditAction.AUDIT_EXPORTED.name());
        assertThat(recorded.applicationRef()).isNull();
        assertThat(recorded.actor()).isEqualTo("zhao.lei");
        JsonNode details = mapper.readTree(recorded.detailsJson());
        assertThat(details.path("scope")).isEqualTo(file.path("scope"));
        assertThat(details.path("file").asText()).isEqualTo("audit-all.json");
        assertThat(details.path("entryCount").asLong()).isEqualTo(ENTRIES);
        assertThat(details.path("headSeq").asLong()).isEqualTo(ENTRIES);
        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
        assertThat(filesIn(exports)).containsExactly("audit-all.json");
    }

    /** Claiming an unassigned application needs no note: its entry carries an empty one, and all checks accept it. */
    @Test
    void anEntryWithAnEmptyNoteFitsTheSchemaAndVerifies() throws IOException {
        AuditFixtures.appendMany(database, trail, 3);
        database.write(transaction -> trail.appendAll(transaction, List.of(new AuditDraft(
                AuditFixtures.START.plusSeconds(86_400), "EL-2025-000104", AuditAction.CLAIMED,
                AuditFixtures.REVIEWER.username(), AuditFixtures.REVIEWER.role(), ApplicationStatus.SUBMITTED,
                ApplicationStatus.UNDER_REVIEW, "", "{\"assignee\":\"li.na\",\"previousAssignee\":null}"))));
        Path target = exports.resolve("audit-empty-note.json");

        export(AuditScope.all(), target);

        assertVerifiesAndFitsSchema(target, 4);
        assertThat(fileEntries(target).get(3).note()).isEmpty();
        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
    }

    @Test
    void exportOfADateRangeHoldsTheEntriesOfThoseDaysInclusive() throws IOException {
        AuditFixtures.appendMany(database, trail, ENTRIES);
        LocalDate from = LocalDate.of(2025, 3, 4);
        LocalDate to = LocalDate.of(2025, 3, 6);
        Path target = exports.resolve("march.json");

        ExportResult result = export(AuditScope.dateRange(from, to), target);

        List<AuditEntry> entries = fileEntries(target);
        List<Long> expected = new ArrayList<>();
        for (long i = 1; i <= ENTRIES; i++) {
            LocalDate day = LocalDate.ofInstant(AuditFixtures.draft(i).at(), ZoneOffset.UTC);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                expected.add(i);
            }
        }
        assertThat(entries).extracting(AuditEntry::seq).containsExactlyElementsOf(expected);
        assertThat(entries.get(0).at()).startsWith("2025-03-04T");
        assertThat(entries.get(entries.size() - 1).at()).startsWith("2025-03-06T");
        assertThat(result.entryCount()).isEqualTo(expected.size());
        assertVerifiesAndFitsSchema(target, expected.size());
        assertThat(mapper.readTree(target.toFile()).path("scope").toString()).isEqualTo(
                "{\"kind\":\"DATE_RANGE\",\"from\":\"2025-03-04\",\"to\":\"2025-03-06\",\"applicationRef\":null,"
                        + "\"actor\":null}");
    }

    @Test
    void exportOfOneApplicationHasGapsAndStillVerifies() throws IOException {
        AuditFixtures.appendMany(database, trail, ENTRIES);
        String application = AuditFixtures.APPLICATIONS.get(2);
        Path target = exports.resolve("application.json");

        ExportResult result = export(AuditScope.application(application), target);

        List<AuditEntry> entries = fileEntries(target);
        assertThat(entries).isNotEmpty().allMatch(e -> application.equals(e.applicationRef()));
        assertThat(entries).extracting(AuditEntry::seq).isSorted();
        assertThat(entries).hasSize(trail.forApplication(application).size());
        assertThat(entries.get(1).seq() - entries.get(0).seq()).as("the export skips other entries").isGreaterThan(1);
        assertThat(result.entryCount()).isEqualTo(entries.size());
        assertVerifiesAndFitsSchema(target, entries.size());
    }

    @Test
    void exportOfOneActorHoldsOnlyTheirEntries() {
        AuditFixtures.appendMany(database, trail, ENTRIES);
        Path target = exports.resolve("zhao.lei.json");

        ExportResult result = export(AuditScope.actor("zhao.lei"), target);

        assertThat(result.entryCount()).isEqualTo(ENTRIES / 5);
        assertThat(fileEntries(target)).allMatch(e -> e.actor().equals("zhao.lei") && e.seq() % 5 == 0);
        assertVerifiesAndFitsSchema(target, ENTRIES / 5);
    }

    @Test
    void exportOfAnEmptyScopeIsAValidFile() {
        AuditFixtures.appendMany(database, trail, 10);
        Path target = exports.resolve("none.json");

        ExportResult result = export(AuditScope.application("EL-2099-999999"), target);

        assertThat(result.entryCount()).isZero();
        assertVerifiesAndFitsSchema(target, 0);
    }

    @Test
    void entriesAppendedDuringTheExportAreNotInIt() {
        AuditFixtures.appendMany(database, trail, 3000);
        Path target = exports.resolve("during.json");
        boolean[] appended = {false};

        ExportResult result = exporter.export(AuditScope.all(), target, AuditFixtures.SUPERVISOR, (done, total) -> {
            if (done > 0 && !appended[0]) {
                appended[0] = true;
                trail.record(AuditFixtures.draft(3001));
            }
        }, () -> false);

        assertThat(appended[0]).isTrue();
        assertThat(result.entryCount()).isEqualTo(3000);
        assertThat(result.headSeq()).isEqualTo(3000);
        assertVerifiesAndFitsSchema(target, 3000);
        assertThat(latestEntry().seq()).isEqualTo(3002);
    }

    @Test
    void changedLetterInANoteFailsVerificationAtThatSeq() throws IOException {
        AuditFixtures.appendMany(database, trail, ENTRIES);
        Path target = exports.resolve("audit.json");
        export(AuditScope.all(), target);

        editLine(target, "{\"seq\":17,", line -> line.replace("end-user", "end-usar"));

        ChainVerification verification = verifier.verify(target);
        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(17);
        assertThat(verification.reason()).isEqualTo("Entry 17 was changed: its hash does not match its content");
        assertThat(verification.entriesChecked()).isEqualTo(16);
    }

    @Test
    void changedDetailsFailVerificationAtThatSeq() throws IOException {
        AuditFixtures.appendMany(database, trail, ENTRIES);
        Path target = exports.resolve("audit.json");
        export(AuditScope.all(), target);

        editLine(target, "{\"seq\":40,", line -> line.replace("\"12.50\"", "\"12.05\""));

        assertThat(verifier.verify(target).firstBrokenSeq()).isEqualTo(40);
    }

    @Test
    void removedEntryFailsVerificationOfACompleteExport() throws IOException {
        AuditFixtures.appendMany(database, trail, ENTRIES);
        Path target = exports.resolve("audit.json");
        export(AuditScope.all(), target);

        removeLine(target, "{\"seq\":30,");
        rewriteCount(target, ENTRIES - 1);

        ChainVerification verification = verifier.verify(target);
        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(30);
        assertThat(verification.reason()).isEqualTo("Entry 30 is missing: seq jumps from 29 to 31");
    }

    @Test
    void removedLastEntryFailsVerificationOfACompleteExport() throws IOException {
        AuditFixtures.appendMany(database, trail, ENTRIES);
        Path target = exports.resolve("audit.json");
        export(AuditScope.all(), target);

        String text = Files.readString(target);
        int last = text.lastIndexOf(",\n{\"seq\":" + ENTRIES + ",");
        int end = text.indexOf("\n]", last);
        Files.writeString(target, text.substring(0, last) + text.substring(end));
        rewriteCount(target, ENTRIES - 1);

        ChainVerification verification = verifier.verify(target);
        assertThat(verification.firstBrokenSeq()).isEqualTo(ENTRIES);
        assertThat(verification.reason()).contains("is missing");
    }

    @Test
    void swappedEntriesFailVerification() throws IOException {
        AuditFixtures.appendMany(database, trail, ENTRIES);
        Path target = exports.resolve("audit.json");
        export(AuditScope.all(), target);
        List<String> lines = Files.readAllLines(target);
        int at20 = indexOfLineStarting(lines, "{\"seq\":20,");
        String entry20 = lines.get(at20);
        lines.set(at20, lines.get(at20 + 1));
        lines.set(at20 + 1, entry20);
        Files.write(target, lines);

        ChainVerification verification = verifier.verify(target);

        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(20);
    }

    @Test
    void wrongEntryCountFailsVerification() throws IOException {
        AuditFixtures.appendMany(database, trail, 10);
        Path target = exports.resolve("audit.json");
        export(AuditScope.all(), target);

        rewriteCount(target, 11);

        ChainVerification verification = verifier.verify(target);
        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBrokenSeq()).isNull();
        assertThat(verification.reason()).isEqualTo("The file says it holds 11 entries but it holds 10");
    }

    @Test
    void headEntryThatDiffersFromTheNamedHeadFailsVerification() throws IOException {
        AuditFixtures.appendMany(database, trail, 10);
        String headHash = repository.head().hash();
        Path target = exports.resolve("audit.json");
        export(AuditScope.all(), target);

        Files.writeString(target, Files.readString(target).replace("\"headHash\":\"" + headHash,
                "\"headHash\":\"" + "a".repeat(64)));

        ChainVerification verification = verifier.verify(target);
        assertThat(verification.firstBrokenSeq()).isEqualTo(10);
        assertThat(verification.reason()).contains("does not match the chain's head");
    }

    @Test
    void entryOutsideTheScopeFailsVerification() throws IOException {
        AuditFixtures.appendMany(database, trail, ENTRIES);
        Path target = exports.resolve("actor.json");
        export(AuditScope.actor("zhao.lei"), target);

        Files.writeString(target, Files.readString(target).replace("\"actor\":\"zhao.lei\"}", "\"actor\":\"li.na\"}"));

        ChainVerification verification = verifier.verify(target);
        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(5);
        assertThat(verification.reason()).isEqualTo("Entry 5 does not belong in the file: it is not among the entries by li.na");
    }

    @Test
    void fileThatIsNotAnExportFailsVerificationWithAReason() throws IOException {
        Path notJson = Files.writeString(exports.resolve("notes.txt"), "Dear colleague, please see attached.");
        Path otherFormat = Files.writeString(exports.resolve("other.json"), "{\"format\":\"something.else\"}");
        Path newerVersion = Files.writeString(exports.resolve("newer.json"),
                "{\"format\":\"licensedesk.audit\",\"formatVersion\":2}");
        Path truncated = exports.resolve("truncated.json");
        AuditFixtures.appendMany(database, trail, 10);
        export(AuditScope.all(), truncated);
        String whole = Files.readString(truncated);
        Files.writeString(truncated, whole.substring(0, whole.length() / 2));

        assertThat(verifier.verify(notJson)).satisfies(v -> {
            assertThat(v.ok()).isFalse();
            assertThat(v.reason()).startsWith("The file is not a LicenseDesk audit export: it is not valid JSON");
        });
        assertThat(verifier.verify(otherFormat).reason())
                .isEqualTo("The file is not a LicenseDesk audit export: its format is \"something.else\"");
        assertThat(verifier.verify(newerVersion).reason())
                .isEqualTo("The file's format version 2 is not one this LicenseDesk reads (version 1)");
        assertThat(verifier.verify(truncated).ok()).isFalse();
        assertThat(verifier.verify(exports.resolve("absent.json")).reason()).startsWith("The file ")
                .contains("cannot be read");
    }

    @Test
    void cancelledExportLeavesNoFileAndNoEntry() throws IOException {
        AuditFixtures.appendMany(database, trail, 5000);
        Path target = exports.resolve("cancelled.json");
        int[] asked = {0};

        assertThatThrownBy(() -> exporter.export(AuditScope.all(), target, AuditFixtures.SUPERVISOR,
                ProgressListener.NONE, () -> ++asked[0] > 2500))
                .isInstanceOf(CancellationException.class);

        assertThat(asked[0]).isGreaterThan(2500);
        assertThat(filesIn(exports)).isEmpty();
        assertThat(repository.head().seq()).isEqualTo(5000);
    }

    @Test
    void failedExportLeavesNoFileAndNoEntry() {
        AuditFixtures.appendMany(database, trail, 10);
        Path target = folder.resolve("no-such-folder").resolve("audit.json");

        assertThatThrownBy(() -> export(AuditScope.all(), target))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("could not be written to " + target.getParent());

        assertThat(target.getParent()).doesNotExist();
        assertThat(repository.head().seq()).isEqualTo(10);
    }

    @Test
    void exportReplacesAnOlderFile() throws IOException {
        AuditFixtures.appendMany(database, trail, 10);
        Path target = Files.writeString(exports.resolve("audit.json"), "old");

        export(AuditScope.all(), target);

        assertVerifiesAndFitsSchema(target, 10);
        assertThat(filesIn(exports)).containsExactly("audit.json");
    }

    @Test
    void exportOfTwoHundredThousandEntriesStreams() {
        AuditFixtures.appendMany(database, trail, 200_000);
        Path target = exports.resolve("large.json");
        List<Long> progress = new ArrayList<>();

        ExportResult result = exporter.export(AuditScope.all(), target, AuditFixtures.SUPERVISOR,
                (done, total) -> progress.add(done), () -> false);

        assertThat(result.entryCount()).isEqualTo(200_000);
        assertThat(result.headSeq()).isEqualTo(200_000);
        assertThat(progress).hasSize(202).startsWith(0L, 1000L).endsWith(200_000L);
        ChainVerification verification = verifier.verify(target);
        assertThat(verification.ok()).as(verification.reason()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(200_000);
        assertThat(latestEntry().seq()).isEqualTo(200_001);
    }

    @Test
    void schemaNamesEveryActionAndStatus() {
        JsonNode schemaJson = schema.getSchemaNode();
        Set<String> actions = texts(schemaJson.at("/$defs/entry/properties/action/enum"));
        Set<String> statuses = texts(schemaJson.at("/$defs/status/enum"));

        assertThat(actions).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(AuditAction.values()).map(Enum::name).toList());
        assertThat(statuses).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList());
    }

    @Test
    void schemaRefusesAFileWithAFloatingPointNumberInDetails() throws IOException {
        AuditFixtures.appendMany(database, trail, 3);
        Path target = exports.resolve("audit.json");
        export(AuditScope.all(), target);

        JsonNode withFloat = mapper.readTree(Files.readString(target).replace("\"step\":2", "\"step\":2.5"));

        assertThat(schema.validate(withFloat)).isNotEmpty();
        Files.writeString(target, withFloat.toString());
        assertThat(verifier.verify(target).firstBrokenSeq()).isEqualTo(2);
    }

    /**
     * Details are copied as stored when they are one JSON value (nested values and their order kept), and an altered
     * row whose details are not exactly one JSON value (here one followed by more text) shows as the stored text.
     */
    @Test
    void detailsAreCopiedAsStoredAndAlteredTextShowsAsText() throws IOException {
        AuditFixtures.appendMany(database, trail, 5);
        String nested = "{\"b\":[1,{\"c\":\"x\\u00e9\"}],\"a\":null}";
        String trailing = "{\"a\":1} appended by hand";
        database.withConnection(connection -> {
            try (var update = connection.prepareStatement("UPDATE audit_entry SET details = ? WHERE seq = ?")) {
                update.setString(1, nested);
                update.setLong(2, 2);
                update.executeUpdate();
                update.setString(1, trailing);
                update.setLong(2, 3);
                update.executeUpdate();
            }
            return null;
        });
        Path target = exports.resolve("audit-altered.json");

        export(AuditScope.all(), target);

        JsonNode entries = mapper.readTree(target.toFile()).path("entries");
        assertThat(entries.get(1).path("details")).isEqualTo(mapper.readTree(nested));
        assertThat(entries.get(1).path("details").fieldNames()).toIterable().containsExactly("b", "a");
        assertThat(entries.get(2).path("details").isTextual()).isTrue();
        assertThat(entries.get(2).path("details").asText()).isEqualTo(trailing);
        assertThat(Files.readAllLines(target, StandardCharsets.UTF_8))
                .as("one entry a line").filteredOn(line -> line.startsWith("{\"seq\":")).hasSize(5);
    }

    private ExportResult export(AuditScope scope, Path target) {
        return exporter.export(scope, target, AuditFixtures.SUPERVISOR, ProgressListener.NONE, () -> false);
    }

    private void assertVerifiesAndFitsSchema(Path target, long entries) {
        ChainVerification verification = verifier.verify(target);
        assertThat(verification.ok()).as(verification.reason()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(entries);
        try {
            Set<ValidationMessage> problems = schema.validate(mapper.readTree(target.toFile()));
            assertThat(problems).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<AuditEntry> fileEntries(Path file) {
        AuditEntryJson json = new AuditEntryJson();
        try {
            List<AuditEntry> entries = new ArrayList<>();
            mapper.readTree(file.toFile()).path("entries").forEach(node -> entries.add(json.fromJson(node)));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AuditEntry latestEntry() {
        List<AuditEntry> last = new ArrayList<>();
        long head = repository.head().seq();
        repository.forEachInRange(head, head, last::add);
        return last.get(0);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(node -> {
            if (node.isTextual()) {
                texts.add(node.asText());
            }
        });
        return texts;
    }

    private static int indexOfLineStarting(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("No line starts with " + start);
    }

    private static void editLine(Path file, String start, UnaryOperator<String> edit)
            throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int index = indexOfLineStarting(lines, start);
        String edited = edit.apply(lines.get(index));
        assertThat(edited).as("the edit changes the line").isNotEqualTo(lines.get(index));
        lines.set(index, edited);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static void removeLine(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.remove(indexOfLineStarting(lines, start));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static void rewriteCount(Path file, long count) throws IOException {
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("\"entryCount\":\\d+", "\"entryCount\":" + count));
    }

    @Test
    void reviewerMayNotExportAndNothingIsWritten(@org.junit.jupiter.api.io.TempDir Path elsewhere) {
        Path target = elsewhere.resolve("by-reviewer.json");
        assertThatThrownBy(() -> exporter.export(AuditScope.all(), target, AuditFixtures.REVIEWER,
                ProgressListener.NONE, () -> false))
                .isInstanceOf(AuditRefusedException.class)
                .hasMessageContaining("supervisor");
        assertThat(target).doesNotExist();
    }
}
