package org.licensedesk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.DeadlineClock;
import org.licensedesk.domain.QueueQuery;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;

/**
 * The inboxes (My cases, Unassigned, To countersign, Past deadline, All open) as database queries and counts, on H2 and
 * on PostgreSQL.
 */
@StoreTest
class QueueInboxTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();

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
                // Received long ago: past the 45 working days, unless 40 days were stopped.
                SampleApplications.dysprosiumOxide("EXP-2026-000001", LocalDate.of(2026, 6, 1),
                        ApplicationStatus.UNDER_REVIEW, "li.na"),
                SampleApplications.dysprosiumOxide("EXP-2026-000002", LocalDate.of(2026, 6, 1),
                        ApplicationStatus.SUBMITTED, null),
                SampleApplications.dysprosiumOxide("EXP-2026-000003", LocalDate.of(2026, 10, 20),
                        ApplicationStatus.PENDING_COUNTERSIGN, "li.na"),
                SampleApplications.dysprosiumOxide("EXP-2026-000004", LocalDate.of(2026, 10, 21),
                        ApplicationStatus.PENDING_COUNTERSIGN, "zhao.lei"),
                // Decided long ago: never past its deadline, since it is not open.
                SampleApplications.dysprosiumOxide("EXP-2026-000005", LocalDate.of(2026, 6, 1),
                        ApplicationStatus.APPROVED, "li.na"),
                SampleApplications.dysprosiumOxide("EXP-2026-000006", LocalDate.of(2026, 6, 1),
                        ApplicationStatus.INFO_REQUESTED, "zhao.lei"),
                SampleApplications.dysprosiumOxide("EXP-2026-000007", LocalDate.of(2026, 8, 20),
                        ApplicationStatus.UNDER_REVIEW, "zhao.lei"),
                // Asked for information on 1 September, when its deadline (early August) had long passed.
                SampleApplications.dysprosiumOxide("EXP-2026-000008", LocalDate.of(2026, 6, 1),
                        ApplicationStatus.INFO_REQUESTED, "zhao.lei"),
                // Referred to the State Council on 1 September: no statutory limit while referred.
                SampleApplications.dysprosiumOxide("EXP-2026-000009", LocalDate.of(2026, 6, 1),
                        ApplicationStatus.UNDER_REVIEW, "zhao.lei")));
        database.withConnection(c -> {
            c.createStatement().executeUpdate(
                    "UPDATE licence_application SET recommended_by = 'li.na' WHERE reference = 'EXP-2026-000003'");
            c.createStatement().executeUpdate(
                    "UPDATE licence_application SET recommended_by = 'zhao.lei' WHERE reference = 'EXP-2026-000004'");
            c.createStatement().executeUpdate("UPDATE licence_application SET clock_stopped_on = DATE '2026-07-01'"
                    + " WHERE reference = 'EXP-2026-000006'");
            c.createStatement().executeUpdate("UPDATE licence_application SET stopped_working_days = 40"
                    + " WHERE reference = 'EXP-2026-000007'");
            c.createStatement().executeUpdate("UPDATE licence_application SET clock_stopped_on = DATE '2026-09-01'"
                    + " WHERE reference IN ('EXP-2026-000008', 'EXP-2026-000009')");
            c.createStatement().executeUpdate("UPDATE licence_application SET clock_stop_reason = "
                    + "'STATE_COUNCIL_REFERRAL' WHERE reference = 'EXP-2026-000009'");
            return null;
        });
        service = new QueueService(applications, CALENDAR,
                Clock.fixed(TODAY.atTime(10, 0).atZone(BEIJING).toInstant(), BEIJING));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<String> references(Inbox inbox, Set<ApplicationStatus> statuses, String user) {
        return service.queue(service.inbox(inbox, statuses, user)).stream().map(QueueRow::reference).toList();
    }

    @Test
    void eachRowCarriesItsOpenFlagsAggregatedByTheDatabase() {
        // flags (issue 13): 1 has a blocking red flag and an amber one (reasons with colons), 2 a cleared one.
        database.withConnection(c -> {
            try (java.sql.Statement sql = c.createStatement()) {
                sql.executeUpdate("INSERT INTO flag_rule (kind, parameter, colour, blocking, clearer_role, "
                        + "not_by_raiser, reason, active) VALUES "
                        + "('VALUE_ABOVE', '1', 'RED', TRUE, 'SUPERVISOR', TRUE, 'Bureau: large values', TRUE), "
                        + "('DESTINATION', 'DE', 'AMBER', FALSE, 'REVIEWER', FALSE, 'Art. 15: a: b', TRUE)");
                String[][] flags = {{"000001", "Bureau: large values", "END_USER", "NULL"},
                        {"000001", "Art. 15: a: b", "APPLICATION", "NULL"},
                        {"000002", "Art. 15: a: b", "APPLICATION", "TIMESTAMP '2026-11-02 11:00:00'"}};
                for (String[] flag : flags) {
                    sql.executeUpdate("INSERT INTO application_flag (application_id, rule_id, subject, raised_at, "
                            + "raised_by, cleared_at) SELECT a.id, (SELECT id FROM flag_rule WHERE reason = '"
                            + flag[1] + "'), '" + flag[2] + "', TIMESTAMP '2026-11-02 10:00:00', 'li.na', " + flag[3]
                            + " FROM licence_application a WHERE a.reference = 'EXP-2026-" + flag[0] + "'");
                }
            }
            return null;
        });

        java.util.Map<String, org.licensedesk.domain.flags.FlagMark> marks = new java.util.HashMap<>();
        service.page(QueueQuery.of(ApplicationStatus.openStatuses()), null, 20)
                .forEach(row -> marks.put(row.reference(), row.flags()));

        assertThat(marks.get("EXP-2026-000001").worst()).isEqualTo(org.licensedesk.domain.flags.FlagColour.RED);
        assertThat(marks.get("EXP-2026-000001").blocking()).isTrue();
        assertThat(marks.get("EXP-2026-000001").open()).containsExactly(
                new org.licensedesk.domain.flags.FlagMark.OpenFlag(org.licensedesk.domain.flags.FlagColour.RED,
                        org.licensedesk.domain.flags.FlagSubject.END_USER, true, "Bureau: large values"),
                new org.licensedesk.domain.flags.FlagMark.OpenFlag(org.licensedesk.domain.flags.FlagColour.AMBER,
                        org.licensedesk.domain.flags.FlagSubject.APPLICATION, false, "Art. 15: a: b"));
        assertThat(marks.get("EXP-2026-000002").flagged()).as("its only flag is cleared").isFalse();
        assertThat(service.count(QueueQuery.of(ApplicationStatus.openStatuses())
                .withFlagged(QueueQuery.Flagged.BLOCKING))).isEqualTo(1);
    }

    @Test
    void myCasesAreAssignedToMe() {
        assertThat(references(Inbox.MINE, ApplicationStatus.openStatuses(), "li.na"))
                .containsExactly("EXP-2026-000001", "EXP-2026-000003");
        assertThat(references(Inbox.MINE, EnumSet.allOf(ApplicationStatus.class), "li.na"))
                .containsExactly("EXP-2026-000001", "EXP-2026-000005", "EXP-2026-000003");
    }

    @Test
    void unassignedAreNobodys() {
        assertThat(references(Inbox.UNASSIGNED, ApplicationStatus.openStatuses(), "li.na"))
                .containsExactly("EXP-2026-000002");
    }

    @Test
    void toCountersignLeavesOutWhatIRecommended() {
        assertThat(references(Inbox.TO_COUNTERSIGN, ApplicationStatus.openStatuses(), "li.na"))
                .containsExactly("EXP-2026-000004");
        assertThat(references(Inbox.TO_COUNTERSIGN, ApplicationStatus.openStatuses(), "zhao.lei"))
                .containsExactly("EXP-2026-000003");
        // The status filter still applies: no countersignature among submitted applications.
        assertThat(references(Inbox.TO_COUNTERSIGN, EnumSet.of(ApplicationStatus.SUBMITTED), "zhao.lei")).isEmpty();
    }

    @Test
    void pastDeadlineIsOpenWithAPassedDeadline() {
        // 000001/000002 are long overdue; 000005 is decided; 000006 waits for the applicant since 1 July, before its
        // deadline; 000007 was received in August but 40 stopped days push its deadline past today; 000008 waits for
        // the applicant too, but its clock was stopped after the deadline had passed; 000009 is referred to the State
        // Council, which lifts the limit.
        assertThat(references(Inbox.PAST_DEADLINE, EnumSet.allOf(ApplicationStatus.class), "li.na"))
                .containsExactly("EXP-2026-000001", "EXP-2026-000002", "EXP-2026-000008");
        assertThat(new DeadlineClock(LocalDate.of(2026, 8, 20), 40, null).deadline(CALENDAR, TODAY).isPassed())
                .isFalse();
        assertThat(new DeadlineClock(LocalDate.of(2026, 8, 20), 0, null).deadline(CALENDAR, TODAY).isPassed())
                .isTrue();
    }

    @Test
    void pastDeadlineHoldsExactlyTheOpenRowsWhoseDeadlineHasPassed() {
        // The queue paints these red: the inbox must hold the same, stopped clocks included.
        List<String> passed = service.queue(QueueQuery.of(ApplicationStatus.openStatuses())).stream()
                .filter(row -> row.deadline().isPassed()).map(QueueRow::reference).toList();
        assertThat(references(Inbox.PAST_DEADLINE, ApplicationStatus.openStatuses(), "li.na"))
                .containsExactlyElementsOf(passed).contains("EXP-2026-000008").doesNotContain("EXP-2026-000009");
        assertThat(new DeadlineClock(LocalDate.of(2026, 6, 1), 0, LocalDate.of(2026, 9, 1)).deadline(CALENDAR, TODAY)
                .isPassed()).as("stopped after the deadline had passed").isTrue();
        assertThat(new DeadlineClock(LocalDate.of(2026, 6, 1), 0, LocalDate.of(2026, 7, 1)).deadline(CALENDAR, TODAY)
                .isPassed()).as("stopped before the deadline").isFalse();
    }

    @Test
    void theLastOverdueReceiptIsExactlyWhereTheDeadlineTurnsPassed() {
        for (int stopped : new int[] {0, 1, 7, 40}) {
            LocalDate last = service.lastOverdueReceipt(stopped, TODAY);
            assertThat(new DeadlineClock(last, stopped, null).deadline(CALENDAR, TODAY).isPassed()).isTrue();
            assertThat(new DeadlineClock(last.plusDays(1), stopped, null).deadline(CALENDAR, TODAY).isPassed())
                    .isFalse();
        }
    }

    @Test
    void countsComeFromTheDatabaseAndAgreeWithTheRows() {
        Map<Inbox, Long> counts = service.inboxCounts(ApplicationStatus.openStatuses(), "li.na");
        assertThat(counts).containsEntry(Inbox.MINE, 2L).containsEntry(Inbox.UNASSIGNED, 1L)
                .containsEntry(Inbox.TO_COUNTERSIGN, 1L).containsEntry(Inbox.PAST_DEADLINE, 3L)
                .containsEntry(Inbox.ALL_OPEN, 8L);
        for (Inbox inbox : Inbox.values()) {
            assertThat(references(inbox, ApplicationStatus.openStatuses(), "li.na")).hasSize(
                    counts.get(inbox).intValue());
        }
        // The window's round after a load leaves out the inbox the load counted.
        Map<Inbox, Long> others = service.inboxCounts(ApplicationStatus.openStatuses(), "li.na", Inbox.ALL_OPEN);
        assertThat(others).doesNotContainKey(Inbox.ALL_OPEN).hasSize(Inbox.values().length - 1);
        others.forEach((inbox, count) -> assertThat(count).as(inbox.name()).isEqualTo(counts.get(inbox)));
    }

    @Test
    void thePastDeadlineCountAgreesWithItsRowsForEachStatusAndText() {
        // The count groups the candidates by clock and receipt day instead of ORing a clause per clock.
        for (ApplicationStatus status : ApplicationStatus.openStatuses()) {
            QueueQuery query = service.inbox(Inbox.PAST_DEADLINE, EnumSet.of(status), "li.na");
            assertThat(service.count(query)).as(status.name()).isEqualTo(service.queue(query).size());
        }
        QueueQuery assignedToZhao = service.inbox(Inbox.PAST_DEADLINE, ApplicationStatus.openStatuses(), "li.na")
                .withText("zhao.lei");
        assertThat(service.count(assignedToZhao)).isEqualTo(1).isEqualTo(service.queue(assignedToZhao).size());
    }

    @Test
    void theTextFilterAlsoMatchesTheAssignee() {
        QueueQuery zhao = service.inbox(Inbox.ALL_OPEN, ApplicationStatus.openStatuses(), "li.na").withText("ZHAO");
        assertThat(service.queue(zhao)).extracting(QueueRow::reference)
                .containsExactly("EXP-2026-000006", "EXP-2026-000008", "EXP-2026-000009", "EXP-2026-000007",
                        "EXP-2026-000004");
    }
}
