package org.licensedesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
import org.licensedesk.dashboard.Dashboard;
import org.licensedesk.dashboard.DashboardService;
import org.licensedesk.dashboard.Trace;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.DeadlineClock;
import org.licensedesk.domain.NoStatutoryLimit;
import org.licensedesk.domain.Document;
import org.licensedesk.domain.DocumentType;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.queue.Inbox;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.queue.QueueService;
import org.licensedesk.screening.ScreeningDispositions;
import org.licensedesk.screening.ScreeningService;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.DashboardRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.TeamRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.testing.RegimeDesk;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.StoreTest;

/**
 * The Regulations' rules on recommending and granting approval, through the workflow service on a real H2 database:
 * MOFCOM control list (Arts. 28–30), watch list (Art. 26) and general licences (Art. 16(2)).
 */
@StoreTest
class RegimeRulesServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 30);
    private static final String REF = "EXP-2026-000401";
    private static final String NOTE = "Same registered address as the listed entity.";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);

    @TempDir
    Path folder;
    private Database database;
    private ScreeningService screening;
    private ScreeningDispositions dispositions;
    private WorkflowService workflow;

    @BeforeEach
    void openDatabaseWithTheMofcomLists() throws IOException {
        RegimeDesk desk = RegimeDesk.open(folder, CLOCK, RegimeDesk.CONTROL_DEFENSE_ACADEMY,
                "WATCH,斯巴鲁株式会社,SUBARU Corporation,JP,MOFCOM Announcement 2026 No. 12,2026-02-24,,,,"
                        + "https://www.ettoday.net/news/20260224/3122152.htm");
        database = desk.database();
        screening = desk.screening();
        dispositions = desk.dispositions();
        workflow = desk.workflow();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** The sample application for this end user with these extra documents, claimed and assessed by li.na. */
    private void assessed(String endUser, DocumentType... extra) {
        assessed(endUser, false, extra);
    }

    /** The same, declaring a military end user or end use when {@code military}. */
    private void assessed(String endUser, boolean military, DocumentType... extra) {
        LicenceApplication a = SampleApplications.dysprosiumOxide(REF, RECEIVED, ApplicationStatus.SUBMITTED, null);
        List<Document> documents = new ArrayList<>(a.documents());
        for (DocumentType type : extra) {
            documents.add(new Document(type, type.name(), RECEIVED, null));
        }
        new ApplicationRepository(database).insertAll(List.of(new LicenceApplication(a.reference(), a.receivedOn(),
                a.licenceType(), a.applicant(), a.consignee(), new Party(PartyRole.END_USER, endUser, "JP", "Tokyo"),
                a.endUse(), a.contract(), a.transport(), a.items(), documents, a.status(), a.assignee(),
                a.version(), military)));
        workflow.perform(LI_NA, new WorkflowCommand.Claim(REF, 0, "I take this one over."));
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        workflow.perform(LI_NA, new WorkflowCommand.Assess(REF, 1, "All eight checked.", factors));
        for (ScreeningHit hit : screening.screen(REF)) {
            dispositions.dispose(LI_NA, REF, hit.party(), hit.entryKey(), ScreeningDisposition.TRUE_MATCH, NOTE);
        }
    }

    private WorkflowCommand recommend(LicenceType type) {
        return new WorkflowCommand.RecommendApproval(REF, workflow.state(REF).version(), "No concerns remain.",
                new ApprovalTerms(type, type == LicenceType.SINGLE ? 12 : 24, List.of("No re-export."), List.of()));
    }

    @Test
    void aControlListMatchRefusesRecommendingApprovalCitingArticles28To30ButNotDenial() {
        assessed("防卫大学（National Defense Academy of Japan）");
        assertThat(screening.hits(REF)).singleElement()
                .satisfies(hit -> assertThat(hit.listName()).isEqualTo("MOFCOM Control List"));

        assertThatThrownBy(() -> workflow.perform(LI_NA, recommend(LicenceType.SINGLE)))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessage("The end user (防卫大学（National Defense Academy of Japan）) is a true match for National "
                        + "Defense Academy of Japan on the MOFCOM Control List, to which exports of dual-use items are "
                        + "prohibited (Regulations Arts. 28–30); recommend denial instead.");

        WorkflowCommand deny = new WorkflowCommand.RecommendDenial(REF, workflow.state(REF).version(),
                "The end user is on MOFCOM's control list.", List.of(new org.licensedesk.domain.workflow.DenialReason(
                        ReviewFactor.values()[0], "End user on the MOFCOM control list.")));
        assertThat(workflow.perform(LI_NA, deny).state().status()).isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
    }

    @Test
    void aWatchListMatchAllowsNoGeneralLicence() {
        assessed("SUBARU Corporation", DocumentType.RISK_ASSESSMENT_REPORT, DocumentType.EXPORTER_UNDERTAKING,
                DocumentType.INTERNAL_COMPLIANCE_PROGRAMME);

        assertThatThrownBy(() -> workflow.perform(LI_NA, recommend(LicenceType.GENERAL)))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessage("SUBARU Corporation is on MOFCOM's watch list (SUBARU Corporation), so only a single "
                        + "licence may be granted, not a general licence (Regulations Art. 26); recommend a single "
                        + "licence or denial.");
    }

    @Test
    void aWatchListMatchNeedsTheRiskAssessmentAndTheUndertakingAmongTheDocuments() {
        assessed("斯巴鲁株式会社", DocumentType.RISK_ASSESSMENT_REPORT);

        assertThatThrownBy(() -> workflow.perform(LI_NA, recommend(LicenceType.SINGLE)))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessage("斯巴鲁株式会社 is on MOFCOM's watch list (SUBARU Corporation): the documents must include "
                        + "the exporter's written undertaking on end use before approval of " + REF
                        + " is recommended (Regulations Art. 26).");
    }

    @Test
    void aWatchListMatchWithBothDocumentsMayBeRecommendedAndApprovedAsASingleLicence() {
        assessed("斯巴鲁株式会社", DocumentType.RISK_ASSESSMENT_REPORT, DocumentType.EXPORTER_UNDERTAKING);

        assertThat(workflow.perform(LI_NA, recommend(LicenceType.SINGLE)).state().status())
                .isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
        WorkflowCommand approve = new WorkflowCommand.Approve(REF, workflow.state(REF).version(),
                "Countersigned on the risk assessment.", null, List.of());
        // A watch-list party takes two countersignatures (issue 13): zhao.lei's first, then a second supervisor's.
        assertThat(workflow.perform(ZHAO_LEI, approve).entry().action()).isEqualTo("COUNTERSIGNED");
        User zhangMin = new User("zhang.min", "Zhang Min", UserRole.SUPERVISOR, true);
        UserRepository users = new UserRepository(database);
        database.write(transaction -> {
            users.insert(transaction, zhangMin);
            return null;
        });
        WorkflowCommand second = new WorkflowCommand.Approve(REF, workflow.state(REF).version(),
                "Second countersignature on the risk assessment.", null, List.of());
        assertThat(workflow.perform(zhangMin, second).state().status()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void aConfirmedWatchListMatchLiftsTheStatutoryLimitInTheQueueTheDetailsAndTheTeamView() {
        // Received 30 Nov 2026: 45 working days end in February 2027, so on 1 June 2027 the case is long overdue
        // until a party is confirmed on the watch list (Art. 26).
        Clock june = Clock.fixed(Instant.parse("2027-06-01T02:00:00Z"), ZoneOffset.UTC);
        ApplicationRepository applications = new ApplicationRepository(database);
        QueueService queue = new QueueService(applications, WorkingDayCalendar.official(), june);
        LicenceApplication a = SampleApplications.dysprosiumOxide(REF, RECEIVED, ApplicationStatus.SUBMITTED, null);
        applications.insertAll(List.of(new LicenceApplication(a.reference(), a.receivedOn(), a.licenceType(),
                a.applicant(), a.consignee(), new Party(PartyRole.END_USER, "斯巴鲁株式会社", "JP", "Tokyo"), a.endUse(),
                a.contract(), a.transport(), a.items(), a.documents(), a.status(), a.assignee(), a.version(), false)));
        workflow.perform(LI_NA, new WorkflowCommand.Claim(REF, 0, "I take this one over."));
        ScreeningHit hit = screening.screen(REF).get(0);

        // A hit without a disposition is not yet a match: the limit applies and the case is past its deadline.
        assertThat(queue.details(REF).orElseThrow().deadline().isPassed()).isTrue();
        assertThat(queue.queue(queue.inbox(Inbox.PAST_DEADLINE, ApplicationStatus.openStatuses(), "li.na")))
                .extracting(QueueRow::reference).containsExactly(REF);

        dispositions.dispose(LI_NA, REF, hit.party(), hit.entryKey(), ScreeningDisposition.TRUE_MATCH, NOTE);

        Deadline details = queue.details(REF).orElseThrow().deadline();
        assertThat(details.limitLifted()).isEqualTo(NoStatutoryLimit.WATCH_LIST);
        assertThat(details.isPassed()).isFalse();
        assertThat(details.isNear()).isFalse();
        assertThat(queue.queue(ApplicationStatus.openStatuses())).singleElement()
                .satisfies(row -> assertThat(row.deadline().limitLifted()).isEqualTo(NoStatutoryLimit.WATCH_LIST));
        assertThat(queue.inboxCounts(ApplicationStatus.openStatuses(), "li.na")).containsEntry(Inbox.PAST_DEADLINE, 0L);
        assertThat(new TeamRepository(database).openCases("li.na",
                DeadlineClock.deadlinesAsOf(WorkingDayCalendar.official(), LocalDate.of(2027, 6, 1))))
                .singleElement().satisfies(row -> assertThat(row.deadline().noStatutoryLimit()).isTrue());
        // The dashboard's age chart: not in the late bar, but in its own "no statutory limit" bar.
        DashboardService dashboards = new DashboardService(new DashboardRepository(database),
                WorkingDayCalendar.official(), june);
        List<Dashboard.AgeBucket> ages = dashboards.openByAge();
        assertThat(ages).filteredOn(bucket -> !bucket.withoutLimit()).extracting(Dashboard.AgeBucket::count)
                .containsOnly(0L);
        Dashboard.AgeBucket noLimit = ages.get(ages.size() - 1);
        assertThat(noLimit.withoutLimit()).isTrue();
        assertThat(noLimit.count()).isEqualTo(1);
        assertThat(dashboards.openApplications((Trace.OpenAged) noLimit.trace())).containsExactly(REF);

        // Screening again keeps the disposition, and with it the lifted limit.
        screening.screen(REF);
        assertThat(queue.details(REF).orElseThrow().deadline().noStatutoryLimit()).isTrue();
    }

    @Test
    void aGeneralLicenceNeedsTheInternalComplianceProgramme() {
        assessed("Bavaria Magnet Works AG");

        assertThatThrownBy(() -> workflow.perform(LI_NA, recommend(LicenceType.GENERAL)))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessage("A general licence needs the exporter's internal compliance programme among the documents "
                        + "(Regulations Art. 16(2)); " + REF + " has none. Ask the applicant for it or recommend a "
                        + "single licence.");
        assertThat(workflow.state(REF).status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    void aGeneralLicenceWithTheInternalComplianceProgrammeMayBeRecommended() {
        assessed("Bavaria Magnet Works AG", DocumentType.INTERNAL_COMPLIANCE_PROGRAMME);

        assertThat(workflow.perform(LI_NA, recommend(LicenceType.GENERAL)).state().status())
                .isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
    }

    @Test
    void aDeclaredMilitaryEndUseNeedsASupervisorsNoteBeforeApprovalIsRecommended() {
        assessed("Bavaria Magnet Works AG", true);
        assertThat(new ApplicationRepository(database).find(REF).orElseThrow().militaryDeclared()).isTrue();

        assertThatThrownBy(() -> workflow.perform(LI_NA, recommend(LicenceType.SINGLE)))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessage("The applicant declares a military end user or end use for " + REF + ": a supervisor "
                        + "must add a note to it before approval is recommended (Export Control Law Art. 13, end user "
                        + "and end use). Ask a supervisor to review it, or recommend denial.");
        // A reviewer's own note does not count; denial needs no supervisor's note.
        workflow.perform(LI_NA, new WorkflowCommand.AddNote(REF, workflow.state(REF).version(),
                "The end user supplies the armed forces."));
        assertThatThrownBy(() -> workflow.perform(LI_NA, recommend(LicenceType.SINGLE)))
                .isInstanceOf(WorkflowRefusedException.class).hasMessageContaining("a supervisor must add a note");

        workflow.perform(ZHAO_LEI, new WorkflowCommand.AddNote(REF, workflow.state(REF).version(),
                "Reviewed with the bureau: a single licence may be considered."));

        assertThat(workflow.perform(LI_NA, recommend(LicenceType.SINGLE)).state().status())
                .isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
    }

    @Test
    void withoutAMilitaryDeclarationNoSupervisorsNoteIsNeeded() {
        assessed("Bavaria Magnet Works AG");

        assertThat(new ApplicationRepository(database).find(REF).orElseThrow().militaryDeclared()).isFalse();
        assertThat(workflow.perform(LI_NA, recommend(LicenceType.SINGLE)).state().status())
                .isEqualTo(ApplicationStatus.PENDING_COUNTERSIGN);
    }
}
