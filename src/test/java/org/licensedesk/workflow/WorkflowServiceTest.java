package org.licensedesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.Recommendation;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowConflictException;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.TestTransactions;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;

/** The workflow through the service on a real database: one shared database, a fresh application per test. */
@StoreTest
class WorkflowServiceTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final String NOTE = "Checked against the file and the checklist.";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User WANG_FANG = new User("wang.fang", "Wang Fang", UserRole.REVIEWER, true);
    private static final User CHEN_JIE = new User("chen.jie", "Chen Jie", UserRole.REVIEWER, false);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final User ZHANG_MIN = new User("zhang.min", "Zhang Min", UserRole.SUPERVISOR, true);
    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    @TempDir
    static Path folder;
    private static Database database;
    private static ApplicationRepository applications;
    private static AuditTrail trail;
    private static WorkflowService service;
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    private static final ObjectMapper JSON = JsonMapper.create();

    @BeforeAll
    static void openDatabase() {
        database = TestDatabases.migrated(folder);
        UserRepository users = new UserRepository(database);
        database.write(transaction -> {
            for (User user : List.of(LI_NA, WANG_FANG, CHEN_JIE, ZHAO_LEI, ZHANG_MIN)) {
                users.insert(transaction, user);
            }
            return null;
        });
        applications = new ApplicationRepository(database);
        AuditRepository auditRepository = new AuditRepository(database);
        Clock clock = Clock.fixed(NOW, BEIJING);
        trail = new AuditTrail(database, auditRepository, clock);
        service = new WorkflowService(database, new WorkflowStateRepository(database), users, auditRepository, trail,
                CALENDAR, clock);
    }

    @AfterAll
    static void checkChainAndClose() {
        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
        database.close();
    }

    private static String newApplication(LocalDate receivedOn, ApplicationStatus status, String assignee) {
        String reference = "EXP-" + receivedOn.getYear() + "-" + String.format("%06d", SERIAL.incrementAndGet());
        applications.insertAll(List.of(SampleApplications.dysprosiumOxide(reference, receivedOn, status, assignee)));
        return reference;
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    private static List<FactorAssessment> allFactors(FactorRating rating) {
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, rating, "Checked: " + factor.label()));
        }
        return factors;
    }

    private static ApprovalTerms singleYear() {
        return new ApprovalTerms(LicenceType.SINGLE, 12, List.of("No re-export without consent."),
                List.of("Report each shipment within 30 days."));
    }

    /** Received 2026-03-02, claimed, assessed and recommended by li.na: waiting for a countersignature. */
    private static WorkflowState pending(Recommendation recommendation) {
        String ref = newApplication(LocalDate.of(2026, 3, 2), ApplicationStatus.SUBMITTED, null);
        service.perform(LI_NA, new WorkflowCommand.Claim(ref, 0, NOTE), at("2026-03-03T09:00"));
        service.perform(LI_NA, new WorkflowCommand.Assess(ref, 1, NOTE, allFactors(FactorRating.NO_CONCERN)),
                at("2026-03-04T09:00"));
        WorkflowCommand recommend = recommendation == Recommendation.APPROVAL
                ? new WorkflowCommand.RecommendApproval(ref, 2, NOTE, singleYear())
                : new WorkflowCommand.RecommendDenial(ref, 2, NOTE, List.of(new DenialReason(
                        ReviewFactor.END_USER_AND_END_USE, "The end user supplies a listed entity.")));
        return service.perform(LI_NA, recommend, at("2026-03-05T09:00")).state();
    }

    private static List<AuditEntry> entries(String reference) {
        return trail.forApplication(reference);
    }

    private static JsonNode details(AuditEntry entry) throws Exception {
        return JSON.readTree(entry.detailsJson());
    }

    @Test
    void claimMovesASubmittedApplicationUnderReviewWithExactlyOneAuditEntry() throws Exception {
        String ref = newApplication(LocalDate.of(2026, 3, 2), ApplicationStatus.SUBMITTED, null);

        ActionOutcome outcome = service.perform(LI_NA, new WorkflowCommand.Claim(ref, 0, "  I take this one over.  "));

        WorkflowState state = service.state(ref);
        assertThat(state.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(state.assignee()).isEqualTo("li.na");
        assertThat(state.version()).isEqualTo(1);
        assertThat(state.lastChangedBy()).isEqualTo("li.na");
        assertThat(state.lastChangedAt()).isEqualTo(NOW);
        assertThat(outcome.state()).isEqualTo(state);
        List<AuditEntry> entries = entries(ref);
        assertThat(entries).hasSize(1).first().isEqualTo(outcome.entry());
        AuditEntry entry = entries.get(0);
        assertThat(entry.action()).isEqualTo("CLAIMED");
        assertThat(entry.actor()).isEqualTo("li.na");
        assertThat(entry.actorRole()).isEqualTo("REVIEWER");
        assertThat(entry.fromStatus()).isEqualTo("SUBMITTED");
        assertThat(entry.toStatus()).isEqualTo("UNDER_REVIEW");
        assertThat(entry.note()).isEqualTo("I take this one over.");
        assertThat(entry.at()).isEqualTo("2026-03-10T02:00:00.000Z");
        assertThat(details(entry).path("assignee").asText()).isEqualTo("li.na");
        assertThat(details(entry).path("previousAssignee").isNull()).isTrue();
    }

    @Test
    void claimingAnUnassignedApplicationWithoutANoteRecordsAnEmptyOneButTakingItOverNeedsOne() {
        String ref = newApplication(LocalDate.of(2026, 3, 2), ApplicationStatus.SUBMITTED, null);

        AuditEntry claimed = service.perform(LI_NA, new WorkflowCommand.Claim(ref, 0, null)).entry();

        assertThat(claimed.action()).isEqualTo("CLAIMED");
        assertThat(claimed.note()).isEmpty();
        assertThat(service.state(ref).assignee()).isEqualTo("li.na");
        assertThatThrownBy(() -> service.perform(WANG_FANG, new WorkflowCommand.Claim(ref, 1, "")))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessageContaining("why you take it over");
        assertThat(service.state(ref).assignee()).as("nothing written").isEqualTo("li.na");
        assertThat(entries(ref)).hasSize(1);
        service.perform(WANG_FANG, new WorkflowCommand.Claim(ref, 1, "Li Na is on leave; I take it over."));
        assertThat(service.state(ref).assignee()).isEqualTo("wang.fang");
    }

    @Test
    void supervisorReassignsAnOpenApplicationWithoutChangingItsStatus() throws Exception {
        String ref = newApplication(LocalDate.of(2026, 3, 2), ApplicationStatus.UNDER_REVIEW, "li.na");

        AuditEntry entry = service.perform(ZHAO_LEI,
                new WorkflowCommand.Assign(ref, 0, "Li Na is on leave until April.", WANG_FANG)).entry();

        assertThat(service.state(ref).assignee()).isEqualTo("wang.fang");
        assertThat(service.state(ref).status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(entry.action()).isEqualTo("ASSIGNED");
        assertThat(entry.fromStatus()).isEqualTo("UNDER_REVIEW");
        assertThat(entry.toStatus()).isNull();
        assertThat(details(entry).path("assignee").asText()).isEqualTo("wang.fang");
        assertThat(details(entry).path("previousAssignee").asText()).isEqualTo("li.na");
    }

    @Test
    void requestForInformationStopsTheClockAndTheAnswerRestartsIt() throws Exception {
        LocalDate received = LocalDate.of(2026, 3, 2);
        String ref = newApplication(received, ApplicationStatus.UNDER_REVIEW, "li.na");
        LocalDate deadlineBefore = service.state(ref).deadline(CALENDAR, LocalDate.of(2026, 3, 10)).date();

        AuditEntry request = service.perform(LI_NA, new WorkflowCommand.RequestInfo(ref, 0, NOTE,
                List.of("Who is the final consignee?", "Please send the signed end-user certificate.")),
                at("2026-03-10T10:00")).entry();
        WorkflowState waiting = service.state(ref);
        AuditEntry answer = service.perform(LI_NA, new WorkflowCommand.ReceiveInfo(ref, 1,
                "The applicant sent both documents."), at("2026-03-17T15:00")).entry();

        assertThat(waiting.status()).isEqualTo(ApplicationStatus.INFO_REQUESTED);
        assertThat(waiting.clockStoppedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(request.toStatus()).isEqualTo("INFO_REQUESTED");
        assertThat(details(request).path("questions")).hasSize(2);
        // 11, 12, 13, 16 and 17 March 2026: five working days stopped.
        WorkflowState running = service.state(ref);
        assertThat(running.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(running.clockStoppedOn()).isNull();
        assertThat(running.stoppedWorkingDays()).isEqualTo(5);
        LocalDate deadlineAfter = running.deadline(CALENDAR, LocalDate.of(2026, 3, 17)).date();
        assertThat(deadlineAfter).isEqualTo(CALENDAR.addWorkingDays(received, 50))
                .isEqualTo(CALENDAR.addWorkingDays(deadlineBefore, 5));
        assertThat(answer.toStatus()).isEqualTo("UNDER_REVIEW");
        assertThat(details(answer).path("workingDaysStopped").asInt()).isEqualTo(5);
        assertThat(details(answer).path("deadline").asText()).isEqualTo(deadlineAfter.toString());
    }

    @Test
    void assessmentIsReadBackAndEnablesTheRecommendation() throws Exception {
        String ref = newApplication(LocalDate.of(2026, 3, 2), ApplicationStatus.UNDER_REVIEW, "li.na");
        assertThat(service.allowedActions(LI_NA, ref)).doesNotContain(AuditAction.RECOMMENDED_APPROVAL);
        assertThat(service.latestAssessment(ref)).isEmpty();
        List<FactorAssessment> factors = allFactors(FactorRating.CONCERN);

        AuditEntry entry = service.perform(LI_NA, new WorkflowCommand.Assess(ref, 0, NOTE, factors)).entry();

        assertThat(entry.toStatus()).isNull();
        assertThat(details(entry).path("factors")).hasSize(8);
        assertThat(details(entry).path("factors").get(0).path("rating").asText()).isEqualTo("CONCERN");
        assertThat(service.latestAssessment(ref)).contains(factors);
        assertThat(service.state(ref).factorsAssessed()).isTrue();
        assertThat(service.allowedActions(LI_NA, ref))
                .contains(AuditAction.RECOMMENDED_APPROVAL, AuditAction.RECOMMENDED_DENIAL);
    }

    @Test
    void recommendationWaitsForAnotherSupervisorWhoIssuesTheLicence() throws Exception {
        WorkflowState pending = pending(Recommendation.APPROVAL);
        String ref = pending.reference();
        assertThat(pending.status()).isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
        assertThat(pending.recommendedBy()).isEqualTo("li.na");
        assertThat(pending.recommendation()).isEqualTo(Recommendation.APPROVAL);
        assertThat(service.recommendedTerms(ref)).contains(singleYear());

        ActionOutcome outcome = service.perform(ZHAO_LEI, new WorkflowCommand.Approve(ref, 3,
                "Approved as recommended by the reviewer.", null, List.of()), at("2026-03-12T16:30"));

        WorkflowState approved = service.state(ref);
        String serial = ref.substring("EXP-2026-".length());
        assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(approved.licenceNumber()).isEqualTo("LD-2026-" + serial);
        assertThat(approved.licenceValidFrom()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(approved.licenceValidUntil()).isEqualTo(LocalDate.of(2027, 3, 11));
        assertThat(approved.decidedAt()).isEqualTo(at("2026-03-12T16:30"));
        assertThat(approved.decidedWithinDeadline()).isTrue();
        assertThat(entries(ref)).hasSize(4);
        AuditEntry entry = outcome.entry();
        assertThat(entry.action()).isEqualTo("APPROVED");
        assertThat(entry.fromStatus()).isEqualTo("PENDING_COUNTERSIGN");
        assertThat(entry.toStatus()).isEqualTo("APPROVED");
        JsonNode details = details(entry);
        assertThat(details.path("licenceNumber").asText()).isEqualTo("LD-2026-" + serial);
        assertThat(details.path("validFrom").asText()).isEqualTo("2026-03-12");
        assertThat(details.path("validUntil").asText()).isEqualTo("2027-03-11");
        assertThat(details.path("licenceType").asText()).isEqualTo("SINGLE");
        assertThat(details.path("validityMonths").asInt()).isEqualTo(12);
        assertThat(details.path("conditions").get(0).asText()).isEqualTo("No re-export without consent.");
        assertThat(details.path("riders")).hasSize(1);
        assertThat(details.path("againstRecommendation").asBoolean()).isFalse();
        assertThat(details.path("withinDeadline").isBoolean()).isTrue();
        assertThat(details.path("withinDeadline").asBoolean()).isTrue();
        // 3 to 12 March 2026: eight working days.
        assertThat(details.path("workingDaysUsed").isInt()).isTrue();
        assertThat(details.path("workingDaysUsed").asInt()).isEqualTo(8);
    }

    @Test
    void decisionAfterTheFortyFifthWorkingDayIsRecordedAsLate() throws Exception {
        String ref = newApplication(LocalDate.of(2025, 11, 3), ApplicationStatus.UNDER_REVIEW, "li.na");

        AuditEntry entry = service.perform(LI_NA, new WorkflowCommand.Withdraw(ref, 0,
                "The applicant withdrew by letter of 9 March."), at("2026-03-10T09:00")).entry();

        WorkflowState withdrawn = service.state(ref);
        int used = CALENDAR.workingDaysBetween(LocalDate.of(2025, 11, 3), LocalDate.of(2026, 3, 10));
        assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(withdrawn.decidedWithinDeadline()).isFalse();
        assertThat(details(entry).path("withinDeadline").asBoolean()).isFalse();
        assertThat(details(entry).path("workingDaysUsed").asInt()).isEqualTo(used).isGreaterThan(45);
    }

    @Test
    void daysWaitingForTheApplicantDoNotCountAgainstTheDeadline() throws Exception {
        // Received 2026-01-05; 45 working days end in March, but 30 of them were spent waiting for the applicant.
        LocalDate received = LocalDate.of(2026, 1, 5);
        String ref = newApplication(received, ApplicationStatus.UNDER_REVIEW, "li.na");
        LocalDate stoppedOn = CALENDAR.addWorkingDays(received, 10);
        LocalDate answeredOn = CALENDAR.addWorkingDays(stoppedOn, 30);
        LocalDate decidedOn = CALENDAR.addWorkingDays(received, 50);
        service.perform(LI_NA, new WorkflowCommand.RequestInfo(ref, 0, NOTE, List.of("Final consignee?")),
                at(stoppedOn + "T10:00"));
        service.perform(LI_NA, new WorkflowCommand.ReceiveInfo(ref, 1, NOTE), at(answeredOn + "T10:00"));

        AuditEntry entry = service.perform(LI_NA, new WorkflowCommand.ReturnWithoutAction(ref, 2, NOTE,
                List.of("The contract is not signed by the end user.")), at(decidedOn + "T10:00")).entry();

        assertThat(service.state(ref).status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(service.state(ref).decidedWithinDeadline()).isTrue();
        assertThat(details(entry).path("workingDaysUsed").asInt()).isEqualTo(20);
        assertThat(details(entry).path("stoppedWorkingDays").asInt()).isEqualTo(30);
        assertThat(details(entry).path("defects").get(0).asText()).startsWith("The contract");
    }

    @Test
    void denialAgainstARecommendationToApproveRecordsTheSupervisorsReasons() throws Exception {
        WorkflowState pending = pending(Recommendation.APPROVAL);
        List<DenialReason> reasons = List.of(new DenialReason(ReviewFactor.DESTINATION,
                "The destination re-exports to an embargoed country."));

        AuditEntry first = service.perform(ZHANG_MIN, new WorkflowCommand.Deny(pending.reference(), 3,
                "Denied against the recommendation.", reasons)).entry();
        // Deciding against the recommendation takes a second countersignature (issue 13), which concurs.
        assertThat(first.action()).isEqualTo("COUNTERSIGNED");
        AuditEntry entry = service.perform(ZHAO_LEI, new WorkflowCommand.Deny(pending.reference(), 4,
                "I concur with the denial.", List.of())).entry();

        assertThat(service.state(pending.reference()).status()).isEqualTo(ApplicationStatus.DENIED);
        assertThat(details(entry).path("firstCountersignedBy").asText()).isEqualTo("zhang.min");
        assertThat(service.state(pending.reference()).licenceNumber()).isNull();
        JsonNode details = details(entry);
        assertThat(details.path("againstRecommendation").asBoolean()).isTrue();
        assertThat(details.path("recommendedBy").asText()).isEqualTo("li.na");
        assertThat(details.path("reasons").get(0).path("factor").asText()).isEqualTo("DESTINATION");
        assertThat(details.path("reasons").get(0).path("reason").asText()).startsWith("The destination");
    }

    @Test
    void denialAsRecommendedCarriesTheRecommendedReasons() throws Exception {
        WorkflowState pending = pending(Recommendation.DENIAL);
        assertThat(service.recommendedDenialReasons(pending.reference())).hasValueSatisfying(reasons ->
                assertThat(reasons).extracting(DenialReason::factor).containsExactly(ReviewFactor.END_USER_AND_END_USE));

        AuditEntry entry = service.perform(ZHAO_LEI, new WorkflowCommand.Deny(pending.reference(), 3,
                "Denied as recommended.", List.of())).entry();

        assertThat(details(entry).path("againstRecommendation").asBoolean()).isFalse();
        assertThat(details(entry).path("reasons").get(0).path("factor").asText()).isEqualTo("END_USER_AND_END_USE");
    }

    @Test
    void sendingBackReturnsTheApplicationToTheReviewerWithoutItsRecommendation() {
        WorkflowState pending = pending(Recommendation.APPROVAL);

        AuditEntry entry = service.perform(ZHAO_LEI, new WorkflowCommand.SendBack(pending.reference(), 3,
                "Check the end user against the watch list.")).entry();

        WorkflowState back = service.state(pending.reference());
        assertThat(back.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(back.recommendation()).isNull();
        assertThat(back.recommendedBy()).isNull();
        assertThat(back.assignee()).isEqualTo("li.na");
        assertThat(entry.toStatus()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void noteChangesNothingButTheVersion() {
        String ref = newApplication(LocalDate.of(2026, 3, 2), ApplicationStatus.APPROVED, "li.na");

        AuditEntry entry = service.perform(WANG_FANG, new WorkflowCommand.AddNote(ref, 0,
                "The applicant phoned to ask about the licence.")).entry();

        assertThat(service.state(ref).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(service.state(ref).version()).isEqualTo(1);
        assertThat(entry.action()).isEqualTo("NOTE_ADDED");
        assertThat(entry.toStatus()).isNull();
        assertThat(entry.detailsJson()).isEqualTo("{}");
    }

    @Test
    void refusalLeavesTheDatabaseUnchanged() {
        String ref = newApplication(LocalDate.of(2026, 3, 2), ApplicationStatus.UNDER_REVIEW, "li.na");
        WorkflowState before = service.state(ref);
        long headBefore = new AuditRepository(database).head().seq();

        assertThatThrownBy(() -> service.perform(WANG_FANG, new WorkflowCommand.RequestInfo(ref, 0, NOTE,
                List.of("Who is the final consignee?"))))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessage("Only the assignee (li.na) may request information on " + ref + ".");
        assertThatThrownBy(() -> service.perform(LI_NA, new WorkflowCommand.RequestInfo(ref, 0, "short",
                List.of("Who is the final consignee?"))))
                .isInstanceOf(WorkflowRefusedException.class);

        assertThat(service.state(ref)).isEqualTo(before);
        assertThat(entries(ref)).isEmpty();
        assertThat(new AuditRepository(database).head().seq()).isEqualTo(headBefore);
    }

    @Test
    void deactivatedUserIsRefusedEvenWhenTheirSessionStillSaysActive() {
        String ref = newApplication(LocalDate.of(2026, 3, 2), ApplicationStatus.SUBMITTED, null);
        User staleSession = new User("chen.jie", "Chen Jie", UserRole.REVIEWER, true);

        assertThatThrownBy(() -> service.perform(staleSession, new WorkflowCommand.Claim(ref, 0, NOTE)))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessageContaining("deactivated");
        assertThatThrownBy(() -> service.perform(ZHAO_LEI, new WorkflowCommand.Assign(ref, 0, NOTE,
                new User("chen.jie", "Chen Jie", UserRole.REVIEWER, true))))
                .hasMessage("chen.jie is deactivated; assign " + ref + " to an active reviewer.");
        assertThatThrownBy(() -> service.perform(ZHAO_LEI, new WorkflowCommand.Assign(ref, 0, NOTE,
                new User("nobody", "Nobody", UserRole.REVIEWER, true))))
                .hasMessageStartingWith("There is no user nobody");
        assertThat(service.state(ref).version()).isZero();
    }

    @Test
    void unknownApplicationIsRefusedWithItsReference() {
        assertThatThrownBy(() -> service.state("EXP-2026-999999"))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessage("There is no application EXP-2026-999999; check the reference.");
    }

    @Test
    void actionOnAVersionSomeoneElseChangedSaysWhoChangedItAndWhen() {
        String ref = newApplication(LocalDate.of(2026, 3, 2), ApplicationStatus.SUBMITTED, null);
        service.perform(LI_NA, new WorkflowCommand.Claim(ref, 0, NOTE), Instant.parse("2026-03-10T06:05:00Z"));

        assertThatThrownBy(() -> service.perform(WANG_FANG, new WorkflowCommand.Claim(ref, 0, NOTE)))
                .isInstanceOfSatisfying(WorkflowConflictException.class, e -> {
                    assertThat(e.changedBy()).contains("li.na");
                    assertThat(e.changedAt()).contains(Instant.parse("2026-03-10T06:05:00Z"));
                    assertThat(e.currentVersion()).isEqualTo(1);
                })
                .hasMessage(ref + " was changed by li.na at 14:05 on 2026-03-10 after you opened it. Nothing was "
                        + "saved: reload the application to see the change, then try again.");
        assertThat(entries(ref)).hasSize(1);
    }

    @Test
    void twoUsersActingOnTheSameVersionAtOnceExactlyOneWins() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String ref = newApplication(LocalDate.of(2026, 3, 2), ApplicationStatus.SUBMITTED, null);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ActionOutcome>> results = new ArrayList<>();
                for (User reviewer : List.of(LI_NA, WANG_FANG)) {
                    Callable<ActionOutcome> claim = () -> {
                        start.await();
                        return service.perform(reviewer, new WorkflowCommand.Claim(ref, 0, NOTE));
                    };
                    results.add(threads.submit(claim));
                }
                start.countDown();

                List<ActionOutcome> won = new ArrayList<>();
                List<WorkflowConflictException> lost = new ArrayList<>();
                for (Future<ActionOutcome> result : results) {
                    try {
                        won.add(result.get());
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(WorkflowConflictException.class);
                        lost.add((WorkflowConflictException) e.getCause());
                    }
                }
                assertThat(won).hasSize(1);
                assertThat(lost).hasSize(1);
                String winner = won.get(0).state().assignee();
                assertThat(lost.get(0).getMessage()).startsWith(ref + " was changed by " + winner + " at ");
                assertThat(service.state(ref).version()).isEqualTo(1);
                assertThat(service.state(ref).assignee()).isEqualTo(winner);
                assertThat(entries(ref)).hasSize(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void secondWriterOnTheSameVersionWaitsForTheFirstAndThenWritesNothing() throws Exception {
        String ref = newApplication(LocalDate.of(2026, 3, 2), ApplicationStatus.SUBMITTED, null);
        WorkflowStateRepository states = new WorkflowStateRepository(database);
        WorkflowState read = states.find(ref).orElseThrow();
        WorkflowState first = new WorkflowState(ref, read.receivedOn(), ApplicationStatus.UNDER_REVIEW, "li.na", null,
                null, false, null, 0, null, null, null, null, null, 1, "li.na", NOW);
        WorkflowState second = new WorkflowState(ref, read.receivedOn(), ApplicationStatus.UNDER_REVIEW, "wang.fang",
                null, null, false, null, 0, null, null, null, null, null, 1, "wang.fang", NOW);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection one = database.dataSource().getConnection();
             Connection two = database.dataSource().getConnection()) {
            one.setAutoCommit(false);
            two.setAutoCommit(false);
            assertThat(states.update(TestTransactions.on(one, database), first, 0)).isTrue();
            // The second writer read version 0 too; its update blocks on the first one's row lock.
            Future<Boolean> secondWrite = thread.submit(() -> states.update(TestTransactions.on(two, database), second, 0));
            awaitBlockedSession();
            assertThat(secondWrite).isNotDone();
            one.commit();
            assertThat(secondWrite.get()).isFalse();
            two.commit();
        } finally {
            thread.shutdownNow();
        }
        assertThat(states.find(ref).orElseThrow().assignee()).isEqualTo("li.na");
        assertThat(states.find(ref).orElseThrow().version()).isEqualTo(1);
    }

    /** Waits until H2 reports a session waiting for another's lock. */
    private static void awaitBlockedSession() {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < giveUp) {
            boolean blocked = database.withConnection(connection -> {
                try (Statement query = connection.createStatement();
                     ResultSet row = query.executeQuery(
                             "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
                    row.next();
                    return row.getInt(1) > 0;
                }
            });
            if (blocked) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("The second writer never waited for the first one's lock");
    }
}
