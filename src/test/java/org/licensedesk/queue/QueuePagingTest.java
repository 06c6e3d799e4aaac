package org.licensedesk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.flags.FlagColour;
import org.licensedesk.domain.flags.FlagMark;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.Applicant;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.QueueKey;
import org.licensedesk.domain.QueueQuery;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.Uscc;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;

/** The queue paged and filtered by the database (keyset paging, counts), on H2 and PostgreSQL. */
@StoreTest
class QueuePagingTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);
    private static final Applicant BAOTOU = new Applicant("91150200MA0N7K3Q1" + Uscc.checkCharacter("91150200MA0N7K3Q1"),
            "Baotou 100%_Rare Earth Group", "包头稀土集团", "Baotou", SampleApplications.GANZHOU.contact());

    @TempDir
    Path folder;
    private Database database;
    private QueueService service;

    /**
     * 25 applications, five a day (so pages cut through equal receipt dates): references 01..25; statuses
     * alternate UNDER_REVIEW / SUBMITTED; every third one is unassigned, the others li.na.
     */
    @BeforeEach
    void open() {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        ApplicationRepository applications = new ApplicationRepository(database);
        List<LicenceApplication> all = new ArrayList<>();
        for (int n = 1; n <= 25; n++) {
            // Inserted newest first, so the order must come from the query, not from insertion.
            int i = 26 - n;
            ApplicationStatus status = i % 2 == 0 ? ApplicationStatus.SUBMITTED : ApplicationStatus.UNDER_REVIEW;
            String assignee = i % 3 == 0 ? null : "li.na";
            LicenceApplication application = SampleApplications.dysprosiumOxide(reference(i),
                    FIRST_DAY.plusDays((i - 1) / 5), status, assignee);
            // 7 is filed by another applicant; the rest by Ganzhou Rare Earth Trading (赣州稀土贸易有限公司).
            all.add(i == 7 ? SampleApplications.withApplicant(application, BAOTOU) : application);
        }
        applications.insertAll(all);
        service = new QueueService(applications, WorkingDayCalendar.official(),
                Clock.fixed(TODAY.atTime(10, 0).atZone(BEIJING).toInstant(), BEIJING));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static String reference(int i) {
        return String.format("EXP-2026-%06d", i);
    }

    private List<String> walk(QueueQuery query, int pageSize) {
        List<String> seen = new ArrayList<>();
        QueueKey after = null;
        while (true) {
            List<QueueRow> page = service.page(query, after, pageSize);
            assertThat(page.size()).isLessThanOrEqualTo(pageSize);
            page.forEach(row -> seen.add(row.reference()));
            if (page.size() < pageSize) {
                return seen;
            }
            after = QueueKey.of(page.get(page.size() - 1));
        }
    }

    @Test
    void pagesWalkTheWholeQueueOnceInTheQueuesOrderAcrossEqualReceiptDates() {
        QueueQuery open = QueueQuery.of(ApplicationStatus.openStatuses());

        List<String> walked = walk(open, 7);

        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            expected.add(reference(i));
        }
        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(service.count(open)).isEqualTo(25);
        assertThat(service.page(open, null, 25)).extracting(QueueRow::reference)
                .containsExactlyElementsOf(service.queue(ApplicationStatus.openStatuses()).stream()
                        .map(QueueRow::reference).toList());
    }

    @Test
    void pagesOfEverySizeHoldTheWholeQueuesRowsFieldForField() {
        // A page of several statuses is found by its keys, then n rows of each status are read; the whole queue is
        // one walk per status. Whatever the page size (cutting the statuses' runs anywhere), both give equal rows:
        // deadlines, countersign stage and flags included. 9's flag is open, 10's cleared.
        database.withConnection(c -> {
            try (java.sql.Statement sql = c.createStatement()) {
                for (int i : new int[] {9, 10}) {
                    sql.executeUpdate("INSERT INTO application_flag (application_id, rule_id, subject, raised_at, "
                            + "raised_by, cleared_at) SELECT a.id, (SELECT MIN(id) FROM flag_rule), 'APPLICATION', "
                            + "TIMESTAMP '2026-11-02 10:00:00', 'li.na', "
                            + (i == 10 ? "TIMESTAMP '2026-11-02 11:00:00'" : "NULL")
                            + " FROM licence_application a WHERE a.reference = '" + reference(i) + "'");
                }
            }
            return null;
        });
        for (QueueQuery query : List.of(QueueQuery.of(ApplicationStatus.openStatuses()),
                QueueQuery.of(ApplicationStatus.openStatuses()).onlyUnassigned(),
                QueueQuery.of(ApplicationStatus.openStatuses()).withAssignee("li.na"))) {
            List<QueueRow> whole = service.queue(query);
            assertThat(whole).filteredOn(row -> row.reference().equals(reference(9)))
                    .allSatisfy(row -> assertThat(row.flags().flagged()).isTrue());
            assertThat(whole).filteredOn(row -> row.reference().equals(reference(10)))
                    .allSatisfy(row -> assertThat(row.flags()).isEqualTo(FlagMark.NONE));
            for (int size = 1; size <= whole.size() + 1; size++) {
                List<QueueRow> paged = new ArrayList<>();
                QueueKey after = null;
                List<QueueRow> page;
                do {
                    page = service.page(query, after, size);
                    paged.addAll(page);
                    after = page.isEmpty() ? after : QueueKey.of(page.get(page.size() - 1));
                } while (page.size() == size);
                assertThat(paged).as("pages of %d", size).containsExactlyElementsOf(whole);
            }
        }
    }

    @Test
    void statusSetAssigneeAndUnassignedFilterPagesAndCountsAlike() {
        QueueQuery submitted = QueueQuery.of(Set.of(ApplicationStatus.SUBMITTED));
        QueueQuery mine = QueueQuery.of(ApplicationStatus.openStatuses()).withAssignee("li.na");
        QueueQuery unassigned = QueueQuery.of(ApplicationStatus.openStatuses()).onlyUnassigned();
        QueueQuery mySubmitted = submitted.withAssignee("li.na");

        assertThat(walk(submitted, 4)).hasSize(12).allSatisfy(r -> assertThat(number(r) % 2).isZero());
        assertThat(walk(mine, 4)).hasSize(17).allSatisfy(r -> assertThat(number(r) % 3).isNotZero());
        assertThat(walk(unassigned, 4)).hasSize(8).allSatisfy(r -> assertThat(number(r) % 3).isZero());
        assertThat(walk(mySubmitted, 3)).containsExactly(reference(2), reference(4), reference(8), reference(10),
                reference(14), reference(16), reference(20), reference(22));
        assertThat(service.count(submitted)).isEqualTo(12);
        assertThat(service.count(mine)).isEqualTo(17);
        assertThat(service.count(unassigned)).isEqualTo(8);
        assertThat(service.count(mySubmitted)).isEqualTo(8);
        assertThat(service.count(QueueQuery.of(Set.of(ApplicationStatus.APPROVED)))).isZero();
        assertThat(service.page(QueueQuery.of(Set.of()), null, 10)).isEmpty();
    }

    @Test
    void theFlagFilterKeepsApplicationsWithAnOpenFlagOrABlockingOneAndCountsAlike() {
        // flags (issue 13): a blocking rule flags 3 and 4, a non-blocking one 5; 4's flag is cleared.
        database.withConnection(c -> {
            try (java.sql.Statement sql = c.createStatement()) {
                sql.executeUpdate("INSERT INTO flag_rule (kind, parameter, colour, blocking, clearer_role, "
                        + "not_by_raiser, reason, active) VALUES ('VALUE_ABOVE', '1', 'RED', TRUE, 'SUPERVISOR', "
                        + "FALSE, 'Test: blocking rule', TRUE)");
                for (int i : new int[] {3, 4, 5}) {
                    sql.executeUpdate("INSERT INTO application_flag (application_id, rule_id, subject, raised_at, "
                            + "raised_by, cleared_at) SELECT a.id, (SELECT MAX(id) FROM flag_rule WHERE blocking = "
                            + (i == 5 ? "FALSE" : "TRUE") + "), 'APPLICATION', TIMESTAMP '2026-11-02 10:00:00', "
                            + "'li.na', " + (i == 4 ? "TIMESTAMP '2026-11-02 11:00:00'" : "NULL")
                            + " FROM licence_application a WHERE a.reference = '" + reference(i) + "'");
                }
            }
            return null;
        });
        QueueQuery open = QueueQuery.of(ApplicationStatus.openStatuses());

        assertThat(walk(open.withFlagged(QueueQuery.Flagged.OPEN), 1)).containsExactly(reference(3), reference(5));
        assertThat(walk(open.withFlagged(QueueQuery.Flagged.BLOCKING), 1)).containsExactly(reference(3));
        assertThat(service.count(open.withFlagged(QueueQuery.Flagged.OPEN))).isEqualTo(2);
        assertThat(service.count(open.withFlagged(QueueQuery.Flagged.BLOCKING).withAssignee("li.na"))).isEqualTo(0);
        assertThat(service.count(open.withFlagged(QueueQuery.Flagged.OPEN).withAssignee("li.na"))).isEqualTo(1);
        assertThat(service.count(open.withFlagged(null))).isEqualTo(25);
    }

    @Test
    void everyTypedWordBeginsAWordOfTheReferenceApplicantOrAssigneeInEitherScriptIgnoringCase() {
        QueueQuery open = QueueQuery.of(ApplicationStatus.openStatuses());

        assertThat(walk(open.withText("包头 baotou"), 5)).containsExactly(reference(7));
        assertThat(walk(open.withText("  EXP-2026-00002  "), 5))
                .containsExactly(reference(20), reference(21), reference(22), reference(23), reference(24),
                        reference(25));
        assertThat(service.count(open.withText("LI.NA"))).isEqualTo(17);
        // Words are letters and digits: punctuation separates them, as LIKE's wildcards do here.
        assertThat(walk(open.withText("100%_rare"), 5)).containsExactly(reference(7));
        assertThat(service.count(open.withText("nobody-has-this"))).isZero();
        // Since the word index (V59): words are matched from their start, not anywhere inside, and text without a
        // letter or digit filters nothing (it searched for itself before).
        assertThat(service.count(open.withText("gan"))).isEqualTo(24);
        assertThat(service.count(open.withText("anzhou"))).isZero();
        assertThat(service.count(open.withText("%"))).isEqualTo(25);
    }

    @Test
    void anAssigneeQueryCannotAlsoBeForUnassignedApplications() {
        assertThatThrownBy(() -> new QueueQuery(ApplicationStatus.openStatuses(), "li.na", true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int number(String reference) {
        return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
    }

    // What the window needs to reach any row of a paged queue: the key at a position (to start a page there
    // without reading the pages before it) and an application's position (to keep it selected).

    @Test
    void theKeyAtAPositionStartsThePageThatKeysetPagingWouldHaveReached() {
        QueueQuery open = QueueQuery.of(ApplicationStatus.openStatuses());
        List<String> all = service.page(open, null, 25).stream().map(QueueRow::reference).toList();

        for (int offset = 0; offset < 25; offset++) {
            QueueKey key = service.keyAt(open, offset).orElseThrow();
            assertThat(key.reference()).isEqualTo(all.get(offset));
            assertThat(service.page(open, key, 3)).extracting(QueueRow::reference)
                    .containsExactlyElementsOf(all.subList(offset + 1, Math.min(25, offset + 4)));
        }
        assertThat(service.keyAt(open, 25)).isEmpty();
        assertThat(service.keyAt(open, -1)).isEmpty();
        QueueQuery unassigned = open.onlyUnassigned();
        assertThat(service.keyAt(unassigned, 0).orElseThrow().reference()).isEqualTo(reference(3));
        assertThat(service.keyAt(unassigned, 7).orElseThrow().reference()).isEqualTo(reference(24));
        assertThat(service.keyAt(open.withText("000024"), 0).orElseThrow().reference()).isEqualTo(reference(24));
    }

    @Test
    void eachRowCarriesItsOpenFlagsWorstColourAndBlockingInPagesAndInTheWholeQueue() {
        // flags (issue 13): 3 has an amber and a blocking red flag, 4 a cleared red one, 5 a blue one, 6 a red one of a
        // removed blocking rule (shown, no longer blocking). Pages of one row must still carry both of 3's flags.
        database.withConnection(c -> {
            try (java.sql.Statement sql = c.createStatement()) {
                sql.executeUpdate("INSERT INTO flag_rule (kind, parameter, colour, blocking, clearer_role, "
                        + "not_by_raiser, reason, active) VALUES "
                        + "('VALUE_ABOVE', '1', 'RED', TRUE, 'SUPERVISOR', FALSE, 'Test: red blocking', TRUE), "
                        + "('QUANTITY_ABOVE', '1', 'AMBER', FALSE, 'REVIEWER', FALSE, 'Test: amber', TRUE), "
                        + "('DESTINATION', 'US', 'BLUE', FALSE, 'REVIEWER', FALSE, 'Test: blue', TRUE), "
                        + "('DESTINATION', 'DE', 'RED', TRUE, 'SUPERVISOR', FALSE, 'Test: removed', FALSE)");
                String[][] flags = {{"3", "Test: amber", "NULL"}, {"3", "Test: red blocking", "NULL"},
                        {"4", "Test: red blocking", "TIMESTAMP '2026-11-02 11:00:00'"}, {"5", "Test: blue", "NULL"},
                        {"6", "Test: removed", "NULL"}};
                for (String[] flag : flags) {
                    sql.executeUpdate("INSERT INTO application_flag (application_id, rule_id, subject, raised_at, "
                            + "raised_by, cleared_at) SELECT a.id, (SELECT id FROM flag_rule WHERE reason = '"
                            + flag[1] + "'), 'APPLICATION', TIMESTAMP '2026-11-02 10:00:00', 'li.na', " + flag[2]
                            + " FROM licence_application a WHERE a.reference = '" + reference(Integer.parseInt(flag[0]))
                            + "'");
                }
            }
            return null;
        });
        QueueQuery open = QueueQuery.of(ApplicationStatus.openStatuses());
        List<QueueRow> paged = new ArrayList<>();
        QueueKey after = null;
        for (List<QueueRow> page = service.page(open, null, 1); !page.isEmpty();
                page = service.page(open, after, 1)) {
            paged.addAll(page);
            after = QueueKey.of(page.get(0));
        }

        for (List<QueueRow> rows : List.of(paged, service.queue(ApplicationStatus.openStatuses()),
                service.queue(open))) {
            assertThat(rows).extracting(QueueRow::reference).hasSize(25).doesNotHaveDuplicates();
            java.util.Map<String, FlagMark> marks = new java.util.HashMap<>();
            rows.forEach(row -> marks.put(row.reference(), row.flags()));
            assertThat(marks.get(reference(3)).worst()).isEqualTo(FlagColour.RED);
            assertThat(marks.get(reference(3)).blocking()).isTrue();
            assertThat(marks.get(reference(3)).open()).extracting(FlagMark.OpenFlag::reason)
                    .containsExactly("Test: amber", "Test: red blocking");
            assertThat(marks.get(reference(4))).isEqualTo(FlagMark.NONE);
            assertThat(marks.get(reference(5)).worst()).isEqualTo(FlagColour.BLUE);
            assertThat(marks.get(reference(5)).blocking()).isFalse();
            assertThat(marks.get(reference(6)).worst()).isEqualTo(FlagColour.RED);
            assertThat(marks.get(reference(6)).blocking()).as("a removed rule no longer blocks").isFalse();
            assertThat(marks.get(reference(7)).flagged()).isFalse();
        }
    }

    @Test
    void aPositionCountsTheRowsBeforeTheApplicationWithinTheQueryOnly() {
        QueueQuery open = QueueQuery.of(ApplicationStatus.openStatuses());
        QueueQuery submitted = QueueQuery.of(Set.of(ApplicationStatus.SUBMITTED));

        assertThat(service.position(open, reference(1))).hasValue(0);
        assertThat(service.position(open, reference(25))).hasValue(24);
        assertThat(service.position(submitted, reference(10))).hasValue(4);
        assertThat(service.position(open.onlyUnassigned(), reference(9))).hasValue(2);
        assertThat(service.position(submitted, reference(9))).isEmpty();
        assertThat(service.position(open, "EXP-2026-999999")).isEmpty();
        assertThat(service.position(open.withText("000009"), reference(9))).hasValue(0);
    }

    @Test
    void aCountUpToALimitIsTheCountBelowItAndTheLimitAboveItForEveryInboxShape() {
        QueueQuery open = QueueQuery.of(ApplicationStatus.openStatuses());
        QueueQuery submitted = QueueQuery.of(Set.of(ApplicationStatus.SUBMITTED));
        // The window asks "more than pagedAbove?" with pagedAbove + 1: each status walked only as far as needed.
        for (QueueQuery query : List.of(open, submitted, open.withAssignee("li.na"), open.onlyUnassigned(),
                submitted.withAssignee("li.na"), open.withText("ganzhou"), open.notRecommendedBy("li.na"))) {
            long count = service.count(query);
            assertThat(service.countUpTo(query, count + 1)).as("%s", query).isEqualTo(count);
            assertThat(service.countUpTo(query, count)).as("%s", query).isEqualTo(count);
            assertThat(service.countUpTo(query, count - 1)).as("%s", query).isEqualTo(count - 1);
            assertThat(service.countUpTo(query, 1)).as("%s", query).isEqualTo(1);
        }
        // 13 under review and 12 submitted: a limit reached within the first status, or in the second.
        assertThat(service.countUpTo(open, 5)).isEqualTo(5);
        assertThat(service.countUpTo(open, 20)).isEqualTo(20);
        assertThat(service.countUpTo(QueueQuery.of(Set.of(ApplicationStatus.APPROVED)), 10)).isZero();
        assertThat(service.countUpTo(QueueQuery.of(Set.of()), 10)).isZero();
        assertThat(service.countUpTo(open, 0)).isZero();
    }
}
