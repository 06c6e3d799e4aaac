package org.licensedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.HistoryRepository;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;

/** Exports of what a history filter shows: audit JSON that verifies, and a CSV sheet for spreadsheets. */
@StoreTest
class HistoryExportTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String AWKWARD = "最终用户 \"Magnetech, GmbH\" said:\nship in two lots, \"as agreed\"";

    @TempDir
    Path folder;

    private final ObjectMapper mapper = JsonMapper.create();
    private Database database;
    private AuditRepository repository;
    private AuditTrail trail;
    private AuditExporter exporter;

    @BeforeEach
    void open() {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        repository = new AuditRepository(database);
        trail = new AuditTrail(database, repository, Clock.fixed(Instant.parse("2025-06-30T10:15:30.123Z"), ZONE));
        exporter = new AuditExporter(database, repository, new HistoryRepository(database, ZONE), trail,
                TestDatabases.officials(database));
        AuditFixtures.appendMany(database, trail, 120);
        trail.record(new AuditDraft(Instant.parse("2025-03-20T02:00:00Z"), "EL-2025-000101", AuditAction.NOTE_ADDED,
                "li.na", AuditFixtures.REVIEWER.role(), null, null, AWKWARD, "{}"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<AuditEntry> all() {
        List<AuditEntry> entries = new ArrayList<>();
        repository.forEachInRange(1, repository.maxSeq(), entries::add);
        return entries;
    }

    private HistoryFilter filter() {
        return new HistoryFilter(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 25), "li.na",
                EnumSet.of(AuditAction.NOTE_ADDED), null, null, null, null, null, "END-USER", null);
    }

    @Test
    void jsonOfAFilterHoldsItsEntriesFitsTheSchemaAndVerifies() throws IOException {
        HistoryFilter filter = filter();
        List<Long> expected = all().stream().filter(e -> filter.admitsEntry(e, ZONE)).map(AuditEntry::seq)
                .collect(Collectors.toList());
        Path target = folder.resolve("history.json");

        ExportResult result = exporter.export(AuditScope.filter(filter, ZONE), ExportFormat.JSON, target,
                AuditFixtures.SUPERVISOR, ProgressListener.NONE, () -> false);

        assertThat(expected).hasSizeBetween(5, 60);
        assertThat(result.entryCount()).isEqualTo(expected.size());
        JsonNode file = mapper.readTree(target.toFile());
        assertThat(schema().validate(file)).isEmpty();
        assertThat(file.path("scope").path("kind").asText()).isEqualTo("FILTER");
        assertThat(file.path("scope").path("filter").path("zone").asText()).isEqualTo("Asia/Shanghai");
        List<Long> seqs = new ArrayList<>();
        file.path("entries").forEach(entry -> seqs.add(entry.path("seq").asLong()));
        assertThat(seqs).isEqualTo(expected);
        ChainVerification verification = new AuditFileVerifier().verify(target);
        assertThat(verification.ok()).as(verification.reason()).isTrue();
        AuditEntry recorded = all().get(all().size() - 1);
        assertThat(recorded.action()).isEqualTo("AUDIT_EXPORTED");
        assertThat(mapper.readTree(recorded.detailsJson()).path("scope")).isEqualTo(file.path("scope"));
        assertThat(recorded.note()).contains("actor li.na", "NOTE_ADDED", "note containing END-USER");
    }

    @Test
    void aFilterFileWithAnEntryOutsideItsFilterDoesNotVerify() throws IOException {
        Path target = folder.resolve("history.json");
        exporter.export(AuditScope.filter(filter(), ZONE), ExportFormat.JSON, target, AuditFixtures.SUPERVISOR,
                ProgressListener.NONE, () -> false);
        String text = Files.readString(target);
        Files.writeString(target, text.replace("\"noteText\":\"END-USER\"", "\"noteText\":\"customs\""));

        ChainVerification verification = new AuditFileVerifier().verify(target);

        assertThat(verification.ok()).isFalse();
        assertThat(verification.reason()).contains("does not belong");
    }

    @Test
    void csvStartsWithAByteOrderMarkAndRoundTripsChineseQuotesCommasAndLineBreaks() throws IOException {
        HistoryFilter filter = HistoryFilter.ANY.withActor("li.na");
        List<AuditEntry> expected = all().stream().filter(e -> filter.admitsEntry(e, ZONE))
                .collect(Collectors.toList());
        Path target = folder.resolve("history.csv");

        exporter.export(AuditScope.filter(filter, ZONE), ExportFormat.CSV, target, AuditFixtures.SUPERVISOR,
                ProgressListener.NONE, () -> false);

        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\r\n").contains("\"最终用户 \"\"Magnetech, GmbH\"\" said:\nship");
        List<CSVRecord> rows;
        try (Reader reader = new StringReader(text)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        }
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            AuditEntry entry = expected.get(i);
            CSVRecord row = rows.get(i);
            assertThat(row.get("seq")).isEqualTo(Long.toString(entry.seq()));
            assertThat(row.get("at")).isEqualTo(entry.at());
            assertThat(row.get("application")).isEqualTo(entry.applicationRef() == null ? "" : entry.applicationRef());
            assertThat(row.get("action")).isEqualTo(entry.action());
            assertThat(row.get("actor")).isEqualTo("li.na");
            assertThat(row.get("note")).isEqualTo(entry.note());
        }
        assertThat(rows.get(rows.size() - 1).get("note")).isEqualTo(AWKWARD);
        assertThat(rows.get(rows.size() - 1).get("time (Asia/Shanghai)")).isEqualTo("2025-03-20 10:00:00");
        AuditEntry recorded = all().get(all().size() - 1);
        assertThat(recorded.action()).isEqualTo("AUDIT_EXPORTED");
        assertThat(mapper.readTree(recorded.detailsJson()).path("format").asText()).isEqualTo("csv");
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = AuditExporter.class.getResourceAsStream("audit-export.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
