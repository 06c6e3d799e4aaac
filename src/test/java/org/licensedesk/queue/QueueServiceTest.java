package org.licensedesk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.TestDatabases;

class QueueServiceTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    // Monday 2 November 2026: a plain working week.
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 1);

    @TempDir
    Path folder;
    private Database database;
    private QueueService service;

    @BeforeEach
    void open() {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        ApplicationRepository applications = new ApplicationRepository(database);
        applications.insertAll(List.of(
                SampleApplications.dysprosiumOxide("EXP-2026-000001", RECEIVED, ApplicationStatus.UNDER_REVIEW, "li.na"),
                SampleApplications.dysprosiumOxide("EXP-2026-000002", RECEIVED, ApplicationStatus.UNDER_REVIEW, "li.na"),
                SampleApplications.dysprosiumOxide("EXP-2026-000003", RECEIVED, ApplicationStatus.INFO_REQUESTED, "li.na")));
        service = new QueueService(applications, WorkingDayCalendar.official(),
                Clock.fixed(TODAY.atTime(10, 0).atZone(BEIJING).toInstant(), BEIJING));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void execute(String sql) {
        database.withConnection(c -> c.createStatement().executeUpdate(sql));
    }

    private Deadline queueDeadline(String reference) {
        return service.queue(ApplicationStatus.openStatuses()).stream()
                .filter(row -> row.reference().equals(reference)).map(QueueRow::deadline).findFirst().orElseThrow();
    }

    @Test
    void deadlineIsTheFortyFifthWorkingDayAfterReceipt() {
        WorkingDayCalendar calendar = WorkingDayCalendar.official();
        Deadline deadline = queueDeadline("EXP-2026-000001");

        assertThat(deadline.date()).isEqualTo(calendar.addWorkingDays(RECEIVED, 45));
        assertThat(deadline.workingDaysLeft()).isEqualTo(calendar.workingDaysBetween(TODAY, deadline.date()));
        assertThat(service.details("EXP-2026-000001").orElseThrow().deadline()).isEqualTo(deadline);
    }

    @Test
    void finishedRequestsForInformationPushTheDeadlineBack() {
        execute("UPDATE licence_application SET stopped_working_days = 5 WHERE reference = 'EXP-2026-000002'");

        Deadline plain = queueDeadline("EXP-2026-000001");
        Deadline stopped = queueDeadline("EXP-2026-000002");
        assertThat(stopped.workingDaysLeft()).isEqualTo(plain.workingDaysLeft() + 5);
        assertThat(service.details("EXP-2026-000002").orElseThrow().deadline()).isEqualTo(stopped);
    }

    @Test
    void runningRequestForInformationFreezesTheDaysLeft() {
        // Clock stopped on Monday 26 October: five working days (27-30 Oct, 2 Nov) have not counted since.
        execute("UPDATE licence_application SET clock_stopped_on = DATE '2026-10-26' "
                + "WHERE reference = 'EXP-2026-000003'");

        Deadline plain = queueDeadline("EXP-2026-000001");
        Deadline frozen = queueDeadline("EXP-2026-000003");
        assertThat(frozen.workingDaysLeft()).isEqualTo(plain.workingDaysLeft() + 5);
    }

    @Test
    void applicationWithoutEndUserCertificateIsFlaggedIncompleteInTheQueue() {
        execute("UPDATE licence_application SET incomplete = TRUE WHERE reference = 'EXP-2026-000002'");

        List<QueueRow> rows = service.queue(ApplicationStatus.openStatuses());
        assertThat(rows).filteredOn(QueueRow::incomplete).extracting(QueueRow::reference)
                .containsExactly("EXP-2026-000002");
    }
}
