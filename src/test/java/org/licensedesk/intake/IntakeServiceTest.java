package org.licensedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.licensedesk.intake.IntakeFiles.application;
import static org.licensedesk.intake.IntakeFiles.batch;
import static org.licensedesk.intake.IntakeFiles.item;
import static org.licensedesk.intake.IntakeFiles.reference;
import static org.licensedesk.intake.IntakeFiles.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.Document;
import org.licensedesk.domain.Item;
import org.licensedesk.domain.ItemForm;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.IntakeRepository;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;

@StoreTest
class IntakeServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC);
    private static final User REVIEWER = new User("li.na", "Li Na", UserRole.REVIEWER, true);

    @TempDir
    Path folder;
    private Database database;
    private ApplicationRepository applications;
    private AuditRepository auditEntries;
    private AuditTrail trail;
    private IntakeService intake;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        applications = new ApplicationRepository(database);
        auditEntries = new AuditRepository(database);
        trail = new AuditTrail(database, auditEntries, CLOCK);
        intake = new IntakeService(database, applications, new ControlListRepository(database), new IntakeRepository(),
                trail, TestDatabases.officials(database));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private ImportResult importFile(Path file) {
        return intake.importFile(file, REVIEWER, ProgressListener.NONE, () -> false);
    }

    private ImportResult importBatch(List<ObjectNode> batch) {
        return importFile(write(folder.resolve("batch.json"), batch(batch)));
    }

    private static List<ObjectNode> valid(int count) {
        List<ObjectNode> list = new ArrayList<>();
        IntStream.rangeClosed(1, count).forEach(n -> list.add(application(reference(n))));
        return list;
    }

    private void assertNothingWritten(ImportResult result) {
        assertThat(result.ok()).isFalse();
        assertThat(result.imported()).isZero();
        assertThat(applications.count()).isZero();
        assertThat(auditEntries.head().seq()).isZero();
    }

    @Test
    void validBatchIsImportedWithAllItsParts() {
        ImportResult result = importBatch(valid(3));

        assertThat(result.ok()).isTrue();
        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.skippedReferences()).isEmpty();
        assertThat(result.problems()).isEmpty();
        assertThat(applications.count()).isEqualTo(3);
        LicenceApplication stored = applications.find(reference(2)).orElseThrow();
        assertThat(stored.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(stored.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(stored.applicant().uscc()).isEqualTo(IntakeFiles.USCC);
        assertThat(stored.endUser().country()).isEqualTo("DE");
        assertThat(stored.endUse()).startsWith("Manufacture of NdFeB");
        assertThat(stored.transport().portOfExport()).isEqualTo("Shanghai");
        assertThat(stored.items()).extracting(Item::lineNo, Item::elementSymbol, Item::form, Item::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Dy", ItemForm.OXIDE, new BigDecimal("500.000")),
                        org.assertj.core.groups.Tuple.tuple(2, "Tb", ItemForm.TARGET, new BigDecimal("12.000")));
        assertThat(stored.documents()).extracting(Document::receivedOn).containsOnly(LocalDate.of(2026, 3, 2));
        assertThat(stored.hasEndUserCertificate()).isTrue();
    }

    @Test
    void aDeclaredMilitaryEndUseIsKeptAndItsAbsenceMeansNone() {
        List<ObjectNode> batch = valid(2);
        ((ObjectNode) batch.get(0).get("endUser")).put("military", true);

        assertThat(importBatch(batch).imported()).isEqualTo(2);

        assertThat(applications.find(reference(1)).orElseThrow().militaryDeclared()).isTrue();
        assertThat(applications.find(reference(2)).orElseThrow().militaryDeclared()).isFalse();
    }

    @Test
    void aGeneralLicenceNamesFurtherPermittedPartiesInOrder() {
        List<ObjectNode> batch = valid(1);
        ObjectNode application = batch.get(0).put("licenceType", "GENERAL");
        application.putArray("permittedParties")
                .add(permitted("CONSIGNEE", "Rotterdam Rare Metals B.V.", "NL"))
                .add(permitted("END_USER", "Tallinn Magnet Works OÜ", "EE"));

        assertThat(importBatch(batch).imported()).isEqualTo(1);

        assertThat(applications.find(reference(1)).orElseThrow().permittedParties())
                .extracting(Party::role, Party::name, Party::country).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PartyRole.CONSIGNEE, "Rotterdam Rare Metals B.V.", "NL"),
                        org.assertj.core.groups.Tuple.tuple(PartyRole.END_USER, "Tallinn Magnet Works OÜ", "EE"));
    }

    @Test
    void permittedPartiesOnASingleLicenceOrWithAnUnknownCountryAreRefused() {
        List<ObjectNode> batch = valid(2);
        batch.get(0).putArray("permittedParties").add(permitted("END_USER", "Tallinn Magnet Works OÜ", "EE"));
        batch.get(1).put("licenceType", "GENERAL").putArray("permittedParties")
                .add(permitted("END_USER", "Nowhere Metals", "XX"));

        ImportResult result = importBatch(batch);

        assertNothingWritten(result);
        assertThat(result.problems()).containsExactly(
                new IntakeProblem("/applications/0/permittedParties", "only a general licence names further "
                        + "permitted consignees and end users (Regulations Art. 15); a single licence has one of each"),
                new IntakeProblem("/applications/1/permittedParties/0/country", "XX is not an ISO 3166-1 "
                        + "alpha-2 country code"));
    }

    private static ObjectNode permitted(String role, String name, String country) {
        ObjectNode party = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        return party.put("role", role).put("name", name).put("country", country).put("address", "Harbour Road 1");
    }

    @Test
    void aMilitaryDeclarationThatIsNotTrueOrFalseIsRefused() {
        List<ObjectNode> batch = valid(1);
        ((ObjectNode) batch.get(0).get("endUser")).put("military", "yes");

        assertNothingWritten(importBatch(batch));
    }

    @Test
    void eachImportedApplicationGetsACreatedEntryAndTheChainVerifies() {
        importBatch(valid(3));

        List<AuditEntry> entries = trail.forApplication(reference(1));
        assertThat(entries).hasSize(1);
        AuditEntry created = entries.get(0);
        assertThat(created.action()).isEqualTo("CREATED");
        assertThat(created.actor()).isEqualTo("li.na");
        assertThat(created.actorRole()).isEqualTo("REVIEWER");
        assertThat(created.toStatus()).isEqualTo("SUBMITTED");
        assertThat(created.note()).isEqualTo("Imported from intake file batch.json");
        assertThat(created.detailsJson()).isEqualTo("{\"file\":\"batch.json\",\"source\":\"intake\"}");
        assertThat(auditEntries.head().seq()).isEqualTo(3);
        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
    }

    @Test
    void importingTheSameFileTwiceSkipsEveryReference() {
        Path file = write(folder.resolve("batch.json"), batch(valid(3)));
        importFile(file);

        ImportResult again = importFile(file);

        assertThat(again.ok()).isTrue();
        assertThat(again.imported()).isZero();
        assertThat(again.skippedReferences()).containsExactly(reference(1), reference(2), reference(3));
        assertThat(applications.count()).isEqualTo(3);
        assertThat(auditEntries.head().seq()).isEqualTo(3);
    }

    @Test
    void referenceAlreadyInTheDatabaseIsSkippedAndTheRestImported() {
        importBatch(valid(1));

        ImportResult result = importBatch(valid(2));

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.skippedReferences()).containsExactly(reference(1));
        assertThat(applications.count()).isEqualTo(2);
    }

    @Test
    void oneBadApplicationAmongGoodOnesRefusesTheWholeFile() {
        List<ObjectNode> batch = valid(5);
        ((ObjectNode) batch.get(3).get("items").get(0)).put("controlCode", "1C999.a");

        ImportResult result = importBatch(batch);

        assertNothingWritten(result);
        assertThat(result.problems()).containsExactly(
                new IntakeProblem("/applications/3/items/0/controlCode", "1C999.a is not in the control list"));
        assertThat(result.problemCount()).isEqualTo(1);
    }

    @Test
    void badApplicationAfterBatchesAlreadyWrittenLeavesNothingBehind() {
        List<ObjectNode> batch = valid(1_203);
        batch.get(1_202).put("licenceType", "MULTIPLE");

        ImportResult result = importBatch(batch);

        assertNothingWritten(result);
        assertThat(result.problems()).containsExactly(
                new IntakeProblem("/applications/1202/licenceType", "\"MULTIPLE\" is not one of SINGLE, GENERAL"));
    }

    @Test
    void brokenJsonIsRefusedWithThePlaceItBreaks() {
        String text = batch(valid(2)).toPrettyString();
        Path file = write(folder.resolve("broken.json"), text.substring(0, text.lastIndexOf("\"unitPriceUsd\"")));

        ImportResult result = importFile(file);

        assertNothingWritten(result);
        assertThat(result.problems()).hasSize(1);
        IntakeProblem problem = result.problems().get(0);
        assertThat(problem.pointer()).isEqualTo("/applications/1/items/1");
        assertThat(problem.message()).startsWith("the file is not valid JSON here (line ")
                .endsWith(": the end of the file before an object was closed with } (is the file complete?)");
    }

    @Test
    void brokenValueIsPointedAt() {
        String text = batch(valid(2)).toString().replace("\"quantity\":\"12\"", "\"quantity\":'12'");

        ImportResult result = importFile(write(folder.resolve("broken.json"), text));

        assertNothingWritten(result);
        assertThat(result.problems()).extracting(IntakeProblem::pointer).containsExactly("/applications/0/items/1/quantity");
        assertThat(result.problems().get(0).message()).startsWith("the file is not valid JSON here (line 1, column ");
    }

    @Test
    void fileThatIsNotJsonAtAllIsRefused() {
        ImportResult result = importFile(write(folder.resolve("notes.json"), "Reference;Applicant\nEXP-1;Ganzhou\n"));

        assertNothingWritten(result);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEmpty();
            assertThat(problem.message()).startsWith("the file is not valid JSON here (line 1, column ");
            assertThat(problem.line()).startsWith("(file): ");
        });
    }

    @Test
    void wrongFormatTagIsRefusedBeforeAnyApplication() {
        ObjectNode batch = batch(valid(2));
        batch.put("format", "licensedesk.audit");

        ImportResult result = importFile(write(folder.resolve("audit.json"), batch));

        assertNothingWritten(result);
        assertThat(result.problems()).containsExactly(new IntakeProblem("/format",
                "must be \"licensedesk.intake\", not \"licensedesk.audit\": this is not a LicenseDesk intake file"));
    }

    @Test
    void missingEnvelopeFieldsAndUnknownOnesAreListed() {
        ObjectNode batch = IntakeFiles.MAPPER.createObjectNode();
        batch.put("format", "licensedesk.intake");
        batch.put("createdBy", "export portal");
        batch.putArray("applications").add(application(reference(1)));

        ImportResult result = importFile(write(folder.resolve("envelope.json"), batch));

        assertNothingWritten(result);
        assertThat(result.problems()).extracting(IntakeProblem::pointer)
                .containsExactly("/createdBy", "/formatVersion");
        assertThat(result.problems().get(1).message()).isEqualTo("is missing: an intake file has \"formatVersion\": 1");
    }

    @Test
    void wrongTypesAreListedEachByItsPointer() {
        List<ObjectNode> batch = valid(2);
        ObjectNode bad = batch.get(1);
        ((ObjectNode) bad.get("items").get(0)).put("quantity", 500);
        bad.put("receivedAt", 20260302);
        ((ObjectNode) bad.get("applicant")).remove("uscc");
        ((ObjectNode) bad.get("documents").get(1)).put("type", "INVOICE");
        bad.put("remarks", "urgent");
        ((ObjectNode) bad.get("consignee")).putArray("country");

        ImportResult result = importBatch(batch);

        assertNothingWritten(result);
        assertThat(result.problems()).containsExactlyInAnyOrder(
                new IntakeProblem("/applications/1/items/0/quantity", "must be a string, not the number 500 (a decimal "
                        + "written as a string with at most 3 decimal places, such as \"500.000\")"),
                new IntakeProblem("/applications/1/receivedAt", "must be a string, not the number 20260302 (a date "
                        + "written YYYY-MM-DD, such as 2026-03-02)"),
                new IntakeProblem("/applications/1/applicant/uscc", "is missing"),
                new IntakeProblem("/applications/1/documents/1/type", "\"INVOICE\" is not one of END_USER_CERTIFICATE, "
                        + "END_USE_STATEMENT, CONTRACT, TECHNICAL_SPECIFICATION, RISK_ASSESSMENT_REPORT, "
                        + "EXPORTER_UNDERTAKING, INTERNAL_COMPLIANCE_PROGRAMME, OTHER"),
                new IntakeProblem("/applications/1/remarks", "is not a field of the intake format (check its spelling)"),
                new IntakeProblem("/applications/1/consignee/country", "must be a string, not an array (an ISO 3166-1 "
                        + "alpha-2 country code of two capital letters, such as DE)"));
    }

    @Test
    void malformedValuesSayWhatIsExpected() {
        List<ObjectNode> batch = valid(2);
        ObjectNode bad = batch.get(0);
        bad.put("receivedAt", "2026-02-30");
        ((ObjectNode) bad.get("items").get(1)).put("unitPriceUsd", "4200.005");
        ((ObjectNode) bad.get("endUser")).put("name", "   ");
        ((ArrayNode) batch.get(1).get("items")).removeAll();

        ImportResult result = importBatch(batch);

        assertThat(result.problems()).containsExactlyInAnyOrder(
                new IntakeProblem("/applications/0/receivedAt",
                        "\"2026-02-30\" is not a date written YYYY-MM-DD, such as 2026-03-02"),
                new IntakeProblem("/applications/0/items/1/unitPriceUsd", "\"4200.005\" is not a decimal written as "
                        + "a string with at most 2 decimal places, such as \"312.50\""),
                new IntakeProblem("/applications/0/endUser/name", "must not be blank"),
                new IntakeProblem("/applications/1/items", "needs at least one item"));
    }

    @Test
    void duplicateReferenceWithinTheFileIsAProblem() {
        List<ObjectNode> batch = valid(3);
        batch.get(2).put("reference", reference(1));

        ImportResult result = importBatch(batch);

        assertNothingWritten(result);
        assertThat(result.problems()).containsExactly(new IntakeProblem("/applications/2/reference",
                "\"EXP-2026-000001\" appears twice in this file (first at /applications/0)"));
    }

    @Test
    void suspendedControlCodeIsAnErrorThatSaysSo() {
        List<ObjectNode> batch = valid(1);
        ((ArrayNode) batch.get(0).get("items")).add(item("1C909.b", "Holmium oxide Ho2O3 99.9%", "100", "KG", "95.00"));

        ImportResult result = importBatch(batch);

        assertNothingWritten(result);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/applications/0/items/2/controlCode");
            assertThat(problem.message()).startsWith("1C909.b is suspended on 2026-03-02")
                    .contains("the suspension runs from 2025-11-08 until 2026-11-10");
        });
    }

    @Test
    void controlCodeNotYetInForceOnTheDayReceivedIsAnError() {
        List<ObjectNode> batch = valid(1);
        batch.get(0).put("receivedAt", "2025-03-31");

        ImportResult result = importBatch(batch);

        assertThat(result.problems()).extracting(IntakeProblem::pointer).containsExactly(
                "/applications/0/items/0/controlCode", "/applications/0/items/1/controlCode");
        assertThat(result.problems().get(0).message()).startsWith("1C905.b was not yet in force on 2025-03-31")
                .contains("in force from 2025-04-04");
    }

    @Test
    void domainChecksBeyondTheSchemaAreReportedByPointer() {
        List<ObjectNode> batch = valid(1);
        ObjectNode bad = batch.get(0);
        String uscc = IntakeFiles.USCC;
        char wrong = uscc.charAt(17) == '0' ? '1' : '0';
        ((ObjectNode) bad.get("applicant")).put("uscc", uscc.substring(0, 17) + wrong);
        ((ObjectNode) bad.get("endUser")).put("country", "XK");
        ((ObjectNode) bad.get("consignee")).put("country", "EU");
        ((ObjectNode) bad.get("items").get(0)).put("quantity", "0");
        ((ObjectNode) bad.get("items").get(1)).put("unitPriceUsd", "-4200.00");

        ImportResult result = importBatch(batch);

        assertNothingWritten(result);
        assertThat(result.problems()).containsExactlyInAnyOrder(
                new IntakeProblem("/applications/0/applicant/uscc", "The USCC check digit should be "
                        + uscc.charAt(17) + ", not " + wrong + " (is a character mistyped?)."),
                new IntakeProblem("/applications/0/consignee/country", "EU is not an ISO 3166-1 alpha-2 country code"),
                new IntakeProblem("/applications/0/endUser/country", "XK is not an ISO 3166-1 alpha-2 country code"),
                new IntakeProblem("/applications/0/items/0/quantity", "must be more than zero, not 0"),
                new IntakeProblem("/applications/0/items/1/unitPriceUsd", "must be more than zero, not -4200.00"));
    }

    @Test
    void applicationWithoutEndUserCertificateIsImportedAndFlaggedIncomplete() {
        List<ObjectNode> batch = valid(2);
        ((ArrayNode) batch.get(1).get("documents")).remove(0);

        ImportResult result = importBatch(batch);

        assertThat(result.ok()).isTrue();
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.incompleteReferences()).containsExactly(reference(2));
        IntakeRepository flags = new IntakeRepository();
        assertThat(database.<Optional<Boolean>>read(transaction -> flags.isIncomplete(transaction, reference(2))))
                .contains(true);
        assertThat(database.<Optional<Boolean>>read(transaction -> flags.isIncomplete(transaction, reference(1))))
                .contains(false);
        assertThat(trail.forApplication(reference(2)).get(0).note()).contains("flagged INCOMPLETE");
    }

    @Test
    void sampleFileInAssetsImportsCleanly() {
        ImportResult result = importFile(Path.of("assets/intake-sample.json"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).isEqualTo(4);
        assertThat(result.incompleteReferences()).containsExactly("EXP-2026-004213");
        LicenceApplication magnets = applications.find("EXP-2026-004212").orElseThrow();
        assertThat(magnets.items()).extracting(Item::form).containsOnly(ItemForm.MAGNET_MATERIAL);
        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
    }

    @Test
    void veryBadFileListsAThousandProblemsAndCountsTheRest() {
        List<ObjectNode> batch = valid(1_200);
        batch.forEach(application -> application.put("licenceType", "ANNUAL"));

        ImportResult result = importBatch(batch);

        assertNothingWritten(result);
        assertThat(result.problems()).hasSize(IntakeService.MAX_LISTED_PROBLEMS);
        assertThat(result.problemCount()).isEqualTo(1_200);
        assertThat(result.unlistedProblems()).isEqualTo(200);
    }

    @Test
    void cancelledImportWritesNothing() {
        Path file = write(folder.resolve("batch.json"), batch(valid(800)));
        int[] asked = {0};

        assertThatThrownBy(() -> intake.importFile(file, REVIEWER, ProgressListener.NONE, () -> ++asked[0] > 700))
                .isInstanceOf(CancellationException.class);

        assertThat(applications.count()).isZero();
        assertThat(auditEntries.head().seq()).isZero();
    }

    @Test
    void progressReportsBytesReadUpToTheFileSize() throws Exception {
        Path file = write(folder.resolve("batch.json"), batch(valid(600)));
        long size = java.nio.file.Files.size(file);
        List<long[]> updates = new ArrayList<>();

        intake.importFile(file, REVIEWER, (done, total) -> updates.add(new long[] {done, total}), () -> false);

        assertThat(updates).allSatisfy(update -> assertThat(update[1]).isEqualTo(size));
        assertThat(updates.get(0)[0]).isZero();
        assertThat(updates.get(updates.size() - 1)[0]).isEqualTo(size);
        assertThat(updates).extracting(update -> update[0]).isSorted();
    }

    @Test
    void deactivatedUserAndMissingFileAreRefusedBeforeReading() {
        assertThatThrownBy(() -> importFile(folder.resolve("nothing.json")))
                .isInstanceOf(IntakeRefusedException.class).hasMessageContaining("There is no file");
        // Deactivated since signing in: the window still holds li.na as active; the store decides.
        User signedIn = new User("li.na", "Li Na", UserRole.REVIEWER, true);
        TestDatabases.deactivate(database, "li.na");
        Path file = write(folder.resolve("batch.json"), batch(valid(1)));

        assertThatThrownBy(() -> intake.importFile(file, signedIn, ProgressListener.NONE, () -> false))
                .isInstanceOf(IntakeRefusedException.class)
                .hasMessage("The account li.na has been deactivated; it cannot import applications any more.");
        assertThat(applications.count()).isZero();
    }
}
