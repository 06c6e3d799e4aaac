package org.licensedesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditExporter;
import org.licensedesk.audit.AuditFileVerifier;
import org.licensedesk.audit.AuditScope;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.ClockStop;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.DeadlineClock;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.domain.workflow.WorkflowRules;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.HistoryRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.TestDatabases;

/**
 * Statutory clock stops through the service on H2: the assignee's stops of Regulations Art. 17(3) and a supervisor's
 * referral to the State Council (Art. 17(2)), counted like a request for information, audited with the reason.
 */
class ClockStopServiceTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String NOTE = "Sample sent to the identification centre.";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User WANG_FANG = new User("wang.fang", "Wang Fang", UserRole.REVIEWER, true);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final User ZHANG_MIN = new User("zhang.min", "Zhang Min", UserRole.SUPERVISOR, true);
    private static final AtomicInteger SERIAL = new AtomicInteger(500);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    private static final ObjectMapper JSON = JsonMapper.create();

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
            for (User user : List.of(LI_NA, WANG_FANG, ZHAO_LEI, ZHANG_MIN)) {
                users.insert(transaction, user);
            }
            return null;
        });
        applications = new ApplicationRepository(database);
        auditRepository = new AuditRepository(database);
        Clock clock = Clock.fixed(Instant.parse("2026-07-01T02:00:00Z"), BEIJING);
        trail = new AuditTrail(database, auditRepository, clock);
        service = new WorkflowService(database, new WorkflowStateRepository(database), users, auditRepository, trail,
                CALENDAR, clock);
    }

    @AfterAll
    static void checkChainAndClose() {
        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
        database.close();
    }

    /** Received Monday 2026-04-20 and claimed by li.na the next day: under review, version 1. */
    private static String claimed() {
        String reference = "EXP-2026-" + String.format("%06d", SERIAL.incrementAndGet());
        applications.insertAll(List.of(SampleApplications.dysprosiumOxide(reference, LocalDate.of(2026, 4, 20),
                ApplicationStatus.SUBMITTED, null)));
        service.perform(LI_NA, new WorkflowCommand.Claim(reference, 0, NOTE), at("2026-04-21T09:00"));
        return reference;
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    private static Deadline deadlineOn(String reference, LocalDate today) {
        DeadlineClock clock = applications.deadlineClock(reference).orElseThrow();
        return clock.deadline(CALENDAR, today);
    }

    private static JsonNode details(AuditEntry entry) throws Exception {
        return JSON.readTree(entry.detailsJson());
    }

    private static String refusal(User actor, WorkflowCommand command, String at) {
        return assertThatThrownBy(() -> service.perform(actor, command, at(at)))
                .isInstanceOf(WorkflowRefusedException.class).actual().getMessage();
    }

    @Test
    void expertConsultationOverLabourDayPushesTheDeadlineBackByItsSixWorkingDays() throws Exception {
        String ref = claimed();
        assertThat(deadlineOn(ref, LocalDate.of(2026, 4, 29)).date()).isEqualTo(LocalDate.of(2026, 6, 25));

        AuditEntry stopped = service.perform(LI_NA, new WorkflowCommand.StopClock(ref, 1, NOTE,
                ClockStop.EXPERT_CONSULTATION), at("2026-04-29T10:00")).entry();

        assertThat(stopped.action()).isEqualTo(AuditAction.CLOCK_STOPPED.name());
        assertThat(stopped.toStatus()).isNull();
        assertThat(details(stopped).path("reason").asText()).isEqualTo("EXPERT_CONSULTATION");
        assertThat(details(stopped).path("article").asText()).isEqualTo("Art. 17(3)");
        WorkflowState state = service.state(ref);
        assertThat(state.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(state.clockStop()).isEqualTo(ClockStop.EXPERT_CONSULTATION);
        assertThat(state.clockStoppedOn()).isEqualTo(LocalDate.of(2026, 4, 29));
        // While stopped the deadline moves with each working day, as with a request for information: 30 April and
        // 6 May are the working days after the stop; 1-5 May is the Labour Day holiday.
        assertThat(deadlineOn(ref, LocalDate.of(2026, 5, 6)).date()).isEqualTo(LocalDate.of(2026, 6, 29));

        AuditEntry resumed = service.perform(LI_NA, new WorkflowCommand.ResumeClock(ref, 2,
                "The experts confirmed the classification 1C905.b."), at("2026-05-11T10:00")).entry();

        assertThat(resumed.action()).isEqualTo(AuditAction.CLOCK_RESUMED.name());
        JsonNode resumedDetails = details(resumed);
        assertThat(resumedDetails.path("reason").asText()).isEqualTo("EXPERT_CONSULTATION");
        assertThat(resumedDetails.path("clockStoppedOn").asText()).isEqualTo("2026-04-29");
        // 30 April, 6, 7, 8 May, Saturday 9 May (a make-up working day) and 11 May; not 1-5 May nor Sunday 10 May.
        assertThat(resumedDetails.path("workingDaysStopped").asInt()).isEqualTo(6);
        assertThat(resumedDetails.path("deadline").asText()).isEqualTo("2026-07-03");
        WorkflowState after = service.state(ref);
        assertThat(after.clockStop()).isNull();
        assertThat(after.clockStoppedOn()).isNull();
        assertThat(after.stoppedWorkingDays()).isEqualTo(6);
        assertThat(deadlineOn(ref, LocalDate.of(2026, 5, 11)).date()).isEqualTo(LocalDate.of(2026, 7, 3));
        assertThat(queueRow(ref).deadline().date()).isEqualTo(LocalDate.of(2026, 7, 3));
    }

    @Test
    void eachReasonOfArticle17_3IsTheAssigneesAndIsOfferedOnlyToThem() {
        String ref = claimed();
        WorkflowState state = service.state(ref);
        WorkflowRules rules = new WorkflowRules();

        assertThat(rules.clockStopsFor(LI_NA, state)).containsExactly(ClockStop.IDENTIFICATION,
                ClockStop.EXPERT_CONSULTATION, ClockStop.ON_SITE_VERIFICATION);
        assertThat(rules.clockStopsFor(ZHAO_LEI, state)).containsExactly(ClockStop.STATE_COUNCIL_REFERRAL);
        assertThat(rules.clockStopsFor(WANG_FANG, state)).isEmpty();
        assertThat(refusal(WANG_FANG, new WorkflowCommand.StopClock(ref, 1, NOTE, ClockStop.IDENTIFICATION),
                "2026-04-22T09:00")).isEqualTo("Only the assignee (li.na) may stop the clock of " + ref
                        + " (Regulations Art. 17(3)); a supervisor may refer it to the State Council (Art. 17(2)).");
        assertThat(refusal(ZHAO_LEI, new WorkflowCommand.StopClock(ref, 1, NOTE, ClockStop.ON_SITE_VERIFICATION),
                "2026-04-22T09:00")).isEqualTo("Only the assignee (li.na) may stop the clock of " + ref
                        + " for on-site verification of the exporter or end user (Regulations Art. 17(3)).");
        assertThat(refusal(LI_NA, new WorkflowCommand.StopClock(ref, 1, NOTE, ClockStop.STATE_COUNCIL_REFERRAL),
                "2026-04-22T09:00")).isEqualTo("Only a supervisor may refer " + ref
                        + " to the State Council (Regulations Art. 17(2)).");
        assertThat(refusal(LI_NA, new WorkflowCommand.StopClock(ref, 1, NOTE, null), "2026-04-22T09:00"))
                .startsWith("Choose why the clock of " + ref + " stops");
        assertThat(refusal(LI_NA, new WorkflowCommand.StopClock(ref, 1, "short", ClockStop.IDENTIFICATION),
                "2026-04-22T09:00")).startsWith("Write a note of at least 10 characters");
        assertThat(refusal(LI_NA, new WorkflowCommand.ResumeClock(ref, 1, NOTE), "2026-04-22T09:00"))
                .isEqualTo("The clock of " + ref + " is running; there is nothing to restart.");
        assertThat(service.state(ref).version()).isEqualTo(1);

        service.perform(LI_NA, new WorkflowCommand.StopClock(ref, 1, NOTE, ClockStop.ON_SITE_VERIFICATION),
                at("2026-04-22T09:00"));

        assertThat(refusal(LI_NA, new WorkflowCommand.StopClock(ref, 2, NOTE, ClockStop.IDENTIFICATION),
                "2026-04-23T09:00")).isEqualTo("The clock of " + ref + " is already stopped for on-site "
                        + "verification of the exporter or end user (Regulations Art. 17(3)); restart it first.");
        assertThat(refusal(LI_NA, new WorkflowCommand.RequestInfo(ref, 2, NOTE, List.of("Who is the carrier?")),
                "2026-04-23T09:00")).isEqualTo("The clock of " + ref + " is stopped for on-site verification of "
                        + "the exporter or end user (Regulations Art. 17(3)); restart it before you request "
                        + "information on it.");
        assertThat(refusal(ZHAO_LEI, new WorkflowCommand.ResumeClock(ref, 2, NOTE), "2026-04-23T09:00"))
                .isEqualTo("Only the assignee (li.na) may restart the clock of " + ref + ".");
        service.perform(LI_NA, new WorkflowCommand.Assess(ref, 2, NOTE, allFactors()), at("2026-04-23T09:00"));
        assertThat(refusal(LI_NA, new WorkflowCommand.RecommendApproval(ref, 3, NOTE, singleYear()),
                "2026-04-23T10:00")).contains("restart it before you recommend approval of it.");

        service.perform(LI_NA, new WorkflowCommand.ResumeClock(ref, 3, NOTE), at("2026-04-24T09:00"));
        service.perform(LI_NA, new WorkflowCommand.RecommendApproval(ref, 4, NOTE, singleYear()),
                at("2026-04-24T10:00"));
        assertThat(service.state(ref).status()).isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
        assertThat(service.state(ref).stoppedWorkingDays()).isEqualTo(2);
    }

    @Test
    void aStopCannotStartWhileInformationIsRequested() {
        String ref = claimed();
        service.perform(LI_NA, new WorkflowCommand.RequestInfo(ref, 1, NOTE, List.of("Who is the carrier?")),
                at("2026-04-22T09:00"));

        assertThat(refusal(LI_NA, new WorkflowCommand.StopClock(ref, 2, NOTE, ClockStop.IDENTIFICATION),
                "2026-04-23T09:00")).isEqualTo("The clock of " + ref + " is already stopped waiting for the "
                        + "applicant's information; record their answer first.");
        assertThat(refusal(LI_NA, new WorkflowCommand.ResumeClock(ref, 2, NOTE), "2026-04-23T09:00"))
                .isEqualTo("The clock of " + ref + " waits for the applicant's information; record their answer "
                        + "to restart it.");
    }

    @Test
    void referralToTheStateCouncilHasNoStatutoryLimitUntilItReturns() throws Exception {
        String ref = claimed();
        service.perform(LI_NA, new WorkflowCommand.Assess(ref, 1, NOTE, allFactors()), at("2026-04-22T09:00"));
        service.perform(LI_NA, new WorkflowCommand.RecommendApproval(ref, 2, NOTE, singleYear()),
                at("2026-04-23T09:00"));

        AuditEntry referred = service.perform(ZHAO_LEI, new WorkflowCommand.StopClock(ref, 3,
                "Referred with the ministry's opinion of 24 April.", ClockStop.STATE_COUNCIL_REFERRAL),
                at("2026-04-24T09:00")).entry();

        assertThat(details(referred).path("reason").asText()).isEqualTo("STATE_COUNCIL_REFERRAL");
        assertThat(details(referred).path("article").asText()).isEqualTo("Art. 17(2)");
        // Months later the case is neither overdue nor near its date: there is no statutory limit while referred.
        Deadline during = deadlineOn(ref, LocalDate.of(2026, 9, 30));
        assertThat(during.noStatutoryLimit()).isTrue();
        assertThat(during.isPassed()).isFalse();
        assertThat(during.isNear()).isFalse();
        assertThat(queueRow(ref).deadline().noStatutoryLimit()).isTrue();
        assertThat(refusal(ZHANG_MIN, new WorkflowCommand.Approve(ref, 4, NOTE, null, List.of()),
                "2026-05-06T09:00")).isEqualTo("The clock of " + ref + " is stopped for referral to the State "
                        + "Council (Regulations Art. 17(2)); restart it before you approve it.");
        assertThat(refusal(LI_NA, new WorkflowCommand.ResumeClock(ref, 4, NOTE), "2026-05-06T09:00"))
                .isEqualTo("Only a supervisor may restart the clock of " + ref + ".");

        service.perform(ZHANG_MIN, new WorkflowCommand.ResumeClock(ref, 4, "The State Council's approval came back."),
                at("2026-09-30T09:00"));
        assertThat(deadlineOn(ref, LocalDate.of(2026, 9, 30)).noStatutoryLimit()).isFalse();
        AuditEntry approved = service.perform(ZHAO_LEI, new WorkflowCommand.Approve(ref, 5, NOTE, null, List.of()),
                at("2026-09-30T10:00")).entry();

        // Received 20 April, decided 30 September: only the days outside the referral counted.
        assertThat(details(approved).path("withinDeadline").asBoolean()).isTrue();
        assertThat(service.state(ref).decidedWithinDeadline()).isTrue();
    }

    @Test
    void anExportWithClockStopsFitsTheSchemaAndVerifies() throws Exception {
        String ref = claimed();
        service.perform(LI_NA, new WorkflowCommand.StopClock(ref, 1, NOTE, ClockStop.IDENTIFICATION),
                at("2026-04-22T09:00"));
        service.perform(LI_NA, new WorkflowCommand.ResumeClock(ref, 2, NOTE), at("2026-04-27T09:00"));
        AuditExporter exporter = new AuditExporter(database, auditRepository,
                new HistoryRepository(database, BEIJING), trail, TestDatabases.officials(database));
        Path target = folder.resolve("clock-stops-" + ref + ".json");

        exporter.export(AuditScope.all(), target, ZHAO_LEI, (done, total) -> { }, () -> false);

        ChainVerification verification = new AuditFileVerifier().verify(target);
        assertThat(verification.ok()).as(verification.reason()).isTrue();
        List<String> actions = new ArrayList<>();
        JSON.readTree(target.toFile()).path("entries").forEach(entry -> actions.add(entry.path("action").asText()));
        assertThat(actions).contains("CLOCK_STOPPED", "CLOCK_RESUMED");
    }

    private static QueueRow queueRow(String reference) {
        return applications.queue(EnumSet.copyOf(ApplicationStatus.openStatuses()),
                DeadlineClock.deadlinesAsOf(CALENDAR, LocalDate.of(2026, 9, 30))).stream()
                .filter(row -> row.reference().equals(reference)).findFirst().orElseThrow();
    }

    private static List<FactorAssessment> allFactors() {
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        return factors;
    }

    private static ApprovalTerms singleYear() {
        return new ApprovalTerms(LicenceType.SINGLE, 12, List.of("No re-export without consent."),
                List.of("Report each shipment within 30 days."));
    }
}
