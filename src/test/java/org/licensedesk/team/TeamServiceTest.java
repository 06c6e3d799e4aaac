package org.licensedesk.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.DeadlineClock;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.TeamCase;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.queue.QueueService;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.TeamRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;
import org.licensedesk.workflow.ActionOutcome;
import org.licensedesk.workflow.WorkflowService;

/** The Team view's figures and bulk reassignment, on a real database prepared with a known team and caseload. */
@StoreTest
class TeamServiceTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final String NOTE = "Li Na is on leave until April.";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User WANG_FANG = new User("wang.fang", "Wang Fang", UserRole.REVIEWER, true);
    private static final User CHEN_JIE = new User("chen.jie", "Chen Jie", UserRole.REVIEWER, false);
    private static final User SUN_LI = new User("sun.li", "Sun Li", UserRole.REVIEWER, false);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final User ZHANG_MIN = new User("zhang.min", "Zhang Min", UserRole.SUPERVISOR, true);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();

    @TempDir
    Path folder;
    private Database database;
    private ApplicationRepository applications;
    private AuditTrail trail;
    private WorkflowService workflow;
    private TeamService team;
    private QueueService queue;
    private int serial = 100;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.migrated(folder);
        UserRepository users = new UserRepository(database);
        database.write(transaction -> {
            for (User user : List.of(LI_NA, WANG_FANG, CHEN_JIE, SUN_LI, ZHAO_LEI, ZHANG_MIN)) {
                users.insert(transaction, user);
            }
            return null;
        });
        applications = new ApplicationRepository(database);
        AuditRepository auditRepository = new AuditRepository(database);
        Clock clock = Clock.fixed(NOW, BEIJING);
        trail = new AuditTrail(database, auditRepository, clock);
        workflow = new WorkflowService(database, new WorkflowStateRepository(database), users, auditRepository, trail,
                CALENDAR, clock);
        team = new TeamService(database, new TeamRepository(database), users, workflow, CALENDAR, clock);
        queue = new QueueService(applications, CALENDAR, clock);
    }

    @AfterEach
    void checkChainAndClose() {
        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
        database.close();
    }

    @Test
    void workloadCountsEachReviewersOpenApplicationsByStatusAndDeadline() {
        String comfortable = application(daysLeft(30), ApplicationStatus.UNDER_REVIEW, "li.na");
        application(daysLeft(5), ApplicationStatus.UNDER_REVIEW, "li.na");
        application(daysLeft(0), ApplicationStatus.INFO_REQUESTED, "li.na");
        application(daysLeft(6), ApplicationStatus.PENDING_COUNTERSIGN, "li.na");
        application(daysLeft(-1), ApplicationStatus.UNDER_REVIEW, "li.na");
        application(daysLeft(-20), ApplicationStatus.UNDER_REVIEW, "wang.fang");
        application(daysLeft(40), ApplicationStatus.SUBMITTED, null);
        application(daysLeft(2), ApplicationStatus.SUBMITTED, null);
        application(daysLeft(-3), ApplicationStatus.APPROVED, "li.na");

        Map<String, ReviewerWorkload> lines = byName(team.workload());

        ReviewerWorkload liNa = lines.get("li.na");
        assertThat(liNa.open()).isEqualTo(5);
        assertThat(liNa.open(ApplicationStatus.UNDER_REVIEW)).isEqualTo(3);
        assertThat(liNa.open(ApplicationStatus.INFO_REQUESTED)).isEqualTo(1);
        assertThat(liNa.open(ApplicationStatus.PENDING_COUNTERSIGN)).isEqualTo(1);
        assertThat(liNa.open(ApplicationStatus.SUBMITTED)).isZero();
        assertThat(liNa.nearing()).as("5 and 0 days left; 6 is not near yet").isEqualTo(2);
        assertThat(liNa.pastDeadline()).isEqualTo(1);
        assertThat(lines.get("wang.fang").pastDeadline()).isEqualTo(1);
        ReviewerWorkload unassigned = lines.get(null);
        assertThat(unassigned.open(ApplicationStatus.SUBMITTED)).isEqualTo(2);
        assertThat(unassigned.nearing()).isEqualTo(1);
        // The same days left as the queue shows: one deadline rule for both.
        QueueRow row = queue.queue(ApplicationStatus.openStatuses()).stream()
                .filter(r -> r.reference().equals(comfortable)).findFirst().orElseThrow();
        assertThat(team.openCases("li.na")).filteredOn(c -> c.reference().equals(comfortable))
                .extracting(TeamCase::deadline).containsExactly(row.deadline());
        assertThat(row.deadline().workingDaysLeft()).isEqualTo(30);
    }

    @Test
    void linesAreTheUnassignedThenActiveReviewersAndDeactivatedReviewersWhoStillHoldWork() {
        application(daysLeft(20), ApplicationStatus.UNDER_REVIEW, "chen.jie");

        List<ReviewerWorkload> lines = team.workload();

        assertThat(lines).extracting(ReviewerWorkload::username, ReviewerWorkload::active).containsExactly(
                tuple(null, true), tuple("chen.jie", false), tuple("li.na", true), tuple("wang.fang", true));
        assertThat(lines.get(1).open()).isEqualTo(1);
        assertThat(lines.get(2).open()).as("a reviewer without work still gets a line").isZero();
    }

    @Test
    void decisionsOfTheLastThirtyDaysCountForWhoeverRecommendedOrReturnedThem() {
        decided("li.na", "2026-03-02T10:00", true);
        decided("li.na", "2026-02-09T11:00", false);
        decided("li.na", "2026-01-20T10:00", true);
        decided("wang.fang", "2026-03-09T10:00", false);
        String returned = application(daysLeft(20), ApplicationStatus.UNDER_REVIEW, "wang.fang");
        workflow.perform(WANG_FANG, new WorkflowCommand.ReturnWithoutAction(returned, 0, "Returned to applicant.",
                List.of("The end-user certificate is not signed.")), at("2026-03-05T09:00"));
        String withdrawn = application(daysLeft(20), ApplicationStatus.UNDER_REVIEW, "wang.fang");
        workflow.perform(ZHAO_LEI, new WorkflowCommand.Withdraw(withdrawn, 0, "The applicant withdrew by letter."),
                at("2026-03-06T09:00"));

        Map<String, ReviewerWorkload> lines = byName(team.workload());

        assertThat(lines.get("li.na").decidedRecently()).as("the one of January is older than 30 days").isEqualTo(2);
        assertThat(lines.get("wang.fang").decidedRecently()).as("a denial and a return; a withdrawal is no decision")
                .isEqualTo(2);
        assertThat(lines.get("li.na").open()).isZero();
    }

    @Test
    void openCasesListOneReviewersOpenApplicationsOldestFirstWithTheirVersion() {
        String younger = application(daysLeft(30), ApplicationStatus.UNDER_REVIEW, "li.na");
        String older = application(daysLeft(-2), ApplicationStatus.INFO_REQUESTED, "li.na");
        application(daysLeft(10), ApplicationStatus.UNDER_REVIEW, "wang.fang");
        application(daysLeft(10), ApplicationStatus.DENIED, "li.na");
        String free = application(daysLeft(10), ApplicationStatus.SUBMITTED, null);

        assertThat(team.openCases("li.na")).extracting(TeamCase::reference, TeamCase::status, c -> c.deadline()
                .workingDaysLeft(), TeamCase::version, TeamCase::applicantName).containsExactly(
                tuple(older, ApplicationStatus.INFO_REQUESTED, -2, 0L, SampleApplications.GANZHOU.name()),
                tuple(younger, ApplicationStatus.UNDER_REVIEW, 30, 0L, SampleApplications.GANZHOU.name()));
        assertThat(team.openCases(null)).extracting(TeamCase::reference).containsExactly(free);
    }

    @Test
    void supervisorReassignsSeveralApplicationsInOneActionEachWithAnAssignedEntryCarryingTheNote() {
        String first = application(daysLeft(20), ApplicationStatus.UNDER_REVIEW, "li.na");
        String second = application(daysLeft(3), ApplicationStatus.PENDING_COUNTERSIGN, "li.na");
        String third = application(daysLeft(8), ApplicationStatus.UNDER_REVIEW, "li.na");
        List<TeamCase> chosen = team.openCases("li.na").stream()
                .filter(c -> !c.reference().equals(third)).toList();

        List<ActionOutcome> outcomes = team.reassign(ZHAO_LEI, chosen, "wang.fang", NOTE);

        assertThat(outcomes).hasSize(2);
        assertThat(team.openCases("wang.fang")).extracting(TeamCase::reference).containsExactlyInAnyOrder(first,
                second);
        assertThat(team.openCases("li.na")).extracting(TeamCase::reference).containsExactly(third);
        for (String reference : List.of(first, second)) {
            AuditEntry entry = trail.forApplication(reference).get(0);
            assertThat(entry.action()).isEqualTo("ASSIGNED");
            assertThat(entry.actor()).isEqualTo("zhao.lei");
            assertThat(entry.note()).isEqualTo(NOTE);
            assertThat(entry.detailsJson()).contains("\"assignee\":\"wang.fang\"")
                    .contains("\"previousAssignee\":\"li.na\"");
        }
        assertThat(workflow.state(second).status()).as("reassigning keeps the status")
                .isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
        Map<String, ReviewerWorkload> lines = byName(team.workload());
        assertThat(lines.get("li.na").open()).isEqualTo(1);
        assertThat(lines.get("wang.fang").open()).isEqualTo(2);
        assertThat(lines.get("wang.fang").nearing()).isEqualTo(1);
    }

    @Test
    void reassigningUnassignedApplicationsPutsThemUnderReview() {
        application(daysLeft(20), ApplicationStatus.SUBMITTED, null);

        team.reassign(ZHANG_MIN, team.openCases(null), "li.na", "Li Na has room this week.");

        assertThat(team.openCases("li.na")).extracting(TeamCase::status)
                .containsExactly(ApplicationStatus.UNDER_REVIEW);
        assertThat(team.openCases(null)).isEmpty();
    }

    @Test
    void aReviewerMayNotReassignAndNothingChanges() {
        application(daysLeft(20), ApplicationStatus.UNDER_REVIEW, "li.na");
        application(daysLeft(20), ApplicationStatus.UNDER_REVIEW, "li.na");

        assertRefusedAndUnchanged(() -> team.reassign(LI_NA, team.openCases("li.na"), "wang.fang", NOTE),
                "Only a supervisor may assign", 2);
    }

    @Test
    void aDeactivatedReviewerIsNoTarget() {
        application(daysLeft(20), ApplicationStatus.UNDER_REVIEW, "li.na");

        assertRefusedAndUnchanged(() -> team.reassign(ZHAO_LEI, team.openCases("li.na"), "chen.jie", NOTE),
                "chen.jie is deactivated", 1);
    }

    @Test
    void aSupervisorIsNoTarget() {
        application(daysLeft(20), ApplicationStatus.UNDER_REVIEW, "li.na");

        assertRefusedAndUnchanged(() -> team.reassign(ZHAO_LEI, team.openCases("li.na"), "zhang.min", NOTE),
                "zhang.min is a supervisor", 1);
    }

    @Test
    void anApplicationDecidedSinceItWasListedStopsTheWholeReassignment() {
        application(daysLeft(20), ApplicationStatus.UNDER_REVIEW, "li.na");
        String decided = application(daysLeft(10), ApplicationStatus.UNDER_REVIEW, "li.na");
        List<TeamCase> listed = team.openCases("li.na");
        // Decided as if by another desk, without the version moving on: the rules, not the version, refuse it.
        database.inTransaction(connection -> connection.createStatement().executeUpdate(
                "UPDATE licence_application SET status = 'WITHDRAWN' WHERE reference = '" + decided + "'"));

        ReassignmentRefusedException refused = catchRefusal(() -> team.reassign(ZHAO_LEI, listed, "wang.fang",
                NOTE));

        assertThat(refused.refusals()).extracting(CaseRefusal::reference).containsExactly(decided);
        assertThat(refused.refusals().get(0).reason()).contains("is already withdrawn");
        assertThat(refused.requested()).isEqualTo(2);
        assertThat(team.openCases("li.na")).hasSize(1);
        assertThat(team.openCases("wang.fang")).isEmpty();
        assertThat(trail.forApplication(listed.get(0).reference())).isEmpty();
    }

    @Test
    void anApplicationChangedSinceItWasListedIsRefusedAsStale() {
        String first = application(daysLeft(20), ApplicationStatus.UNDER_REVIEW, "li.na");
        String changed = application(daysLeft(10), ApplicationStatus.UNDER_REVIEW, "li.na");
        List<TeamCase> listed = team.openCases("li.na");
        workflow.perform(LI_NA, new WorkflowCommand.AddNote(changed, 0, "Called the applicant today."));

        ReassignmentRefusedException refused = catchRefusal(() -> team.reassign(ZHAO_LEI, listed, "wang.fang",
                NOTE));

        assertThat(refused.refusals()).extracting(CaseRefusal::reference).containsExactly(changed);
        assertThat(refused.refusals().get(0).reason()).contains("was changed by li.na");
        assertThat(workflow.state(first).assignee()).isEqualTo("li.na");
        assertThat(trail.forApplication(first)).isEmpty();
    }

    @Test
    void aShortNoteAndAnEmptySelectionAreRefused() {
        application(daysLeft(20), ApplicationStatus.UNDER_REVIEW, "li.na");

        assertRefusedAndUnchanged(() -> team.reassign(ZHAO_LEI, team.openCases("li.na"), "wang.fang", "leave"),
                "Write a note of at least 10 characters", 1);
        assertThatThrownBy(() -> team.reassign(ZHAO_LEI, List.of(), "wang.fang", NOTE))
                .isInstanceOf(WorkflowRefusedException.class).hasMessageContaining("Select the applications");
        assertThatThrownBy(() -> team.reassign(ZHAO_LEI, team.openCases("li.na"), "nobody", NOTE))
                .isInstanceOf(WorkflowRefusedException.class).hasMessageContaining("There is no user nobody");
    }

    private void assertRefusedAndUnchanged(Runnable reassignment, String reason, int cases) {
        List<TeamCase> before = team.openCases("li.na");

        ReassignmentRefusedException refused = catchRefusal(reassignment);

        assertThat(refused.refusals()).hasSize(cases).allSatisfy(refusal ->
                assertThat(refusal.reason()).contains(reason));
        assertThat(team.openCases("li.na")).isEqualTo(before);
        for (TeamCase listed : before) {
            assertThat(trail.forApplication(listed.reference())).isEmpty();
        }
    }

    private static ReassignmentRefusedException catchRefusal(Runnable reassignment) {
        try {
            reassignment.run();
        } catch (ReassignmentRefusedException refused) {
            return refused;
        }
        throw new AssertionError("the reassignment was not refused");
    }

    private static Map<String, ReviewerWorkload> byName(List<ReviewerWorkload> lines) {
        Map<String, ReviewerWorkload> byName = new HashMap<>();
        lines.forEach(line -> byName.put(line.username(), line));
        return byName;
    }

    /** The latest day an application can be received on to have this many working days left today. */
    private static LocalDate daysLeft(int days) {
        LocalDate received = TODAY;
        while (DeadlineClock.running(received).deadline(CALENDAR, TODAY).workingDaysLeft() > days) {
            received = received.minusDays(1);
        }
        return received;
    }

    private String application(LocalDate receivedOn, ApplicationStatus status, String assignee) {
        String reference = "EXP-2026-" + String.format("%06d", ++serial);
        applications.insertAll(List.of(SampleApplications.dysprosiumOxide(reference, receivedOn, status, assignee)));
        return reference;
    }

    /** Claimed, assessed and recommended by the reviewer; decided by a supervisor at the given time. */
    private void decided(String reviewer, String decidedAt, boolean approve) {
        User by = reviewer.equals("li.na") ? LI_NA : WANG_FANG;
        String ref = application(LocalDate.of(2025, 12, 1), ApplicationStatus.UNDER_REVIEW, reviewer);
        workflow.perform(by, new WorkflowCommand.Assess(ref, 0, "All factors checked.", allFactors()),
                at(decidedAt).minusSeconds(7200));
        workflow.perform(by, approve
                ? new WorkflowCommand.RecommendApproval(ref, 1, "No concerns found.", new ApprovalTerms(
                        LicenceType.SINGLE, 12, List.of("No re-export."), List.of()))
                : new WorkflowCommand.RecommendDenial(ref, 1, "The end user is a concern.", List.of(
                        new DenialReason(ReviewFactor.END_USER_AND_END_USE, "Supplies a listed entity."))),
                at(decidedAt).minusSeconds(3600));
        workflow.perform(ZHAO_LEI, approve
                ? new WorkflowCommand.Approve(ref, 2, "Approved as recommended.", null, List.of())
                : new WorkflowCommand.Deny(ref, 2, "Denied as recommended.", List.of()), at(decidedAt));
    }

    private static List<FactorAssessment> allFactors() {
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        return factors;
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }
}
