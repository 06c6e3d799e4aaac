package org.licensedesk.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.ScreeningRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.TestDatabases;

class ScreeningServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC);
    private static final User REVIEWER = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User SUPERVISOR = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @TempDir
    Path folder;
    private Database database;
    private ApplicationRepository applications;
    private AuditRepository auditEntries;
    private ScreeningService screening;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        applications = new ApplicationRepository(database);
        auditEntries = new AuditRepository(database);
        screening = new ScreeningService(database, new ScreeningRepository(database),
                new AuditTrail(database, auditEntries, CLOCK), TestDatabases.officials(database));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** The sample application with its end user renamed. */
    private static LicenceApplication withEndUser(String reference, ApplicationStatus status, String endUser) {
        LicenceApplication a = SampleApplications.dysprosiumOxide(reference, RECEIVED, status, null);
        return new LicenceApplication(a.reference(), a.receivedOn(), a.licenceType(), a.applicant(), a.consignee(),
                new Party(PartyRole.END_USER, endUser, "CY", "Nicosia"), a.endUse(), a.contract(), a.transport(),
                a.items(), a.documents(), a.status(), a.assignee(), a.version());
    }

    private List<AuditEntry> listImports() {
        List<AuditEntry> found = new ArrayList<>();
        auditEntries.forEachInRange(1, Long.MAX_VALUE, entry -> {
            if ("SCREENING_LIST_IMPORTED".equals(entry.action())) {
                found.add(entry);
            }
            return true;
        });
        return found;
    }

    @Test
    void importsBothListsKeepingSourceListProgramsAndAliases() {
        ListImportResult csl = screening.importList(ListFormat.CSL, List.of(ScreeningSamples.cslCurrent()), SUPERVISOR);
        ListImportResult ofac = screening.importList(ListFormat.OFAC, ScreeningSamples.ofac(), SUPERVISOR);

        assertThat(csl.entries()).isEqualTo(13);
        assertThat(ofac.entries()).isEqualTo(7379);
        assertThat(ofac.aliases()).isGreaterThan(9_000);
        assertThat(screening.entryCounts()).isEqualTo(Map.of("CSL", 13, "OFAC_SDN", 7379));
        assertThat(screening.threshold()).isEqualTo(85);
        assertThat(new ScreeningRepository(database).entries()).filteredOn(e -> e.name().equals("ROSNEFT TRADE LIMITED"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.source()).isEqualTo("CSL");
                    assertThat(entry.listName()).startsWith("Sectoral Sanctions Identifications List");
                    assertThat(entry.programs()).isEqualTo("UKRAINE-EO13662");
                    assertThat(entry.aliases()).containsExactly("TNK TRADE LIMITED");
                    assertThat(entry.id()).isPositive();
                });
    }

    @Test
    void reimportReplacesOnlyThatSourceAndIsAudited() {
        screening.importList(ListFormat.CSL, List.of(ScreeningSamples.cslCurrent()), SUPERVISOR);
        screening.importList(ListFormat.OFAC, ScreeningSamples.ofac(), SUPERVISOR);

        ListImportResult again = screening.importList(ListFormat.CSL, List.of(ScreeningSamples.cslOlderHeader()),
                SUPERVISOR);

        assertThat(again.replaced()).isEqualTo(13);
        assertThat(screening.entryCounts()).isEqualTo(Map.of("CSL", 115, "OFAC_SDN", 7379));
        List<AuditEntry> imports = listImports();
        assertThat(imports).hasSize(3);
        AuditEntry last = imports.get(2);
        assertThat(last.actor()).isEqualTo("zhao.lei");
        assertThat(last.applicationRef()).isNull();
        assertThat(last.note()).contains("CSL").contains("csl-older-header.csv").contains("115");
        assertThat(last.detailsJson()).contains("\"source\":\"CSL\"").contains("\"entries\":115")
                .contains("\"replacedEntries\":13");
    }

    @Test
    void malformedFileIsRefusedAndNothingIsReplaced() throws IOException {
        screening.importList(ListFormat.CSL, List.of(ScreeningSamples.cslCurrent()), SUPERVISOR);
        List<String> lines = new ArrayList<>(Files.readAllLines(ScreeningSamples.cslOlderHeader()));
        lines.set(40, "Entity List (EL) - Bureau of Industry and Security,,,,Broken Row Trading");
        Path broken = Files.write(folder.resolve("broken.csv"), lines);

        assertThatThrownBy(() -> screening.importList(ListFormat.CSL, List.of(broken), SUPERVISOR))
                .isInstanceOf(ScreeningListException.class)
                .hasMessageContaining("broken.csv line 41");

        assertThat(screening.entryCounts()).isEqualTo(Map.of("CSL", 13));
        assertThat(listImports()).hasSize(1);
    }

    @Test
    void malformedOfacFileAmongGoodOnesReplacesNothing() throws IOException {
        screening.importList(ListFormat.OFAC, ScreeningSamples.ofac(), SUPERVISOR);
        Path sdn = Files.copy(ScreeningSamples.file("sdn.csv"), folder.resolve("sdn.csv"));
        Path alt = Files.writeString(folder.resolve("alt.csv"), "36,12,\"aka\",\"AERO-CARIBBEAN\"\n");

        assertThatThrownBy(() -> screening.importList(ListFormat.OFAC, List.of(sdn, alt), SUPERVISOR))
                .isInstanceOf(ScreeningListException.class).hasMessageContaining("alt.csv line 1");

        assertThat(new ScreeningRepository(database).entries().stream().mapToInt(e -> e.aliases().size()).sum())
                .isGreaterThan(9_000);
        assertThat(listImports()).hasSize(1);
    }

    @Test
    void screeningAnApplicationStoresHitsForTheRightParty() {
        screening.importList(ListFormat.CSL, List.of(ScreeningSamples.cslCurrent()), SUPERVISOR);
        screening.importList(ListFormat.OFAC, ScreeningSamples.ofac(), SUPERVISOR);
        applications.insertAll(List.of(withEndUser("EXP-2026-000101", ApplicationStatus.SUBMITTED,
                "Rosneft Trade Ltd.")));

        List<ScreeningHit> hits = screening.screen("EXP-2026-000101");

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.party()).isEqualTo(ScreenedParty.END_USER);
            assertThat(hit.partyName()).isEqualTo("Rosneft Trade Ltd.");
            assertThat(hit.listedName()).isEqualTo("ROSNEFT TRADE LIMITED");
            assertThat(hit.matchedAlias()).isNull();
            assertThat(hit.source()).isEqualTo("CSL");
            assertThat(hit.listName()).startsWith("Sectoral Sanctions Identifications List");
            assertThat(hit.programs()).isEqualTo("UKRAINE-EO13662");
            assertThat(hit.score()).isEqualTo(100);
            assertThat(hit.entryId()).isNotNull();
            assertThat(hit.screenedAt()).isEqualTo(CLOCK.instant());
        });
        assertThat(screening.hits("EXP-2026-000101")).isEqualTo(hits);
        assertThat(screening.flaggedReferences()).containsExactly("EXP-2026-000101");
    }

    @Test
    void aliasHitNamesTheAlias() {
        screening.importList(ListFormat.OFAC, ScreeningSamples.ofac(), SUPERVISOR);
        applications.insertAll(List.of(withEndUser("EXP-2026-000102", ApplicationStatus.UNDER_REVIEW,
                "Avia Import Limited")));

        // the best hit first; weaker ones (AVIA GROUP LLC at 88) follow for the reviewer to dismiss
        assertThat(screening.screen("EXP-2026-000102")).first().satisfies(hit -> {
            assertThat(hit.listedName()).isEqualTo("ANGLO-CARIBBEAN CO., LTD.");
            assertThat(hit.matchedAlias()).isEqualTo("AVIA IMPORT");
            assertThat(hit.programs()).isEqualTo("CUBA");
            assertThat(hit.score()).isEqualTo(100);
        });
    }

    @Test
    void applicationWithUnrelatedPartiesHasNoHits() {
        screening.importList(ListFormat.OFAC, ScreeningSamples.ofac(), SUPERVISOR);
        applications.insertAll(List.of(SampleApplications.dysprosiumOxide("EXP-2026-000103", RECEIVED,
                ApplicationStatus.SUBMITTED, null)));

        assertThat(screening.screen("EXP-2026-000103")).isEmpty();
        assertThat(screening.flaggedReferences()).isEmpty();
    }

    @Test
    void reloadingAListScreensOpenApplicationsAgainButNotDecidedOnes() {
        applications.insertAll(List.of(
                withEndUser("EXP-2026-000104", ApplicationStatus.SUBMITTED, "Trade Rosneft Limited"),
                withEndUser("EXP-2026-000105", ApplicationStatus.APPROVED, "Trade Rosneft Limited")));

        ListImportResult result = screening.importList(ListFormat.CSL, List.of(ScreeningSamples.cslCurrent()),
                SUPERVISOR);

        assertThat(result.rescreened()).isEqualTo(1);
        assertThat(result.applicationsWithHits()).isEqualTo(1);
        assertThat(screening.hits("EXP-2026-000104")).singleElement()
                .satisfies(hit -> assertThat(hit.party()).isEqualTo(ScreenedParty.END_USER));
        assertThat(screening.hits("EXP-2026-000105")).isEmpty();
    }

    @Test
    void hitsOfADecidedApplicationOutliveTheReloadOfTheirList() {
        screening.importList(ListFormat.CSL, List.of(ScreeningSamples.cslCurrent()), SUPERVISOR);
        applications.insertAll(List.of(withEndUser("EXP-2026-000106", ApplicationStatus.APPROVED,
                "Rosneft Trade Limited")));
        screening.screen("EXP-2026-000106");

        screening.importList(ListFormat.CSL, List.of(ScreeningSamples.cslCurrent()), SUPERVISOR);

        assertThat(screening.hits("EXP-2026-000106")).singleElement().satisfies(hit -> {
            assertThat(hit.listedName()).isEqualTo("ROSNEFT TRADE LIMITED");
            assertThat(hit.entryId()).isNull();
        });
    }

    @Test
    void bundledSamplesAreLoadedOnlyIntoAnEmptyDatabase() {
        assertThat(screening.loadBundledSamplesIfEmpty(SUPERVISOR)).isTrue();
        assertThat(screening.entryCounts()).isEqualTo(Map.of("CSL", 13, "OFAC_SDN", 7379, "MOFCOM", 22));

        assertThat(screening.loadBundledSamplesIfEmpty(SUPERVISOR)).isFalse();
        assertThat(listImports()).hasSize(3);
    }

    /**
     * A zero-width space or a NUL inside one word of a party's name once gave no hit where the plain name gave 8;
     * nor may full-width letters, an ideographic space or a bidirectional override hide a listed name.
     */
    @Test
    void invisibleAndFullWidthVariantsOfAListedNameHitAsThePlainNameDoes() {
        screening.importList(ListFormat.CSL, List.of(ScreeningSamples.cslCurrent()), SUPERVISOR);
        screening.importList(ListFormat.OFAC, ScreeningSamples.ofac(), SUPERVISOR);
        Map<String, String> variants = new java.util.LinkedHashMap<>();
        variants.put("EXP-2026-000110", "TNK Trading International SA");
        variants.put("EXP-2026-000111", "TNK Trad\u200Bing International SA");
        variants.put("EXP-2026-000112", "TNK Trad\u0000ing International SA");
        variants.put("EXP-2026-000113", "TNK Trad\u200Ding Inter\u2060national S\u00ADA");
        variants.put("EXP-2026-000114", "\u202ETNK Trading International SA\u202C");
        variants.put("EXP-2026-000115", "\uFF34\uFF2E\uFF2B\u3000Trading\u3000International\u3000SA");
        variants.forEach((reference, name) -> applications.insertAll(List.of(
                withEndUser(reference, ApplicationStatus.SUBMITTED, name))));

        Map<String, List<ScreeningHit>> hits = screening.screenApplications(variants.keySet());

        List<ScreeningHit> plain = hits.get("EXP-2026-000110");
        assertThat(plain).hasSize(8);
        assertThat(plain).extracting(ScreeningHit::score).contains(100);
        for (String reference : variants.keySet()) {
            assertThat(hits.get(reference)).as(variants.get(reference))
                    .extracting(ScreeningHit::entryKey, ScreeningHit::score)
                    .containsExactlyElementsOf(plain.stream()
                            .map(hit -> org.assertj.core.groups.Tuple.tuple(hit.entryKey(), hit.score())).toList());
        }
    }

    /** A reviewer once replaced both lists with one-entry files and the open applications' hits fell to none. */
    @Test
    void onlyAnActiveSupervisorMayReplaceAList() throws IOException {
        screening.importList(ListFormat.CSL, List.of(ScreeningSamples.cslCurrent()), SUPERVISOR);
        applications.insertAll(List.of(withEndUser("EXP-2026-000120", ApplicationStatus.SUBMITTED,
                "Rosneft Trade Ltd.")));
        screening.screen("EXP-2026-000120");
        Path oneEntry = Files.writeString(folder.resolve("one.csv"),
                "source,name,programs,alt_names\nEntity List (EL),Harmless Trading,,\n");

        assertThatThrownBy(() -> screening.importList(ListFormat.CSL, List.of(oneEntry), REVIEWER))
                .isInstanceOf(ScreeningRefusedException.class)
                .hasMessage("Only a supervisor may replace a screening list; li.na is a reviewer. Ask a supervisor.");
        assertThatThrownBy(() -> screening.loadBundledSamplesIfEmpty(REVIEWER))
                .isInstanceOf(ScreeningRefusedException.class);

        // Deactivated after signing in: the window still holds the user as active.
        TestDatabases.deactivate(database, "zhao.lei");
        assertThatThrownBy(() -> screening.importList(ListFormat.CSL, List.of(oneEntry), SUPERVISOR))
                .isInstanceOf(ScreeningRefusedException.class)
                .hasMessage("The account zhao.lei has been deactivated; it cannot replace a screening list any more.");

        assertThat(screening.entryCounts()).isEqualTo(Map.of("CSL", 13));
        assertThat(screening.hits("EXP-2026-000120")).hasSize(1);
        assertThat(listImports()).hasSize(1);
    }

    @Test
    void unknownReferenceIsRefused() {
        assertThatThrownBy(() -> screening.screen("EXP-2026-999999"))
                .isInstanceOf(java.util.NoSuchElementException.class).hasMessageContaining("EXP-2026-999999");
    }
}
