package org.licensedesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.WorkflowSettingRepository;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.CountersignStage;
import org.licensedesk.domain.Document;
import org.licensedesk.domain.DocumentType;
import org.licensedesk.domain.Item;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.FirstCountersign;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.queue.Inbox;
import org.licensedesk.queue.QueueService;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;

/**
 * The second countersignature by rule (issue 13), through the workflow service on a real database: which decisions
 * need two, who may give the second (neither the recommender nor the first countersigner), that it concurs with the
 * first, what the trail records, and the "To countersign" inbox's stages.
 */
@StoreTest
class SecondCountersignServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 30);
    private static final String REF = "EXP-2026-000501";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final User ZHANG_MIN = new User("zhang.min", "Zhang Min", UserRole.SUPERVISOR, true);
    private static final List<DenialReason> REASONS = List.of(new DenialReason(ReviewFactor.END_USER_AND_END_USE,
            "The end user's stated use does not match its production lines."));

    @TempDir
    Path folder;
    private Database database;
    private WorkflowService workflow;
    private CountersignThresholds thresholds;
    private AuditRepository audit;
    private ApplicationRepository applications;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        UserRepository users = new UserRepository(database);
        database.write(transaction -> {
            users.insert(transaction, ZHANG_MIN);
            return null;
        });
        audit = new AuditRepository(database);
        applications = new ApplicationRepository(database);
        AuditTrail trail = new AuditTrail(database, audit, CLOCK);
        workflow = new WorkflowService(database, new WorkflowStateRepository(database), users, audit, trail,
                WorkingDayCalendar.official(), CLOCK);
        thresholds = new CountersignThresholds(database, new WorkflowSettingRepository(), trail,
                new Officials(database, users));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** The sample application, with these items (null: the sample's, US$518,750), assessed and recommended by li.na. */
    private void recommended(LicenceType type, boolean approval, List<Item> items) {
        LicenceApplication a = SampleApplications.dysprosiumOxide(REF, RECEIVED, ApplicationStatus.SUBMITTED, null);
        List<Document> documents = new ArrayList<>(a.documents());
        documents.add(new Document(DocumentType.INTERNAL_COMPLIANCE_PROGRAMME, "ICP", RECEIVED, null));
        applications.insertAll(List.of(new LicenceApplication(a.reference(), a.receivedOn(), type, a.applicant(),
                a.consignee(), a.endUser(), a.endUse(), a.contract(), a.transport(), items == null ? a.items() : items,
                documents, a.status(), a.assignee(), a.version())));
        workflow.perform(LI_NA, new WorkflowCommand.Claim(REF, 0, "I take this one over."));
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        workflow.perform(LI_NA, new WorkflowCommand.Assess(REF, 1, "All eight checked.", factors));
        workflow.perform(LI_NA, approval
                ? new WorkflowCommand.RecommendApproval(REF, 2, "No concerns remain.", new ApprovalTerms(type,
                        type == LicenceType.SINGLE ? 12 : 24, List.of("No re-export."), List.of()))
                : new WorkflowCommand.RecommendDenial(REF, 2, "The end use does not hold up.", REASONS));
    }

    private WorkflowState approveAs(User supervisor) {
        return workflow.perform(supervisor, new WorkflowCommand.Approve(REF, workflow.state(REF).version(),
                "Countersigned as recommended.", null, List.of())).state();
    }

    private AuditEntry latest() {
        return audit.forApplication(REF).stream().max(java.util.Comparator.comparingLong(AuditEntry::seq))
                .orElseThrow();
    }

    @Test
    void anOrdinarySingleLicenceIsDecidedByOneCountersignature() {
        recommended(LicenceType.SINGLE, true, null);

        WorkflowState approved = approveAs(ZHAO_LEI);

        assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(approved.firstCountersign()).isNull();
        assertThat(latest().action()).isEqualTo("APPROVED");
        assertThat(latest().detailsJson()).doesNotContain("firstCountersignedBy");
    }

    @Test
    void aGeneralLicenceIsCountersignedFirstThenDecidedByASecondSupervisor() {
        recommended(LicenceType.GENERAL, true, null);

        WorkflowState first = approveAs(ZHAO_LEI);

        assertThat(first.status()).isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
        assertThat(first.firstCountersign()).isEqualTo(new FirstCountersign("zhao.lei", ApplicationStatus.APPROVED));
        assertThat(first.countersignStage()).isEqualTo(CountersignStage.SECOND);
        assertThat(first.licenceNumber()).isNull();
        AuditEntry countersigned = latest();
        assertThat(countersigned.action()).isEqualTo("COUNTERSIGNED");
        assertThat(countersigned.actor()).isEqualTo("zhao.lei");
        assertThat(countersigned.toStatus()).isNull();
        assertThat(countersigned.detailsJson()).contains("\"stage\":\"FIRST\"", "\"decision\":\"APPROVED\"",
                "general licence (Regulations Art. 15)", "\"licenceType\":\"GENERAL\"");
        assertThat(workflow.allowedActions(ZHAO_LEI, REF)).doesNotContain(AuditAction.APPROVED, AuditAction.DENIED);
        assertThat(workflow.allowedActions(ZHANG_MIN, REF)).contains(AuditAction.APPROVED, AuditAction.SENT_BACK)
                .doesNotContain(AuditAction.DENIED);

        WorkflowState approved = approveAs(ZHANG_MIN);

        assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(approved.licenceNumber()).startsWith("LD-2026-");
        assertThat(approved.firstCountersign()).isEqualTo(first.firstCountersign());
        AuditEntry decided = latest();
        assertThat(decided.action()).isEqualTo("APPROVED");
        assertThat(decided.actor()).isEqualTo("zhang.min");
        assertThat(decided.detailsJson()).contains("\"stage\":\"SECOND\"", "\"firstCountersignedBy\":\"zhao.lei\"",
                "\"licenceType\":\"GENERAL\"");
    }

    @Test
    void theFirstCountersignerMayNotGiveTheSecond() {
        recommended(LicenceType.GENERAL, true, null);
        approveAs(ZHAO_LEI);

        assertThatThrownBy(() -> approveAs(ZHAO_LEI))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessage("You gave the first countersignature of " + REF + "; the second must come from another "
                        + "supervisor, neither the recommender nor you.");
        assertThat(workflow.state(REF).status()).isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
        assertThat(latest().action()).isEqualTo("COUNTERSIGNED");
    }

    @Test
    void theRecommenderMayNotGiveTheSecond() {
        recommended(LicenceType.GENERAL, true, null);
        approveAs(ZHAO_LEI);

        assertThatThrownBy(() -> approveAs(LI_NA))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessageContaining("supervisor");
        assertThat(workflow.allowedActions(LI_NA, REF)).doesNotContain(AuditAction.APPROVED, AuditAction.DENIED);
        assertThat(workflow.state(REF).status()).isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
    }

    @Test
    void theSecondCountersignatureConcursWithTheFirstOrSendsItBack() {
        recommended(LicenceType.GENERAL, true, null);
        approveAs(ZHAO_LEI);

        assertThatThrownBy(() -> workflow.perform(ZHANG_MIN, new WorkflowCommand.Deny(REF,
                workflow.state(REF).version(), "I would not grant this one.", REASONS)))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessage("zhao.lei's first countersignature approves " + REF + "; the second countersignature "
                        + "concurs with it: approve it too, or send it back to the reviewer.");

        WorkflowState sentBack = workflow.perform(ZHANG_MIN, new WorkflowCommand.SendBack(REF,
                workflow.state(REF).version(), "Check the end user's second plant first.")).state();

        assertThat(sentBack.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(sentBack.firstCountersign()).isNull();
        assertThat(latest().detailsJson()).contains("\"firstCountersignedBy\":\"zhao.lei\"");
    }

    @Test
    void denyingAgainstTheRecommendationTakesTwoAndTheSecondConcursWithTheFirstsReasons() {
        recommended(LicenceType.SINGLE, true, null);

        WorkflowState first = workflow.perform(ZHAO_LEI, new WorkflowCommand.Deny(REF, 3,
                "I deny this against the recommendation.", REASONS)).state();

        assertThat(first.status()).isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
        assertThat(latest().detailsJson()).contains("against the recommendation", "\"decision\":\"DENIED\"",
                "production lines");

        WorkflowState denied = workflow.perform(ZHANG_MIN, new WorkflowCommand.Deny(REF, first.version(),
                "I concur with the denial.", List.of())).state();

        assertThat(denied.status()).isEqualTo(ApplicationStatus.DENIED);
        assertThat(latest().detailsJson()).contains("\"firstCountersignedBy\":\"zhao.lei\"", "production lines",
                "\"againstRecommendation\":true");
    }

    @Test
    void approvingAsRecommendedAboveTheValueThresholdTakesTwo() {
        Item terbium = SampleApplications.dysprosiumOxide(REF, RECEIVED, ApplicationStatus.SUBMITTED, null).items()
                .get(1);
        // 0.8 t at US$1,450,000 a tonne: US$1,160,000, above the US$1,000,000 threshold.
        recommended(LicenceType.SINGLE, true, List.of(new Item(1, terbium.controlCode(), terbium.elementSymbol(),
                terbium.form(), terbium.description(), null, new BigDecimal("0.800"), terbium.unit(),
                terbium.unitPriceUsd())));

        assertThat(approveAs(ZHAO_LEI).status()).isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
        assertThat(latest().detailsJson()).contains("worth more than US$1,000,000");
        assertThat(approveAs(ZHANG_MIN).status()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void aSupervisorLowersTheValueThresholdAndTheNextDecisionFollowsIt() {
        assertThat(thresholds.current()).isEqualByComparingTo("1000000");
        recommended(LicenceType.SINGLE, true, null); // US$518,750: one countersignature at the default

        assertThat(thresholds.change(new BigDecimal("500000.00"), ZHANG_MIN)).isEqualByComparingTo("1000000");

        assertThat(thresholds.current()).isEqualByComparingTo("500000");
        List<AuditEntry> changes = audit.withAction("COUNTERSIGN_THRESHOLD_CHANGED");
        assertThat(changes).hasSize(1);
        AuditEntry changed = changes.get(0);
        assertThat(changed.seq()).isEqualTo(audit.head().seq());
        assertThat(changed.actor()).isEqualTo("zhang.min");
        assertThat(changed.detailsJson()).isEqualTo("{\"fromUsd\":\"1000000\",\"toUsd\":\"500000\"}");
        assertThat(approveAs(ZHAO_LEI).status()).isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
        assertThat(latest().detailsJson()).contains("worth more than US$500,000");
        assertThat(approveAs(ZHANG_MIN).status()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void aReviewerOrAnAmountThatIsNoThresholdIsRefusedAndNothingIsWritten() {
        long head = audit.head().seq();

        assertThatThrownBy(() -> thresholds.change(new BigDecimal("500000"), LI_NA))
                .isInstanceOf(WorkflowRefusedException.class).hasMessageContaining("supervisor");
        for (String amount : new String[] {"0", "-5", "0.001", "1000000000000.01"}) {
            assertThatThrownBy(() -> thresholds.change(new BigDecimal(amount), ZHAO_LEI))
                    .isInstanceOf(WorkflowRefusedException.class)
                    .hasMessage("The second-countersignature threshold must be an amount of US dollars above 0 and "
                            + "at most 1000000000000, with at most two decimals; " + amount + " is not.");
        }

        assertThat(thresholds.current()).isEqualByComparingTo("1000000");
        assertThat(audit.head().seq()).isEqualTo(head);
    }

    @Test
    void theToCountersignInboxShowsBothStagesAndLeavesOutTheFirstSigner() {
        recommended(LicenceType.GENERAL, true, null);
        QueueService queue = new QueueService(applications, WorkingDayCalendar.official(), CLOCK);
        EnumSet<ApplicationStatus> all = EnumSet.allOf(ApplicationStatus.class);

        assertThat(queue.queue(queue.inbox(Inbox.TO_COUNTERSIGN, all, "zhao.lei")))
                .extracting(QueueRow::reference, QueueRow::countersignStage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(REF, CountersignStage.FIRST));

        approveAs(ZHAO_LEI);

        assertThat(queue.queue(queue.inbox(Inbox.TO_COUNTERSIGN, all, "zhao.lei"))).isEmpty();
        assertThat(queue.inboxCounts(all, "zhao.lei").get(Inbox.TO_COUNTERSIGN)).isZero();
        assertThat(queue.queue(queue.inbox(Inbox.TO_COUNTERSIGN, all, "zhang.min")))
                .extracting(QueueRow::reference, QueueRow::countersignStage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(REF, CountersignStage.SECOND));

        approveAs(ZHANG_MIN);

        assertThat(queue.queue(queue.inbox(Inbox.TO_COUNTERSIGN, all, "zhang.min"))).isEmpty();
        assertThat(queue.queue(all)).singleElement()
                .satisfies(row -> assertThat(row.countersignStage()).isNull());
    }
}
