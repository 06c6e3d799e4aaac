package org.licensedesk.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.MofcomListing;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.ScreeningEntry;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.ScreeningRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.TestDatabases;

/** MOFCOM's control and watch lists as the third screening source, on a real H2 database. */
class MofcomScreeningTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC);
    private static final User SUPERVISOR = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final String HEADER = String.join(",", MofcomFileReader.HEADER) + "\n";

    @TempDir
    Path folder;
    private Database database;
    private ApplicationRepository applications;
    private ScreeningService screening;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        applications = new ApplicationRepository(database);
        screening = new ScreeningService(database, new ScreeningRepository(database),
                new AuditTrail(database, new AuditRepository(database), CLOCK), TestDatabases.officials(database));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private void application(String reference, LocalDate received, String endUser) {
        LicenceApplication a = SampleApplications.dysprosiumOxide(reference, received, ApplicationStatus.UNDER_REVIEW,
                "li.na");
        applications.insertAll(List.of(new LicenceApplication(a.reference(), a.receivedOn(), a.licenceType(),
                a.applicant(), a.consignee(), new Party(PartyRole.END_USER, endUser, "JP", "Tokyo"), a.endUse(),
                a.contract(), a.transport(), a.items(), a.documents(), a.status(), a.assignee(), a.version())));
    }

    private Path file(String rows) throws IOException {
        Path file = folder.resolve("mofcom.csv");
        Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
        return file;
    }

    private Path bundledSample() throws IOException {
        Path file = folder.resolve("mofcom-sample.csv");
        try (InputStream in = ScreeningService.class.getResourceAsStream("/org/licensedesk/screening/mofcom-sample.csv")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void theBundledSampleLoadsWithItsListsAnnouncementsAndSources() throws IOException {
        ListImportResult result = screening.importList(ListFormat.MOFCOM, List.of(bundledSample()), SUPERVISOR);

        assertThat(result.source()).isEqualTo("MOFCOM");
        assertThat(result.entries()).isEqualTo(22);
        List<ScreeningEntry> stored = new ScreeningRepository(database).entries();
        assertThat(stored).filteredOn(e -> e.mofcom().list() == MofcomListing.MofcomList.WATCH).hasSize(5);
        ScreeningEntry subaru = stored.stream().filter(e -> e.name().equals("SUBARU Corporation")).findFirst()
                .orElseThrow();
        assertThat(subaru.listName()).isEqualTo("MOFCOM Watch List");
        assertThat(subaru.mofcom().nameZh()).isEqualTo("斯巴鲁株式会社");
        assertThat(subaru.mofcom().announcement()).isEqualTo("MOFCOM Announcement 2026 No. 12");
        assertThat(subaru.mofcom().listedOn()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(subaru.mofcom().sourceUrl()).startsWith("https://");
        assertThat(stored).allSatisfy(e -> assertThat(e.mofcom().sourceUrl()).isNotBlank());
    }

    @Test
    void aChineseOnlyListedNameIsMatchedFromAVariantWithFullWidthParentheses() throws IOException {
        application("EXP-2026-000201", LocalDate.of(2026, 11, 2), "日本海洋联合株式会社（Japan Marine United Corp）");
        application("EXP-2026-000202", LocalDate.of(2026, 11, 2), "日本海洋株式会社");
        screening.importList(ListFormat.MOFCOM, List.of(file(
                "CONTROL,日本海洋联合株式会社,,JP,MOFCOM Announcement 2026 No. 11,2026-02-24,,,,https://example.org/a\n")),
                SUPERVISOR);

        List<ScreeningHit> hits = screening.hits("EXP-2026-000201");
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.listName()).isEqualTo("MOFCOM Control List");
            assertThat(hit.listedName()).isEqualTo("日本海洋联合株式会社");
            assertThat(hit.score()).isEqualTo(100);
        });
        // Shares most characters but is another name: characters are compared, not scored for likeness.
        assertThat(screening.hits("EXP-2026-000202")).isEmpty();
    }

    @Test
    void latinNamesOfMofcomEntriesAreMatchedAsForTheUsLists() throws IOException {
        application("EXP-2026-000203", LocalDate.of(2026, 11, 2), "Subaru Corp.");
        screening.importList(ListFormat.MOFCOM, List.of(bundledSample()), SUPERVISOR);

        assertThat(screening.hits("EXP-2026-000203")).singleElement()
                .satisfies(hit -> assertThat(hit.listName()).isEqualTo("MOFCOM Watch List"));
    }

    @Test
    void aListingIsScreenedWhenInForceOnTheReceivedDateOrToday() throws IOException {
        application("EXP-2026-000211", LocalDate.of(2026, 3, 2), "甲乙丙株式会社"); // received while listed
        application("EXP-2026-000212", LocalDate.of(2026, 11, 2), "甲乙丙株式会社"); // received after removal
        application("EXP-2026-000213", LocalDate.of(2026, 11, 2), "丁戊己株式会社"); // suspended until 2026-12-31
        application("EXP-2026-000214", LocalDate.of(2026, 11, 2), "庚辛壬株式会社"); // suspension over
        screening.importList(ListFormat.MOFCOM, List.of(file(
                "WATCH,甲乙丙株式会社,,JP,Test,2026-02-24,,,2026-06-01,https://example.org/t\n"
                        + "WATCH,丁戊己株式会社,,JP,Test,2026-02-24,2026-10-01,2026-12-31,,https://example.org/t\n"
                        + "WATCH,庚辛壬株式会社,,JP,Test,2026-02-24,2026-10-01,2026-11-30,,https://example.org/t\n")),
                SUPERVISOR);

        assertThat(screening.hits("EXP-2026-000211")).hasSize(1);
        assertThat(screening.hits("EXP-2026-000212")).isEmpty();
        assertThat(screening.hits("EXP-2026-000213")).isEmpty();
        assertThat(screening.hits("EXP-2026-000214")).hasSize(1);
    }

    @Test
    void aFileInAnotherLayoutOrWithABadRowIsRefusedAndNothingIsReplaced() throws IOException {
        screening.importList(ListFormat.MOFCOM, List.of(bundledSample()), SUPERVISOR);
        Path wrongHeader = folder.resolve("wrong.csv");
        Files.writeString(wrongHeader, "name,list\nX,CONTROL\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> screening.importList(ListFormat.MOFCOM, List.of(wrongHeader), SUPERVISOR))
                .isInstanceOf(ScreeningListException.class)
                .hasMessageStartingWith("wrong.csv line 1: not a MOFCOM list file: the header must be list,name_zh,");
        assertThatThrownBy(() -> screening.importList(ListFormat.MOFCOM, List.of(file(
                "CONTROL,某公司,,JP,Test,2026-02-24,,,,\nBLACK,某公司,,JP,Test,2026-02-24,,,,\n")), SUPERVISOR))
                .isInstanceOf(ScreeningListException.class)
                .hasMessage("mofcom.csv line 3: list must be CONTROL or WATCH, not 'BLACK'");
        assertThatThrownBy(() -> screening.importList(ListFormat.MOFCOM, List.of(file(
                "WATCH,某公司,,JP,Test,24.02.2026,,,,\n")), SUPERVISOR))
                .isInstanceOf(ScreeningListException.class)
                .hasMessage("mofcom.csv line 2: listed_on '24.02.2026' is not a date in the form YYYY-MM-DD");
        assertThatThrownBy(() -> screening.importList(ListFormat.MOFCOM, List.of(file(
                "WATCH,,,JP,Test,2026-02-24,,,,\n")), SUPERVISOR))
                .isInstanceOf(ScreeningListException.class)
                .hasMessage("mofcom.csv line 2: a listing needs a Chinese or an English name");

        assertThat(screening.entryCounts()).containsEntry("MOFCOM", 22);
    }
}
