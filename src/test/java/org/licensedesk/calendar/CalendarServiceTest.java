package org.licensedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.queue.QueueService;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.CalendarRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.TestDatabases;

/** Importing a year of the working-day calendar, on a real H2 database: who may, what is audited, what changes. */
class CalendarServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC);
    private static final User SUPERVISOR = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final User REVIEWER = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final String REFERENCE = "EXP-2026-000101";

    @TempDir
    Path folder;
    private Database database;
    private AuditTrail auditTrail;
    private CalendarService calendars;
    private Path madeUp2027;

    @BeforeEach
    void databaseWithAnOpenApplicationWhoseDeadlineFallsIn2027() throws IOException {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        // Received Friday 20 Nov 2026: 29 working days remain in 2026, so day 45 falls in January 2027.
        new ApplicationRepository(database).insertAll(List.of(SampleApplications.dysprosiumOxide(REFERENCE,
                LocalDate.of(2026, 11, 20), ApplicationStatus.UNDER_REVIEW, "li.na")));
        auditTrail = new AuditTrail(database, new AuditRepository(database), CLOCK);
        calendars = new CalendarService(database, new CalendarRepository(), auditTrail, WorkingDayCalendar.official(),
                CLOCK);
        madeUp2027 = folder.resolve("made-up-2027-TEST-DATA.csv");
        try (InputStream in = getClass().getResourceAsStream("made-up-2027-TEST-DATA.csv")) {
            Files.copy(in, madeUp2027);
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** The deadline as `show` and the queue count it, with the calendar a newly started workstation loads. */
    private Deadline deadline() {
        return new QueueService(new ApplicationRepository(database), calendars.current(), CLOCK).details(REFERENCE)
                .orElseThrow().deadline();
    }

    @Test
    void anImportedYearTurnsAProvisionalDeadlineFirm() {
        Deadline before = deadline();
        assertThat(before.provisional()).isTrue();
        assertThat(before.date()).isEqualTo(LocalDate.of(2027, 1, 22)); // 1 Jan counted as a plain Friday

        CalendarImport result = calendars.importFile(madeUp2027, SUPERVISOR);

        assertThat(result.years()).containsExactly(new CalendarImport.YearImported(2027, 6, 1, false));
        assertThat(result.openApplications()).isEqualTo(1);
        assertThat(result.provisionalBefore()).isEqualTo(1);
        assertThat(result.provisionalAfter()).isZero();
        Deadline after = deadline();
        assertThat(after.provisional()).isFalse();
        assertThat(after.date()).isEqualTo(LocalDate.of(2027, 1, 25)); // the (made-up) 1 Jan holiday pushes it on
        assertThat(calendars.current().covers(2027)).isTrue();
        assertThat(calendars.current().covers(2026)).isTrue(); // the bundled years stay
    }

    @Test
    void theImportIsAuditedWithTheYearAndTheFilesSha256() throws Exception {
        calendars.importFile(madeUp2027, SUPERVISOR);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(madeUp2027)));
        List<AuditEntry> entries = calendarEntries();
        assertThat(entries).hasSize(1);
        AuditEntry entry = entries.get(0);
        assertThat(entry.actor()).isEqualTo("zhao.lei");
        assertThat(entry.applicationRef()).isNull();
        assertThat(entry.detailsJson()).contains("\"year\":2027").contains("\"sha256\":\"" + sha256 + "\"");
        assertThat(calendars.importedYears()).singleElement().satisfies(year -> {
            assertThat(year.year()).isEqualTo(2027);
            assertThat(year.fileSha256()).isEqualTo(sha256);
            assertThat(year.importedBy()).isEqualTo("zhao.lei");
        });
    }

    @Test
    void aSecondImportOfTheSameYearReplacesTheFirst() throws IOException {
        calendars.importFile(madeUp2027, SUPERVISOR);
        Path fewer = folder.resolve("fewer.csv");
        Files.writeString(fewer, "date,kind,name\n2027-02-08,HOLIDAY,Made-up test holiday\n", StandardCharsets.UTF_8);

        CalendarImport again = calendars.importFile(fewer, SUPERVISOR);

        assertThat(again.years()).containsExactly(new CalendarImport.YearImported(2027, 1, 0, true));
        assertThat(calendars.current().isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(calendars.current().isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
        assertThat(calendarEntries()).hasSize(2);
    }

    @Test
    void aReviewerIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> calendars.importFile(madeUp2027, REVIEWER))
                .isInstanceOf(CalendarRefusedException.class)
                .hasMessage("Only a supervisor may import the working-day calendar; li.na is a reviewer. "
                        + "Ask a supervisor.");
        assertNothingImported();
    }

    @Test
    void aSupervisorDeactivatedSinceSigningInIsRefusedAndNothingIsWritten() {
        database.write(transaction -> {
            new UserRepository(database).setActive(transaction, "zhao.lei", false);
            return null;
        });

        assertThatThrownBy(() -> calendars.importFile(madeUp2027, SUPERVISOR))
                .isInstanceOf(CalendarRefusedException.class)
                .hasMessage("The account zhao.lei has been deactivated; it cannot import the working-day calendar "
                        + "any more.");
        assertNothingImported();
    }

    @Test
    void aMalformedFileIsRefusedNamingTheLineAndNothingIsWritten() throws IOException {
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "date,kind,name\n2027-01-01,HOLIDAY,New Year\n2027-01-04,WORKDAY,Monday\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> calendars.importFile(bad, SUPERVISOR))
                .isInstanceOf(CalendarRefusedException.class)
                .hasMessage("bad.csv: Line 3: 2027-01-04 is a Monday, so it cannot be a make-up WORKDAY; correct the "
                        + "file and import it again.");
        assertNothingImported();
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> calendars.importFile(folder.resolve("nowhere.csv"), SUPERVISOR))
                .isInstanceOf(CalendarRefusedException.class)
                .hasMessageStartingWith("Cannot read ").hasMessageEndingWith("check the path and that you may read "
                        + "the file.");
        assertNothingImported();
    }

    @Test
    void fromTheFirstOfNovemberAnUncoveredNextYearIsWarnedAbout() {
        WorkingDayCalendar bundled = WorkingDayCalendar.official(); // 2025 and 2026
        assertThat(CalendarService.uncoveredNextYear(bundled, LocalDate.of(2026, 10, 31))).isEmpty();
        assertThat(CalendarService.uncoveredNextYear(bundled, LocalDate.of(2026, 11, 1))).hasValue(2027);
        assertThat(CalendarService.uncoveredNextYear(bundled, LocalDate.of(2025, 12, 31))).isEmpty(); // 2026 covered
        assertThat(calendars.uncoveredNextYear()).hasValue(2027); // today is 5 Dec 2026

        calendars.importFile(madeUp2027, SUPERVISOR);

        assertThat(calendars.uncoveredNextYear()).isEmpty();
        assertThat(calendars.coverage()).extracting(CalendarService.YearCoverage::year).containsExactly(2025, 2026,
                2027);
        assertThat(calendars.coverage().get(2).imported().importedBy()).isEqualTo("zhao.lei");
        assertThat(calendars.coverage().get(0).imported()).isNull();
    }

    private void assertNothingImported() {
        assertThat(calendars.importedYears()).isEmpty();
        assertThat(calendarEntries()).isEmpty();
        assertThat(deadline().provisional()).isTrue();
    }

    private List<AuditEntry> calendarEntries() {
        List<AuditEntry> entries = new java.util.ArrayList<>();
        new AuditRepository(database).forEachInRange(1, Long.MAX_VALUE, entry -> {
            if (entry.action().equals(AuditAction.CALENDAR_UPDATED.name())) {
                entries.add(entry);
            }
            return true;
        });
        return entries;
    }
}
