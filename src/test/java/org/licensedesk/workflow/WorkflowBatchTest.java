package org.licensedesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowConflictException;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditEntryHead;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;

/** {@link WorkflowService#performAll}: many actions in one transaction, with the checks of one action each. */
@StoreTest
class WorkflowBatchTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final String NOTE = "Checked against the file and the checklist.";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User WANG_FANG = new User("wang.fang", "Wang Fang", UserRole.REVIEWER, true);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final AtomicInteger SERIAL = new AtomicInteger(500);

    @TempDir
    static Path folder;
    private static Database database;
    private static ApplicationRepository applications;
    private static AuditRepository auditRepository;
    private static AuditTrail trail;
    private static WorkflowService service;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabases.migrated(folder);
        UserRepository users = new UserRepository(database);
        database.write(transaction -> {
            for (User user : List.of(LI_NA, WANG_FANG, ZHAO_LEI)) {
                users.insert(transaction, user);
            }
            return null;
        });
        applications = new ApplicationRepository(database);
        auditRepository = new AuditRepository(database);
        Clock clock = Clock.fixed(NOW, BEIJING);
        trail = new AuditTrail(database, auditRepository, clock);
        service = new WorkflowService(database, new WorkflowStateRepository(database), users, auditRepository, trail,
                WorkingDayCalendar.official(), clock);
    }

    @AfterAll
    static void checkChainAndClose() {
        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
        database.close();
    }

    private static String newApplication() {
        String reference = "EXP-2026-" + String.format("%06d", SERIAL.incrementAndGet());
        applications.insertAll(List.of(SampleApplications.dysprosiumOxide(reference, LocalDate.of(2026, 3, 2),
                ApplicationStatus.SUBMITTED, null)));
        return reference;
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    private static List<FactorAssessment> allFactors() {
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        return factors;
    }

    /** Claimed, assessed and recommended by li.na: versions 0 to 2, leaving the application at version 3. */
    private static List<ScheduledAction> upToRecommendation(String ref, WorkflowCommand recommendation) {
        return List.of(
                new ScheduledAction(LI_NA, new WorkflowCommand.Claim(ref, 0, NOTE), at("2026-03-03T09:00")),
                new ScheduledAction(LI_NA, new WorkflowCommand.Assess(ref, 1, NOTE, allFactors()),
                        at("2026-03-04T09:00")),
                new ScheduledAction(LI_NA, recommendation, at("2026-03-05T09:00")));
    }

    private static List<ScheduledAction> plus(List<ScheduledAction> actions, ScheduledAction last) {
        List<ScheduledAction> all = new ArrayList<>(actions);
        all.add(last);
        return all;
    }

    @Test
    void aWholeHistoryInOneBatchPassesTheChecksThatNeedItsOwnEarlierActions() {
        String ref = newApplication();
        ApprovalTerms terms = new ApprovalTerms(LicenceType.SINGLE, 12, List.of("No re-export without consent."),
                List.of());
        // The recommendation needs the assessment, and approving as recommended needs the recommended terms: both
        // were recorded earlier in the same batch.
        List<ActionOutcome> outcomes = service.performAll(plus(
                upToRecommendation(ref, new WorkflowCommand.RecommendApproval(ref, 2, NOTE, terms)),
                new ScheduledAction(ZHAO_LEI, new WorkflowCommand.Approve(ref, 3, NOTE, null, List.of()),
                        at("2026-03-06T09:00"))));

        assertThat(outcomes).extracting(o -> o.state().version()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(outcomes).extracting(o -> o.entry().action())
                .containsExactly("CLAIMED", "ASSESSED", "RECOMMENDED_APPROVAL", "APPROVED");
        long first = outcomes.get(0).entry().seq();
        assertThat(outcomes).extracting(o -> o.entry().seq()).containsExactly(first, first + 1, first + 2, first + 3);
        WorkflowState state = service.state(ref);
        assertThat(state).isEqualTo(outcomes.get(3).state());
        assertThat(state.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(state.licenceNumber()).isEqualTo("LD-2026-" + ref.substring(9));
        assertThat(state.licenceValidUntil()).isEqualTo(LocalDate.of(2027, 3, 5));
        List<AuditEntry> newestFirst = new ArrayList<>(outcomes.stream().map(ActionOutcome::entry).toList());
        Collections.reverse(newestFirst);
        assertThat(trail.forApplication(ref)).containsExactlyElementsOf(newestFirst);
        assertThat(outcomes.get(3).entry().detailsJson()).contains("No re-export without consent.");
    }

    @Test
    void actionsAfterAnApprovalInTheSameBatchContinueFromTheRowItWrote() {
        String ref = newApplication();
        ApprovalTerms terms = new ApprovalTerms(LicenceType.SINGLE, 6, List.of(), List.of());
        // The approval writes the row at once (its licence is made from it); the note after it is written at the end.
        List<ScheduledAction> actions = new ArrayList<>(plus(
                upToRecommendation(ref, new WorkflowCommand.RecommendApproval(ref, 2, NOTE, terms)),
                new ScheduledAction(ZHAO_LEI, new WorkflowCommand.Approve(ref, 3, NOTE, null, List.of()),
                        at("2026-03-06T09:00"))));
        actions.add(new ScheduledAction(ZHAO_LEI, new WorkflowCommand.AddNote(ref, 4, NOTE), at("2026-03-06T10:00")));
        service.performAll(actions);

        WorkflowState state = service.state(ref);
        assertThat(state.version()).isEqualTo(5);
        assertThat(state.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(state.licenceNumber()).isEqualTo("LD-2026-" + ref.substring(9));
    }

    @Test
    void aSecondBatchOnTheSameTransactionReadsTheRowTheFirstWrote() {
        String ref = newApplication();
        List<ActionOutcome> second = database.write(transaction -> {
            service.performAll(transaction, List.of(
                    new ScheduledAction(LI_NA, new WorkflowCommand.Claim(ref, 0, NOTE), at("2026-03-03T09:00")),
                    new ScheduledAction(LI_NA, new WorkflowCommand.AddNote(ref, 1, NOTE), at("2026-03-03T10:00"))));
            return service.performAll(transaction, List.of(
                    new ScheduledAction(LI_NA, new WorkflowCommand.AddNote(ref, 2, NOTE), at("2026-03-03T11:00"))));
        });

        assertThat(second).extracting(o -> o.state().version()).containsExactly(3L);
        assertThat(service.state(ref).version()).isEqualTo(3);
        assertThat(service.state(ref).assignee()).isEqualTo("li.na");
    }

    @Test
    void denyingAsRecommendedInTheSameBatchUsesTheRecommendedReasons() {
        String ref = newApplication();
        List<DenialReason> reasons = List.of(new DenialReason(ReviewFactor.DESTINATION, "Known diversion route."));
        List<ActionOutcome> outcomes = service.performAll(plus(
                upToRecommendation(ref, new WorkflowCommand.RecommendDenial(ref, 2, NOTE, reasons)),
                new ScheduledAction(ZHAO_LEI, new WorkflowCommand.Deny(ref, 3, NOTE, List.of()),
                        at("2026-03-06T09:00"))));

        assertThat(service.state(ref).status()).isEqualTo(ApplicationStatus.DENIED);
        assertThat(outcomes.get(3).entry().detailsJson()).contains("Known diversion route.");
    }

    @Test
    void aRefusalAnywhereInTheBatchRollsBackEveryAction() {
        String ref = newApplication();
        AuditEntryHead before = auditRepository.head();
        // A reviewer may not countersign.
        List<ScheduledAction> actions = plus(
                upToRecommendation(ref, new WorkflowCommand.RecommendApproval(ref, 2, NOTE, new ApprovalTerms(
                        LicenceType.SINGLE, 6, List.of(), List.of()))),
                new ScheduledAction(WANG_FANG, new WorkflowCommand.Approve(ref, 3, NOTE, null, List.of()),
                        at("2026-03-06T09:00")));

        assertThatThrownBy(() -> service.performAll(actions)).isInstanceOf(WorkflowRefusedException.class)
                .hasMessageContaining("Only a supervisor may approve");
        assertThat(service.state(ref).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(service.state(ref).version()).isZero();
        assertThat(auditRepository.head()).isEqualTo(before);
    }

    @Test
    void aStaleVersionInTheBatchIsAConflictAndNothingIsSaved() {
        String ref = newApplication();
        AuditEntryHead before = auditRepository.head();
        List<ScheduledAction> actions = List.of(
                new ScheduledAction(LI_NA, new WorkflowCommand.Claim(ref, 0, NOTE), at("2026-03-03T09:00")),
                new ScheduledAction(LI_NA, new WorkflowCommand.AddNote(ref, 0, NOTE), at("2026-03-03T10:00")));

        assertThatThrownBy(() -> service.performAll(actions)).isInstanceOf(WorkflowConflictException.class);
        assertThat(service.state(ref).version()).isZero();
        assertThat(auditRepository.head()).isEqualTo(before);
    }

    @Test
    void anEmptyBatchDoesNothing() {
        AuditEntryHead before = auditRepository.head();
        assertThat(service.performAll(List.of())).isEmpty();
        assertThat(auditRepository.head()).isEqualTo(before);
    }
}
