package org.licensedesk.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.Document;
import org.licensedesk.domain.DocumentType;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.Party;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DispositionRefusedException;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.RegimeDesk;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.workflow.WorkflowService;

/**
 * Issue 13: a screening disposition is one party's verdict. A general licence's two end users hitting the same listed
 * entry each need their own; through the services on H2 and PostgreSQL.
 */
@StoreTest
class DispositionPerPartyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 30);
    private static final String REF = "EXP-2026-000913";
    private static final String NOTE = "Different registration number and address.";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final String ACADEMY_EN = "National Defense Academy of Japan";
    private static final String ACADEMY_ZH = "防卫大学";
    private static final String SUBARU_EN = "SUBARU Corporation";
    private static final String SUBARU_ZH = "斯巴鲁株式会社";

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

    /** A general licence whose end user and further permitted end user both hit one listed entry; claimed, assessed. */
    private List<ScreeningHit> twoEndUsersOnOneEntry(String endUser, String furtherEndUser) {
        LicenceApplication a = SampleApplications.dysprosiumOxide(REF, RECEIVED, ApplicationStatus.SUBMITTED, null);
        List<Document> documents = new ArrayList<>(a.documents());
        documents.add(new Document(DocumentType.INTERNAL_COMPLIANCE_PROGRAMME, "ICP", RECEIVED, null));
        new ApplicationRepository(database).insertAll(List.of(new LicenceApplication(REF, RECEIVED,
                LicenceType.GENERAL, a.applicant(), a.consignee(), new Party(PartyRole.END_USER, endUser, "JP",
                "Tokyo"), a.endUse(), a.contract(), a.transport(), a.items(), documents, a.status(), a.assignee(),
                a.version(), false, List.of(new Party(PartyRole.END_USER, furtherEndUser, "JP", "Yokosuka")))));
        List<ScreeningHit> hits = screening.screen(REF);
        assertThat(hits).extracting(ScreeningHit::partyName).containsExactlyInAnyOrder(endUser, furtherEndUser);
        assertThat(hits).extracting(ScreeningHit::party).containsOnly(ScreenedParty.END_USER);
        assertThat(hits).extracting(ScreeningHit::entryKey).as("the same listed entry").containsOnly(
                hits.get(0).entryKey());
        workflow.perform(LI_NA, new WorkflowCommand.Claim(REF, 0, "I take this one over."));
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        workflow.perform(LI_NA, new WorkflowCommand.Assess(REF, 1, "All eight checked.", factors));
        return hits;
    }

    private ScreeningHit dispose(String partyName, String entryKey, ScreeningDisposition verdict) {
        return dispositions.dispose(LI_NA, REF, ScreenedParty.END_USER, partyName, entryKey, verdict, NOTE);
    }

    private ScreeningHit stored(String partyName) {
        return screening.hits(REF).stream().filter(hit -> hit.partyName().equals(partyName)).findFirst()
                .orElseThrow();
    }

    private WorkflowCommand recommendApproval() {
        return new WorkflowCommand.RecommendApproval(REF, workflow.state(REF).version(), "No concerns remain.",
                new ApprovalTerms(LicenceType.GENERAL, 24, List.of("No re-export."), List.of()));
    }

    @Test
    void aFalsePositiveForOneEndUserLeavesTheOtherUndisposed() throws Exception {
        String entryKey = twoEndUsersOnOneEntry(ACADEMY_EN, ACADEMY_ZH).get(0).entryKey();

        ScreeningHit disposed = dispose(ACADEMY_EN, entryKey, ScreeningDisposition.FALSE_POSITIVE);

        assertThat(disposed.partyName()).isEqualTo(ACADEMY_EN);
        assertThat(stored(ACADEMY_EN).disposition().verdict()).isEqualTo(ScreeningDisposition.FALSE_POSITIVE);
        assertThat(stored(ACADEMY_ZH).isDisposed()).as("the other end user's hit needs its own verdict").isFalse();
        assertThat(screening.flaggedReferences()).contains(REF);
        assertThatThrownBy(() -> workflow.perform(LI_NA, recommendApproval()))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessageContaining("no disposition");

        AuditEntry entry = new AuditRepository(database).forApplication(REF).stream()
                .filter(e -> e.action().equals(AuditAction.SCREENING_DISPOSITION.name())).findFirst().orElseThrow();
        JsonNode details = JsonMapper.create().readTree(entry.detailsJson());
        assertThat(details.get("partyRole").asText()).isEqualTo("END_USER");
        assertThat(details.get("partyName").asText()).isEqualTo(ACADEMY_EN);
        assertThat(details.get("otherPartiesOnEntry")).singleElement()
                .satisfies(other -> assertThat(other.get("partyName").asText()).isEqualTo(ACADEMY_ZH));

        dispose(ACADEMY_ZH, entryKey, ScreeningDisposition.FALSE_POSITIVE);
        assertThat(screening.hits(REF)).allMatch(ScreeningHit::isDisposed);
        assertThat(screening.flaggedReferences()).doesNotContain(REF);
    }

    @Test
    void withoutThePartysNameAnAmbiguousRoleIsRefusedNamingBothAndNothingIsStored() {
        String entryKey = twoEndUsersOnOneEntry(ACADEMY_EN, ACADEMY_ZH).get(0).entryKey();

        assertThatThrownBy(() -> dispositions.dispose(LI_NA, REF, ScreenedParty.END_USER, entryKey,
                ScreeningDisposition.FALSE_POSITIVE, NOTE))
                .isInstanceOf(DispositionRefusedException.class)
                .hasMessageContaining("2 parties hit")
                .hasMessageContaining(ACADEMY_EN)
                .hasMessageContaining(ACADEMY_ZH)
                .hasMessageContaining("name the party");
        assertThatThrownBy(() -> dispose("National Defence College", entryKey, ScreeningDisposition.FALSE_POSITIVE))
                .isInstanceOf(DispositionRefusedException.class)
                .hasMessageContaining("National Defence College has no hit");
        assertThat(screening.hits(REF)).noneMatch(ScreeningHit::isDisposed);
    }

    @Test
    void aControlListTrueMatchForOneEndUserStillRefusesApproval() {
        String entryKey = twoEndUsersOnOneEntry(ACADEMY_EN, ACADEMY_ZH).get(0).entryKey();

        dispose(ACADEMY_EN, entryKey, ScreeningDisposition.FALSE_POSITIVE);
        dispose(ACADEMY_ZH, entryKey, ScreeningDisposition.TRUE_MATCH);

        assertThat(stored(ACADEMY_EN).isTrueMatch()).isFalse();
        assertThat(stored(ACADEMY_ZH).isTrueMatch()).isTrue();
        assertThatThrownBy(() -> workflow.perform(LI_NA, recommendApproval()))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessageContaining(ACADEMY_ZH)
                .hasMessageContaining("Regulations Arts. 28–30");
    }

    @Test
    void aWatchListFalsePositiveForOneEndUserDoesNotDecideTheOthersStatutoryLimit() {
        String entryKey = twoEndUsersOnOneEntry(SUBARU_EN, SUBARU_ZH).get(0).entryKey();
        ApplicationRepository applications = new ApplicationRepository(database);

        dispose(SUBARU_ZH, entryKey, ScreeningDisposition.FALSE_POSITIVE);
        assertThat(applications.deadlineClock(REF).orElseThrow().watchListed()).isFalse();

        dispose(SUBARU_EN, entryKey, ScreeningDisposition.TRUE_MATCH);
        assertThat(applications.deadlineClock(REF).orElseThrow().watchListed())
                .as("the confirmed end user is on the watch list (Art. 26)").isTrue();
        assertThat(stored(SUBARU_ZH).isTrueMatch()).isFalse();
    }
}
