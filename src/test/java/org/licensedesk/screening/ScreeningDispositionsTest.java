package org.licensedesk.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DispositionRefusedException;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.intake.ImportResult;
import org.licensedesk.intake.IntakeService;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.IntakeRepository;
import org.licensedesk.store.ScreeningRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.TestDatabases;
import org.licensedesk.workflow.WorkflowService;

/**
 * Dispositions on screening hits and the approval rule they feed, through the screening and workflow services on
 * a real database with the CSL sample loaded. The application's consignee and end user are both on it.
 */
class ScreeningDispositionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
    private static final String REF = "EXP-2026-000301";
    private static final String NOTE = "Different address and registration number.";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User WANG_FANG = new User("wang.fang", "Wang Fang", UserRole.REVIEWER, true);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final User ZHANG_MIN = new User("zhang.min", "Zhang Min", UserRole.SUPERVISOR, true);

    @TempDir
    Path folder;
    private Database database;
    private ApplicationRepository applications;
    private AuditRepository auditEntries;
    private ScreeningService screening;
    private ScreeningDispositions dispositions;
    private WorkflowService workflow;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.migrated(folder);
        UserRepository users = new UserRepository(database);
        database.write(transaction -> {
            for (User user : List.of(LI_NA, WANG_FANG, ZHAO_LEI, ZHANG_MIN)) {
                users.insert(transaction, user);
            }
            return null;
        });
        applications = new ApplicationRepository(database);
        auditEntries = new AuditRepository(database);
        AuditTrail trail = new AuditTrail(database, auditEntries, CLOCK);
        ScreeningRepository repository = new ScreeningRepository(database);
        WorkflowStateRepository states = new WorkflowStateRepository(database);
        screening = new ScreeningService(database, repository, trail, TestDatabases.officials(database));
        dispositions = new ScreeningDispositions(database, repository, states, users, trail);
        workflow = new WorkflowService(database, states, users, auditEntries, trail, WorkingDayCalendar.official(),
                CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private void loadList() {
        screening.importList(ListFormat.CSL, List.of(ScreeningSamples.cslCurrent()), ZHAO_LEI);
    }

    /** The sample application shipping to TNK Trading for Rosneft Trade: two hits on the CSL sample. */
    private void insertApplication(ApplicationStatus status, String assignee) {
        LicenceApplication a = SampleApplications.dysprosiumOxide(REF, RECEIVED, status, assignee);
        applications.insertAll(List.of(new LicenceApplication(a.reference(), a.receivedOn(), a.licenceType(),
                a.applicant(), new Party(PartyRole.CONSIGNEE, "TNK Trading International SA", "CH", "Geneva"),
                new Party(PartyRole.END_USER, "Rosneft Trade Ltd.", "CY", "Nicosia"), a.endUse(), a.contract(),
                a.transport(), a.items(), a.documents(), a.status(), a.assignee(), a.version())));
    }

    /** Claimed and assessed by li.na, screened: ready for a recommendation but for the hits. */
    private List<ScreeningHit> assessedWithHits() {
        loadList();
        insertApplication(ApplicationStatus.SUBMITTED, null);
        claimAndAssess();
        return screening.screen(REF);
    }

    private void claimAndAssess() {
        workflow.perform(LI_NA, new WorkflowCommand.Claim(REF, 0, "I take this one over."));
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        workflow.perform(LI_NA, new WorkflowCommand.Assess(REF, 1, "All eight checked.", factors));
    }

    private ScreeningHit dispose(User by, ScreeningHit hit, ScreeningDisposition verdict, String note) {
        return dispositions.dispose(by, REF, hit.party(), hit.entryKey(), verdict, note);
    }

    private static ScreeningHit of(List<ScreeningHit> hits, ScreenedParty party) {
        return hits.stream().filter(hit -> hit.party() == party).findFirst().orElseThrow();
    }

    private WorkflowCommand recommendApproval() {
        return new WorkflowCommand.RecommendApproval(REF, workflow.state(REF).version(), "No concerns remain.",
                new ApprovalTerms(LicenceType.SINGLE, 12, List.of("No re-export."), List.of()));
    }

    private List<AuditEntry> entries(AuditAction action) {
        List<AuditEntry> found = new ArrayList<>();
        auditEntries.forEachInRange(1, Long.MAX_VALUE, entry -> {
            if (action.name().equals(entry.action())) {
                found.add(entry);
            }
            return true;
        });
        return found;
    }

    @Test
    void theAssigneeRecordsAFalsePositiveWithItsAuditEntry() throws Exception {
        List<ScreeningHit> hits = assessedWithHits();
        assertThat(hits).extracting(ScreeningHit::party)
                .containsExactlyInAnyOrder(ScreenedParty.CONSIGNEE, ScreenedParty.CONSIGNEE, ScreenedParty.END_USER);
        ScreeningHit consignee = of(hits, ScreenedParty.CONSIGNEE);

        ScreeningHit disposed = dispose(LI_NA, consignee, ScreeningDisposition.FALSE_POSITIVE, "  " + NOTE + " ");

        assertThat(disposed.disposition().verdict()).isEqualTo(ScreeningDisposition.FALSE_POSITIVE);
        assertThat(of(screening.hits(REF), ScreenedParty.CONSIGNEE).disposition())
                .isEqualTo(disposed.disposition())
                .satisfies(d -> {
                    assertThat(d.note()).isEqualTo(NOTE);
                    assertThat(d.by()).isEqualTo("li.na");
                    assertThat(d.at()).isEqualTo(CLOCK.instant());
                });
        AuditEntry entry = entries(AuditAction.SCREENING_DISPOSITION).get(0);
        assertThat(entry.applicationRef()).isEqualTo(REF);
        assertThat(entry.actor()).isEqualTo("li.na");
        assertThat(entry.note()).isEqualTo(NOTE);
        JsonNode details = JsonMapper.create().readTree(entry.detailsJson());
        assertThat(details.path("partyRole").asText()).isEqualTo("CONSIGNEE");
        assertThat(details.path("partyName").asText()).isEqualTo("TNK Trading International SA");
        assertThat(details.path("listedName").asText()).isEqualTo("TNK Trading International S.A.");
        assertThat(details.path("source").asText()).isEqualTo("CSL");
        assertThat(details.path("list").asText()).startsWith("Sectoral Sanctions Identifications List");
        assertThat(details.path("entryKey").asText()).isEqualTo(consignee.entryKey());
        assertThat(details.path("score").asInt()).isEqualTo(consignee.score());
        assertThat(details.path("matchedName").asText()).isEqualTo("TNK Trading International S.A.");
        assertThat(details.path("disposition").asText()).isEqualTo("FALSE_POSITIVE");
        // still flagged: the end user's hit has no disposition yet
        assertThat(screening.flaggedReferences()).containsExactly(REF);
    }

    @Test
    void onlyTheAssigneeOfAnOpenApplicationDisposesOnceWithANote() {
        ScreeningHit hit = of(assessedWithHits(), ScreenedParty.CONSIGNEE);

        assertThatThrownBy(() -> dispose(WANG_FANG, hit, ScreeningDisposition.FALSE_POSITIVE, NOTE))
                .isInstanceOf(DispositionRefusedException.class)
                .hasMessage("Only the assignee (li.na) may record a disposition on the screening hits of " + REF + ".");
        assertThatThrownBy(() -> dispose(ZHAO_LEI, hit, ScreeningDisposition.TRUE_MATCH, NOTE))
                .isInstanceOf(DispositionRefusedException.class).hasMessageContaining("Only the assignee (li.na)");
        assertThatThrownBy(() -> dispose(LI_NA, hit, ScreeningDisposition.FALSE_POSITIVE, "Not him."))
                .isInstanceOf(DispositionRefusedException.class).hasMessageContaining("at least 10 characters");
        assertThat(dispositions.refusal(WANG_FANG, REF)).isPresent();
        assertThat(dispositions.refusal(LI_NA, REF)).isEmpty();

        dispose(LI_NA, hit, ScreeningDisposition.FALSE_POSITIVE, NOTE);
        assertThatThrownBy(() -> dispose(LI_NA, hit, ScreeningDisposition.TRUE_MATCH, NOTE))
                .isInstanceOf(DispositionRefusedException.class)
                .hasMessageContaining("already recorded as FALSE_POSITIVE by li.na");
        assertThat(entries(AuditAction.SCREENING_DISPOSITION)).hasSize(1);
    }

    @Test
    void noDispositionWithoutAnAssigneeOrOnAClosedApplication() {
        loadList();
        insertApplication(ApplicationStatus.SUBMITTED, null);
        ScreeningHit hit = screening.screen(REF).get(0);

        assertThatThrownBy(() -> dispose(LI_NA, hit, ScreeningDisposition.FALSE_POSITIVE, NOTE))
                .isInstanceOf(DispositionRefusedException.class).hasMessageContaining("has no assignee; claim it");

        workflow.perform(ZHAO_LEI, new WorkflowCommand.Withdraw(REF, 0, "The applicant withdrew by letter."));
        assertThatThrownBy(() -> dispose(LI_NA, hit, ScreeningDisposition.FALSE_POSITIVE, NOTE))
                .isInstanceOf(DispositionRefusedException.class).hasMessageContaining("is already withdrawn");
        assertThat(screening.hits(REF)).noneMatch(ScreeningHit::isDisposed);
    }

    @Test
    void recommendingApprovalWaitsForEveryHitToHaveADisposition() {
        List<ScreeningHit> hits = assessedWithHits();
        assertThat(hits).hasSize(3);

        assertThat(workflow.allowedActions(LI_NA, REF)).contains(AuditAction.RECOMMENDED_DENIAL)
                .doesNotContain(AuditAction.RECOMMENDED_APPROVAL);
        assertThatThrownBy(() -> workflow.perform(LI_NA, recommendApproval()))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessageStartingWith("3 screening hits have no disposition yet: record one on the Screening tab");
        dispose(LI_NA, hits.get(0), ScreeningDisposition.FALSE_POSITIVE, NOTE);
        dispose(LI_NA, hits.get(1), ScreeningDisposition.FALSE_POSITIVE, NOTE);
        assertThatThrownBy(() -> workflow.perform(LI_NA, recommendApproval()))
                .hasMessageStartingWith("1 screening hit has no disposition yet");

        dispose(LI_NA, hits.get(2), ScreeningDisposition.FALSE_POSITIVE, NOTE);

        assertThat(workflow.allowedActions(LI_NA, REF)).contains(AuditAction.RECOMMENDED_APPROVAL);
        assertThat(workflow.perform(LI_NA, recommendApproval()).state().status())
                .isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
        assertThat(screening.flaggedReferences()).isEmpty();
    }

    @Test
    void aTrueMatchBlocksRecommendingApprovalButNotDenial() {
        List<ScreeningHit> hits = assessedWithHits();
        dispose(LI_NA, of(hits, ScreenedParty.CONSIGNEE), ScreeningDisposition.TRUE_MATCH,
                "Same Geneva address as the listed entity.");
        hits.stream().filter(hit -> !hit.equals(of(hits, ScreenedParty.CONSIGNEE)))
                .forEach(hit -> dispose(LI_NA, hit, ScreeningDisposition.FALSE_POSITIVE, NOTE));

        assertThatThrownBy(() -> workflow.perform(LI_NA, recommendApproval()))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessageStartingWith("The consignee (TNK Trading International SA) is a true match for "
                        + "TNK Trading International S.A. on the Sectoral Sanctions Identifications List")
                .hasMessageEndingWith("; recommend denial instead.");
        assertThat(workflow.allowedActions(LI_NA, REF)).contains(AuditAction.RECOMMENDED_DENIAL)
                .doesNotContain(AuditAction.RECOMMENDED_APPROVAL);
        assertThat(screening.flaggedReferences()).containsExactly(REF);
    }

    @Test
    void aSupervisorCannotApproveOverATrueMatchFoundAfterTheRecommendation() {
        // no list yet: nothing to dispose of, so li.na recommends approval
        insertApplication(ApplicationStatus.SUBMITTED, null);
        claimAndAssess();
        workflow.perform(LI_NA, recommendApproval());
        assertThat(workflow.allowedActions(ZHAO_LEI, REF)).contains(AuditAction.APPROVED);
        // the list arrives while it waits for a countersignature; the reviewer confirms the consignee
        loadList();
        List<ScreeningHit> hits = screening.hits(REF);
        dispose(LI_NA, of(hits, ScreenedParty.CONSIGNEE), ScreeningDisposition.TRUE_MATCH,
                "Same Geneva address as the listed entity.");

        assertThat(workflow.allowedActions(ZHAO_LEI, REF)).contains(AuditAction.DENIED, AuditAction.SENT_BACK)
                .doesNotContain(AuditAction.APPROVED);
        WorkflowCommand approve = new WorkflowCommand.Approve(REF, workflow.state(REF).version(), "Countersigned.",
                new ApprovalTerms(LicenceType.SINGLE, 12, List.of("No re-export."), List.of()), List.of());
        assertThatThrownBy(() -> workflow.perform(ZHAO_LEI, approve))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessageContaining("is a true match for TNK Trading International S.A.")
                .hasMessageEndingWith("or send it back instead of approving it.");
    }

    @Test
    void dispositionsOutliveAReloadOfTheListWhileTheHitIsStillThere() {
        List<ScreeningHit> hits = assessedWithHits();
        dispose(LI_NA, of(hits, ScreenedParty.CONSIGNEE), ScreeningDisposition.FALSE_POSITIVE, NOTE);

        loadList();

        List<ScreeningHit> again = screening.hits(REF);
        assertThat(again).hasSize(3);
        assertThat(of(again, ScreenedParty.CONSIGNEE).disposition().note()).isEqualTo(NOTE);
        assertThat(again).filteredOn(ScreeningHit::isDisposed).hasSize(1);
        assertThat(of(again, ScreenedParty.CONSIGNEE).entryId()).isNotEqualTo(of(hits, ScreenedParty.CONSIGNEE).entryId());
    }

    @Test
    void aSupervisorChangesTheThresholdAndTheOpenApplicationsAreScreenedAgain() throws Exception {
        loadList();
        insertApplication(ApplicationStatus.SUBMITTED, null);
        assertThat(screening.screen(REF)).hasSize(3);

        ThresholdChange change = screening.setThreshold(100, ZHAO_LEI);

        assertThat(change).isEqualTo(new ThresholdChange(85, 100, 1, 1));
        assertThat(screening.threshold()).isEqualTo(100);
        assertThat(screening.hits(REF)).extracting(ScreeningHit::score).containsOnly(100);
        assertThat(screening.hits(REF)).extracting(ScreeningHit::party)
                .containsExactlyInAnyOrder(ScreenedParty.CONSIGNEE, ScreenedParty.END_USER);
        AuditEntry entry = entries(AuditAction.SCREENING_THRESHOLD_CHANGED).get(0);
        assertThat(entry.actor()).isEqualTo("zhao.lei");
        assertThat(entry.applicationRef()).isNull();
        JsonNode details = JsonMapper.create().readTree(entry.detailsJson());
        assertThat(details.path("from").asInt()).isEqualTo(85);
        assertThat(details.path("to").asInt()).isEqualTo(100);
    }

    @Test
    void onlyASupervisorSetsTheThresholdAndOnlyFrom50To100() {
        assertThatThrownBy(() -> screening.setThreshold(90, LI_NA)).isInstanceOf(ScreeningRefusedException.class)
                .hasMessageContaining("Only a supervisor");
        assertThatThrownBy(() -> screening.setThreshold(49, ZHAO_LEI)).isInstanceOf(ScreeningRefusedException.class)
                .hasMessageContaining("from 50 to 100");
        assertThatThrownBy(() -> screening.setThreshold(101, ZHAO_LEI)).isInstanceOf(ScreeningRefusedException.class);
        assertThat(screening.threshold()).isEqualTo(85);
        assertThat(entries(AuditAction.SCREENING_THRESHOLD_CHANGED)).isEmpty();
        assertThat(screening.setThreshold(50, ZHAO_LEI).to()).isEqualTo(50);
    }

    @Test
    void intakeScreensWhatItImportsBeforeItCommits() {
        loadList();
        IntakeService intake = new IntakeService(database, applications, new ControlListRepository(database),
                new IntakeRepository(), new AuditTrail(database, auditEntries, CLOCK), TestDatabases.officials(database),
                transaction -> screening.importScreener(transaction)::screen);

        ImportResult result = intake.importFile(Path.of("assets/intake-sample.json"), LI_NA, ProgressListener.NONE,
                () -> false);

        assertThat(result.ok()).isTrue();
        assertThat(result.importedReferences()).hasSize(result.imported()).contains("EXP-2026-004211");
        assertThat(result.flaggedReferences()).contains("EXP-2026-004211");
        assertThat(screening.hits("EXP-2026-004211")).anySatisfy(hit -> {
            assertThat(hit.party()).isEqualTo(ScreenedParty.CONSIGNEE);
            assertThat(hit.partyName()).isEqualTo("TNK Trading International SA");
            assertThat(hit.isDisposed()).isFalse();
        });
        assertThat(screening.flaggedReferences()).containsAll(result.flaggedReferences());
    }
}
