package org.licensedesk.screening;

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
import org.licensedesk.domain.ApplicationStatus;
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
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.RegimeDesk;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.workflow.WorkflowService;

/**
 * A general licence's further permitted consignees and end users (Regulations Art. 15) are screened like its
 * consignee and end user, on a real database: their hits are stored and shown, and a true match bars approval as it
 * does for the end user.
 */
@StoreTest
class PermittedPartyScreeningTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 30);
    private static final String REF = "EXP-2026-000901";
    private static final String LISTED = "防卫大学（National Defense Academy of Japan）";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);

    @TempDir
    Path folder;
    private Database database;
    private ScreeningService screening;
    private ScreeningDispositions dispositions;
    private WorkflowService workflow;

    @BeforeEach
    void openDatabaseWithTheMofcomControlList() throws IOException {
        RegimeDesk desk = RegimeDesk.open(folder, CLOCK, RegimeDesk.CONTROL_DEFENSE_ACADEMY);
        database = desk.database();
        screening = desk.screening();
        dispositions = desk.dispositions();
        workflow = desk.workflow();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aListedFurtherEndUserIsHitAndItsTrueMatchBarsRecommendingApproval() {
        LicenceApplication a = SampleApplications.dysprosiumOxide(REF, RECEIVED, ApplicationStatus.SUBMITTED, null);
        List<Document> documents = new ArrayList<>(a.documents());
        documents.add(new Document(DocumentType.INTERNAL_COMPLIANCE_PROGRAMME, "ICP", RECEIVED, null));
        List<Party> permitted = List.of(
                new Party(PartyRole.CONSIGNEE, "Rotterdam Rare Metals B.V.", "NL", "Waalhaven 12, Rotterdam"),
                new Party(PartyRole.END_USER, LISTED, "JP", "Yokosuka"));
        new ApplicationRepository(database).insertAll(List.of(new LicenceApplication(REF, RECEIVED,
                LicenceType.GENERAL, a.applicant(), a.consignee(), a.endUser(), a.endUse(), a.contract(),
                a.transport(), a.items(), documents, a.status(), a.assignee(), a.version(), false, permitted)));

        List<ScreeningHit> hits = screening.screen(REF);

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.party()).isEqualTo(ScreenedParty.END_USER);
            assertThat(hit.partyName()).isEqualTo(LISTED);
            assertThat(hit.listName()).isEqualTo("MOFCOM Control List");
        });
        assertThat(screening.hits(REF)).extracting(ScreeningHit::partyName).containsExactly(LISTED);

        workflow.perform(LI_NA, new WorkflowCommand.Claim(REF, 0, "I take this one over."));
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked: " + factor.label()));
        }
        workflow.perform(LI_NA, new WorkflowCommand.Assess(REF, 1, "All eight checked.", factors));
        ScreeningHit hit = hits.get(0);
        dispositions.dispose(LI_NA, REF, hit.party(), hit.entryKey(), ScreeningDisposition.TRUE_MATCH,
                "The permitted end user is the listed academy.");

        assertThatThrownBy(() -> workflow.perform(LI_NA, new WorkflowCommand.RecommendApproval(REF,
                workflow.state(REF).version(), "No concerns remain.", new ApprovalTerms(LicenceType.GENERAL, 24,
                        List.of("No re-export."), List.of()))))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessageContaining(LISTED)
                .hasMessageContaining("Regulations Arts. 28–30");
    }
}
