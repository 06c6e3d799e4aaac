package org.licensedesk.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.store.AppealRepository;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.HistoryFactIndex;
import org.licensedesk.store.HistoryRepository;
import org.licensedesk.store.NoteWordIndex;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;
import org.licensedesk.workflow.WorkflowService;

/**
 * The application facts the history filters read (history_fact, V58) follow the applications: a new application's
 * entries carry its country, applicant, elements and codes; a decision (or an appeal sending it back) moves the
 * outcome of all its entries, earlier ones too; entries from before V58 are filled later, and until then the filters
 * join the applications and give the same entries.
 */
@StoreTest
class HistoryFactsTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final String NOTE = "Checked against the file and the checklist.";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final AtomicInteger SERIAL = new AtomicInteger(500);

    @TempDir
    static Path folder;
    private static Database database;
    private static ApplicationRepository applications;
    private static WorkflowService workflow;
    private static HistoryService history;
    private static HistoryFactIndex facts;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabases.migrated(folder);
        UserRepository users = new UserRepository(database);
        database.write(transaction -> {
            for (User user : List.of(LI_NA, ZHAO_LEI)) {
                users.insert(transaction, user);
            }
            return null;
        });
        applications = new ApplicationRepository(database);
        AuditRepository audit = new AuditRepository(database);
        Clock clock = Clock.fixed(NOW, BEIJING);
        AuditTrail trail = new AuditTrail(database, audit, clock);
        workflow = new WorkflowService(database, new WorkflowStateRepository(database), users, audit, trail,
                WorkingDayCalendar.official(), clock);
        facts = new HistoryFactIndex(database);
        history = new HistoryService(new HistoryRepository(database, BEIJING), new NoteWordIndex(database), facts,
                TestDatabases.officials(database));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aNewApplicationsEntriesCarryItsFactsAndItsDecisionMovesTheOutcomeOfEveryEntry() {
        String ref = recommendedForDenial();
        HistoryFilter mine = HistoryFilter.ANY.withReferences(Set.of(ref));
        assertThat(seqs(mine.withOutcome(ApplicationStatus.PENDING_COUNTERSIGN))).hasSize(3);
        assertThat(seqs(filter(null, "Dy", "1C905", "DE", "赣州").withReferences(Set.of(ref)))).hasSize(3);

        workflow.perform(ZHAO_LEI, new WorkflowCommand.Deny(ref, 3, "Denied as recommended.", List.of()));

        assertThat(seqs(mine.withOutcome(ApplicationStatus.PENDING_COUNTERSIGN))).isEmpty();
        assertThat(seqs(mine.withOutcome(ApplicationStatus.DENIED))).as("the earlier entries too").hasSize(4);
        assertThat(factsOf(ref)).containsExactlyInAnyOrder(
                "status=DENIED", "country=DE", "applicant=" + applicantId(ref), "element=Dy", "element=Tb",
                "code=1C905.b", "code=1C904.a");
        assertThat(actionFactsOf(ref)).as("each entry's action with the status now (V64)").hasSize(4)
                .allMatch(fact -> fact.startsWith("action_status=") && fact.contains("/DENIED@"))
                .anyMatch(fact -> fact.startsWith("action_status=DENIED/DENIED@"));
        assertThat(seqs(mine.withOutcome(ApplicationStatus.DENIED).withActions(EnumSet.of(AuditAction.DENIED))))
                .hasSize(1);
        assertThat(seqs(mine.withOutcome(ApplicationStatus.PENDING_COUNTERSIGN)
                .withActions(EnumSet.of(AuditAction.CLAIMED)))).isEmpty();
    }

    @Test
    void anActionThatKeepsTheStatusLeavesEveryEntrysOutcomeAtIt() {
        // The facts are rewritten only when the status changes: an assessment keeps UNDER_REVIEW.
        String ref = newApplication();
        workflow.perform(LI_NA, new WorkflowCommand.Claim(ref, 0, NOTE));
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        workflow.perform(LI_NA, new WorkflowCommand.Assess(ref, 1, NOTE, factors));

        HistoryFilter mine = HistoryFilter.ANY.withReferences(Set.of(ref));
        assertThat(seqs(mine.withOutcome(ApplicationStatus.UNDER_REVIEW))).hasSize(2);
        assertThat(factsOf(ref)).contains("status=UNDER_REVIEW").noneMatch(fact -> fact.startsWith("status=")
                && !fact.equals("status=UNDER_REVIEW"));
    }

    @Test
    void anAppealSendingADenialBackMovesItsOutcome() {
        String ref = recommendedForDenial();
        workflow.perform(ZHAO_LEI, new WorkflowCommand.Deny(ref, 3, "Denied as recommended.", List.of()));
        AppealRepository appeals = new AppealRepository();
        boolean sentBack = database.write(transaction -> appeals.sendBack(transaction, ref, "li.na", "zhao.lei",
                "2026-03-20T02:00:00.000Z"));
        assertThat(sentBack).isTrue();

        HistoryFilter mine = HistoryFilter.ANY.withReferences(Set.of(ref));
        assertThat(seqs(mine.withOutcome(ApplicationStatus.DENIED))).isEmpty();
        assertThat(seqs(mine.withOutcome(ApplicationStatus.UNDER_REVIEW))).hasSize(4);
    }

    @Test
    void pairFiltersGiveTheSameEntriesThroughTheFactsAsThroughTheApplicationsAndTheFillRestoresTheFacts() {
        for (int i = 0; i < 3; i++) {
            String ref = recommendedForDenial();
            if (i == 1) {
                workflow.perform(ZHAO_LEI, new WorkflowCommand.Deny(ref, 3, "Denied as recommended.", List.of()));
            }
        }
        String other = newApplication();
        workflow.perform(LI_NA, new WorkflowCommand.Claim(other, 0, NOTE));
        List<HistoryFilter> pairs = List.of(
                filter(ApplicationStatus.DENIED, "Dy", null, null, null),
                filter(ApplicationStatus.PENDING_COUNTERSIGN, null, null, "DE", null),
                filter(null, "Tb", "1C904", null, null),
                filter(null, null, "1C905.b", null, "ganzhou"),
                filter(null, null, "1C9", "DE", null),
                filter(null, null, null, "JP", "ganzhou"),
                filter(null, null, "1C908", null, null),
                filter(null, null, null, null, "no such applicant"),
                filter(ApplicationStatus.DENIED, null, null, null, null).withActor("zhao.lei"),
                filter(null, "Dy", null, null, null).withActions(EnumSet.of(AuditAction.CLAIMED)),
                filter(ApplicationStatus.DENIED, null, null, null, null).withActions(EnumSet.of(AuditAction.DENIED,
                        AuditAction.CLAIMED)),
                filter(ApplicationStatus.UNDER_REVIEW, null, null, null, null).withActions(EnumSet.of(
                        AuditAction.DENIED)),
                filter(null, null, null, "DE", null).withDays(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        List<List<Long>> throughFacts = new ArrayList<>();
        for (HistoryFilter filter : pairs) {
            throughFacts.add(seqs(filter));
        }
        assertThat(throughFacts.get(0)).isNotEmpty();
        assertThat(throughFacts.get(1)).isNotEmpty();
        assertThat(throughFacts.get(6)).isEmpty();
        Set<String> before = allFacts();

        database.withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM history_fact");
                statement.executeUpdate("UPDATE history_fact_fill SET filled = 0, fill_to = "
                        + "(SELECT seq FROM audit_head WHERE id = 1) WHERE id = 1");
            }
            return null;
        });
        assertThat(history.derivedIndexPending()).isPositive();
        for (int i = 0; i < pairs.size(); i++) {
            assertThat(seqs(pairs.get(i))).as("joined: %s", pairs.get(i)).isEqualTo(throughFacts.get(i));
        }

        assertThat(facts.fillMissing()).isPositive();
        assertThat(facts.pending()).isZero();
        assertThat(allFacts()).isEqualTo(before);

        // Only the action-and-status facts missing (a database from before V64): walked as before meanwhile, and
        // their fill writes them from the status facts.
        database.withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM history_fact WHERE kind = 'action_status'");
                statement.executeUpdate("UPDATE history_action_fact_fill SET filled = 0, fill_to = "
                        + "(SELECT seq FROM audit_head WHERE id = 1) WHERE id = 1");
            }
            return null;
        });
        assertThat(facts.actionPending()).isPositive();
        for (int i = 0; i < pairs.size(); i++) {
            assertThat(seqs(pairs.get(i))).as("before the V64 fill: %s", pairs.get(i)).isEqualTo(throughFacts.get(i));
        }
        assertThat(facts.fillActionFacts(() -> false, filled -> { })).isPositive();
        assertThat(facts.actionPending()).isZero();
        assertThat(allFacts()).isEqualTo(before);
        for (int i = 0; i < pairs.size(); i++) {
            assertThat(seqs(pairs.get(i))).as("filled: %s", pairs.get(i)).isEqualTo(throughFacts.get(i));
        }
    }

    private static HistoryFilter filter(ApplicationStatus outcome, String element, String code, String country,
            String applicant) {
        return new HistoryFilter(null, null, null, Set.of(), outcome, element, code, country, applicant, null,
                Set.of());
    }

    private static List<Long> seqs(HistoryFilter filter) {
        return history.firstPage(ZHAO_LEI, filter, HistorySort.NEWEST_FIRST).entries().stream()
                .map(AuditEntry::seq).toList();
    }

    /** Received, claimed, assessed and recommended for denial by li.na: three entries, pending countersignature. */
    private static String recommendedForDenial() {
        String ref = newApplication();
        workflow.perform(LI_NA, new WorkflowCommand.Claim(ref, 0, NOTE));
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        workflow.perform(LI_NA, new WorkflowCommand.Assess(ref, 1, NOTE, factors));
        workflow.perform(LI_NA, new WorkflowCommand.RecommendDenial(ref, 2, NOTE, List.of(new DenialReason(
                ReviewFactor.END_USER_AND_END_USE, "The end user supplies a listed entity."))));
        return ref;
    }

    private static String newApplication() {
        String ref = "EXP-2026-" + String.format("%06d", SERIAL.incrementAndGet());
        applications.insertAll(List.of(SampleApplications.dysprosiumOxide(ref, LocalDate.of(2026, 3, 2),
                ApplicationStatus.SUBMITTED, null)));
        return ref;
    }

    private static long applicantId(String ref) {
        return database.withConnection(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(
                         "SELECT applicant_id FROM licence_application WHERE reference = '" + ref + "'")) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** The distinct facts of the application's entries, as kind=fact, but their action-and-status facts. */
    private static Set<String> factsOf(String ref) {
        return query("SELECT DISTINCT f.kind, f.fact, 0 FROM history_fact f JOIN audit_entry e ON e.seq = f.seq "
                + "WHERE e.application_ref = '" + ref + "' AND f.kind <> 'action_status'", false);
    }

    /** The action-and-status facts of the application's entries, as kind=fact@seq. */
    private static Set<String> actionFactsOf(String ref) {
        return query("SELECT f.kind, f.fact, f.seq FROM history_fact f JOIN audit_entry e ON e.seq = f.seq "
                + "WHERE e.application_ref = '" + ref + "' AND f.kind = 'action_status'", true);
    }

    private static Set<String> allFacts() {
        return query("SELECT kind, fact, seq FROM history_fact", true);
    }

    private static Set<String> query(String sql, boolean withSeq) {
        return database.withConnection(connection -> {
            Set<String> found = new TreeSet<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    found.add(rows.getString(1) + "=" + rows.getString(2).strip()
                            + (withSeq ? "@" + rows.getLong(3) : ""));
                }
            }
            return found;
        });
    }
}
