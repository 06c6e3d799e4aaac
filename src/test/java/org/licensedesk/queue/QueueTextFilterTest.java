package org.licensedesk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.Applicant;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Contact;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.QueueKey;
import org.licensedesk.domain.QueueQuery;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.store.AppealRepository;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;
import org.licensedesk.workflow.WorkflowService;

/**
 * The paged queue's text filter through the queue_word index (V59), on H2 and PostgreSQL: the index follows every
 * write of the columns it holds (intake, a new assignee by claim, assignment or an appeal sent back), typed words
 * match words by prefix, all of them, Chinese fragments included, and a filtered count is the number of rows its
 * pages hold, both when a rare word leads the query and when the query walks the statuses' rows.
 */
@StoreTest
class QueueTextFilterTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User WANG_FANG = new User("wang.fang", "Wang Fang", UserRole.REVIEWER, true);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    /** A username with a word of the sample applicant's name (Ganzhou Rare Earth Trading). */
    private static final User RARE_LI = new User("rare.li", "Rare Li", UserRole.REVIEWER, true);
    private static final Applicant BAOTOU = new Applicant(SampleApplications.GANZHOU.uscc(),
            "Baotou Northern Magnetics Co., Ltd.", "包头北方磁材有限公司", "Baotou",
            new Contact("Gao Jun", "+86 472 000 0000", "export@baotou.example.cn"));
    private static final QueueQuery OPEN = QueueQuery.of(ApplicationStatus.openStatuses());

    @TempDir
    Path folder;
    private Database database;
    private ApplicationRepository applications;
    private WorkflowService workflow;
    private QueueService queue;
    /**
     * The same queries with no word leading: every query walks the statuses' keys in order, checking each against
     * the applications with the words (read into memory), two keys or queue_word entries per first statement.
     */
    private QueueService walking;

    @BeforeEach
    void open() {
        database = TestDatabases.migrated(folder);
        UserRepository users = new UserRepository(database);
        database.write(transaction -> {
            for (User user : List.of(LI_NA, WANG_FANG, ZHAO_LEI, RARE_LI)) {
                users.insert(transaction, user);
            }
            return null;
        });
        Clock clock = Clock.fixed(NOW, BEIJING);
        AuditRepository audit = new AuditRepository(database);
        workflow = new WorkflowService(database, new WorkflowStateRepository(database), users, audit,
                new AuditTrail(database, audit, clock), WorkingDayCalendar.official(), clock);
        applications = new ApplicationRepository(database);
        queue = new QueueService(applications, WorkingDayCalendar.official(), clock);
        walking = new QueueService(new ApplicationRepository(database, 0, 2), WorkingDayCalendar.official(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** EXP-2026-0000{from..to}, Ganzhou Rare Earth Trading (赣州稀土贸易有限公司), submitted, unassigned. */
    private void intake(int from, int to) {
        List<LicenceApplication> batch = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            batch.add(SampleApplications.dysprosiumOxide(reference(i), RECEIVED.plusDays(i % 4),
                    ApplicationStatus.SUBMITTED, null));
        }
        applications.insertAll(batch);
    }

    private static String reference(int i) {
        return String.format("EXP-2026-%06d", i);
    }

    private List<String> found(QueueService service, String text) {
        QueueQuery query = OPEN.withText(text);
        List<String> seen = new ArrayList<>();
        QueueKey after = null;
        while (true) {
            List<QueueRow> page = service.page(query, after, 2);
            page.forEach(row -> seen.add(row.reference()));
            if (page.size() < 2) {
                break;
            }
            after = QueueKey.of(page.get(page.size() - 1));
        }
        // Counts are the rows the pages hold, whichever way the query runs.
        assertThat(service.count(query)).isEqualTo(seen.size());
        return seen;
    }

    /** What both plans find, which must be the same rows in the same order. */
    private List<String> found(String text) {
        List<String> led = found(queue, text);
        assertThat(found(walking, text)).containsExactlyElementsOf(led);
        return led;
    }

    @Test
    void intakeIndexesTheReferenceAndTheApplicantsNameInBothScripts() {
        intake(1, 3);

        assertThat(found("ganzhou")).containsExactly(reference(1), reference(2), reference(3));
        assertThat(found("贸易")).hasSize(3);
        assertThat(found("exp-2026-000002")).containsExactly(reference(2));
        assertThat(found("baotou")).isEmpty();
    }

    @Test
    void typedWordsEachBeginAWordOfTheApplicationAndAllMustMatch() {
        intake(1, 12);

        assertThat(found("gan")).hasSize(12);
        assertThat(found("GANZ trad")).hasSize(12);
        // In the queue's order: received (12 the day before 10 and 11), then reference.
        assertThat(found("ganzhou 00001")).containsExactly(reference(12), reference(10), reference(11));
        assertThat(found("ganzhou baotou")).isEmpty();
        // A prefix, not any part of a word.
        assertThat(found("anzhou")).isEmpty();
        assertThat(found("trading ltd 000007")).containsExactly(reference(7));
    }

    @Test
    void aChineseFragmentIsFoundWhereverItStandsInTheName() {
        intake(1, 2);
        applications.insertAll(List.of(SampleApplications.withApplicant(SampleApplications.dysprosiumOxide(
                reference(3), RECEIVED, ApplicationStatus.SUBMITTED, null), BAOTOU)));

        // 赣州稀土贸易有限公司 and 包头北方磁材有限公司: fragments at the start, inside and at the end, one character.
        assertThat(found("赣州")).containsExactly(reference(1), reference(2));
        assertThat(found("稀土贸易")).containsExactly(reference(1), reference(2));
        assertThat(found("北方磁")).containsExactly(reference(3));
        assertThat(found("有限公司")).hasSize(3);
        assertThat(found("司")).hasSize(3);
        assertThat(found("磁")).containsExactly(reference(3));
        assertThat(found("土北")).isEmpty();
    }

    @Test
    void anApplicantsNewNameOnALaterApplicationFindsThatApplicationAndTheOldNameTheEarlierOnes() {
        // The applicant (same USCC) changed its name: each application keeps the name it was filed with.
        intake(1, 2);
        applications.insertAll(List.of(SampleApplications.withApplicant(SampleApplications.dysprosiumOxide(
                reference(3), RECEIVED, ApplicationStatus.SUBMITTED, null), BAOTOU)));

        assertThat(found("baotou")).containsExactly(reference(3));
        assertThat(found("包头")).containsExactly(reference(3));
        assertThat(found("ganzhou")).containsExactly(reference(1), reference(2));
    }

    @Test
    void aClaimAndAReassignmentMoveTheApplicationToItsNewAssigneesWords() {
        intake(1, 3);

        workflow.perform(LI_NA, new WorkflowCommand.Claim(reference(1), 0, "Mine."));
        assertThat(found("li.na")).containsExactly(reference(1));
        assertThat(found("li ganzhou")).containsExactly(reference(1));

        workflow.perform(ZHAO_LEI, new WorkflowCommand.Assign(reference(1), 1, "Wang Fang has room.", WANG_FANG));
        workflow.perform(ZHAO_LEI, new WorkflowCommand.Assign(reference(2), 0, "To Wang Fang.", WANG_FANG));
        assertThat(found("li.na")).isEmpty();
        assertThat(found("wang")).containsExactly(reference(1), reference(2));
        assertThat(found("fang 000002")).containsExactly(reference(2));
        // The rest of the application's words stay.
        assertThat(found("ganzhou")).hasSize(3);
        assertThat(found("000001")).containsExactly(reference(1));
    }

    @Test
    void aWordTheAssigneeSharesWithTheApplicantStaysWhenTheAssigneeChanges() {
        intake(1, 2);

        workflow.perform(ZHAO_LEI, new WorkflowCommand.Assign(reference(1), 0, "To Rare Li.", RARE_LI));
        assertThat(found("rare li")).containsExactly(reference(1));
        workflow.perform(ZHAO_LEI, new WorkflowCommand.Assign(reference(1), 1, "To Wang Fang.", WANG_FANG));

        assertThat(found("rare li")).isEmpty();
        assertThat(found("rare wang")).containsExactly(reference(1));
        assertThat(found("rare")).containsExactly(reference(1), reference(2));
    }

    @Test
    void anAppealSentBackIsFoundUnderTheReviewerItWasSentTo() {
        intake(1, 2);
        database.withConnection(c -> c.createStatement().executeUpdate("UPDATE licence_application "
                + "SET status = 'DENIED' WHERE reference = '" + reference(2) + "'"));

        boolean sent = database.write(transaction -> new AppealRepository().sendBack(transaction,
                reference(2), "wang.fang", "zhao.lei", "2026-03-10T02:00:00Z"));

        assertThat(sent).isTrue();
        assertThat(found("wang.fang")).containsExactly(reference(2));
        assertThat(found("ganzhou")).containsExactly(reference(1), reference(2));
    }

    @Test
    void bothPlansAgreeWithAnInboxOneStatusAWholeQueryPositionsAndKeys() {
        intake(1, 14);
        workflow.perform(LI_NA, new WorkflowCommand.Claim(reference(3), 0, "Mine."));
        workflow.perform(LI_NA, new WorkflowCommand.Claim(reference(8), 0, "Mine."));
        workflow.perform(ZHAO_LEI, new WorkflowCommand.Assign(reference(5), 0, "To Wang Fang.", WANG_FANG));
        List<QueueQuery> queries = List.of(OPEN.withText("ganzhou"), OPEN.withText("ganzhou 00001"),
                OPEN.withText("trading").withAssignee("li.na"), OPEN.withText("gan tra").onlyUnassigned(),
                QueueQuery.of(java.util.Set.of(ApplicationStatus.UNDER_REVIEW)).withText("ganzhou"),
                QueueQuery.of(java.util.Set.of(ApplicationStatus.SUBMITTED)).withText("稀土"),
                OPEN.withText("ganzhou baotou"));

        for (QueueQuery query : queries) {
            List<String> whole = queue.page(query, null, Integer.MAX_VALUE).stream().map(QueueRow::reference)
                    .toList();
            assertThat(walking.page(query, null, Integer.MAX_VALUE).stream().map(QueueRow::reference).toList())
                    .as("%s", query).containsExactlyElementsOf(whole);
            assertThat(walking.count(query)).as("%s", query).isEqualTo(whole.size());
            QueueKey after = whole.size() > 3 ? new QueueKey(RECEIVED.plusDays(1), reference(5)) : null;
            assertThat(walking.page(query, after, 3)).as("%s", query)
                    .containsExactlyElementsOf(queue.page(query, after, 3));
            for (int i = 0; i < whole.size(); i++) {
                assertThat(walking.position(query, whole.get(i))).as("%s %s", query, whole.get(i)).hasValue(i);
                assertThat(queue.position(query, whole.get(i))).hasValue(i);
                assertThat(walking.keyAt(query, i).orElseThrow().reference()).isEqualTo(whole.get(i));
                assertThat(queue.keyAt(query, i).orElseThrow().reference()).isEqualTo(whole.get(i));
            }
            assertThat(walking.keyAt(query, whole.size())).isEmpty();
            assertThat(walking.position(query, reference(99))).isEmpty();
        }
        assertThat(walking.count(OPEN.withText("trading").withAssignee("li.na"))).isEqualTo(2);
        assertThat(walking.count(OPEN.withText("gan tra").onlyUnassigned())).isEqualTo(11);
    }

    @Test
    void textWithoutALetterOrDigitFiltersNothing() {
        intake(1, 3);

        assertThat(found("  - % ")).hasSize(3);
    }
}
