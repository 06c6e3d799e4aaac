package org.licensedesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.licensedesk.licence.LicenceFixture.LI_NA;
import static org.licensedesk.licence.LicenceFixture.WANG_FANG;
import static org.licensedesk.licence.LicenceFixture.ZHANG_MIN;
import static org.licensedesk.licence.LicenceFixture.ZHAO_LEI;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.appeal.Appeal;
import org.licensedesk.domain.appeal.AppealOutcome;
import org.licensedesk.domain.appeal.AppealRefusedException;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.licence.LicenceFixture;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;

/** Appeals against denials through the service: period, who may review and decide, outcomes. */
class AppealServiceTest {
    private static final String NOTE = "Appellant's letter and annexes checked.";

    @TempDir
    static Path folder;
    private static LicenceFixture fixture;
    private static AppealService appeals;

    @BeforeAll
    static void open() {
        fixture = new LicenceFixture(folder);
        appeals = service(AppealService.DEFAULT_PERIOD_DAYS);
    }

    private static AppealService service(int periodDays) {
        return new AppealService(fixture.database, fixture.workflow, new WorkflowStateRepository(fixture.database),
                new UserRepository(fixture.database), fixture.auditEntries, fixture.trail, fixture.clock, periodDays);
    }

    @AfterAll
    static void checkChainAndClose() {
        assertThat(fixture.trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
        fixture.database.close();
    }

    /** Claimed, assessed and recommended for denial by li.na; denied by zhao.lei on 2026-03-12. */
    private static String denied() {
        return fixture.denied(LocalDate.of(2026, 3, 2));
    }

    private static List<String> actions(String reference) {
        return fixture.auditEntries.forApplication(reference).stream().map(AuditEntry::action)
                .filter(action -> action.startsWith("APPEAL")).sorted().toList();
    }

    @Test
    void aGrantedAppealSendsTheApplicationBackToItsReviewer() {
        String reference = denied();
        Appeal received = appeals.receive(LI_NA, reference, LocalDate.of(2026, 3, 20), NOTE);
        assertThat(received.open()).isTrue();

        assertThatThrownBy(() -> appeals.review(LI_NA, reference, AppealOutcome.GRANTED, NOTE))
                .isInstanceOf(AppealRefusedException.class)
                .hasMessage("li.na took part in the decision under appeal on " + reference
                        + "; another reviewer must review the appeal.");
        assertThatThrownBy(() -> appeals.review(ZHANG_MIN, reference, AppealOutcome.GRANTED, NOTE))
                .hasMessageContaining("A reviewer reviews the appeal");
        assertThatThrownBy(() -> appeals.decide(ZHANG_MIN, reference, AppealOutcome.GRANTED, NOTE))
                .hasMessageContaining("has not been reviewed yet");

        appeals.review(WANG_FANG, reference, AppealOutcome.GRANTED, NOTE);
        assertThatThrownBy(() -> appeals.review(WANG_FANG, reference, AppealOutcome.UPHELD, NOTE))
                .hasMessageContaining("was already reviewed by wang.fang");
        assertThatThrownBy(() -> appeals.decide(ZHAO_LEI, reference, AppealOutcome.GRANTED, NOTE))
                .hasMessage("zhao.lei took part in the decision under appeal on " + reference
                        + "; another supervisor must decide the appeal.");

        Appeal decided = appeals.decide(ZHANG_MIN, reference, AppealOutcome.GRANTED, NOTE);
        assertThat(decided.status()).isEqualTo("GRANTED");
        assertThat(fixture.workflow.state(reference).status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(fixture.workflow.state(reference).assignee()).isEqualTo("wang.fang");
        assertThat(actions(reference)).containsExactly("APPEAL_GRANTED", "APPEAL_RECEIVED", "APPEAL_REVIEWED");
        assertThatThrownBy(() -> appeals.decide(ZHANG_MIN, reference, AppealOutcome.GRANTED, NOTE))
                .hasMessageContaining("There is no open appeal");
    }

    @Test
    void anUpheldAppealLeavesTheDenial() {
        String reference = denied();
        appeals.receive(ZHAO_LEI, reference, LocalDate.of(2026, 3, 13), NOTE);
        assertThatThrownBy(() -> appeals.receive(LI_NA, reference, LocalDate.of(2026, 3, 14), NOTE))
                .hasMessageContaining("is already open");
        appeals.review(WANG_FANG, reference, AppealOutcome.UPHELD, NOTE);
        assertThat(appeals.decide(ZHANG_MIN, reference, AppealOutcome.UPHELD, NOTE).status()).isEqualTo("UPHELD");
        assertThat(fixture.workflow.state(reference).status()).isEqualTo(ApplicationStatus.DENIED);
        assertThat(actions(reference)).containsExactly("APPEAL_RECEIVED", "APPEAL_REVIEWED", "APPEAL_UPHELD");
    }

    @Test
    void onlyADenialWithinThePeriodCanBeAppealed() {
        String reference = denied();
        assertThatThrownBy(() -> service(10).receive(LI_NA, reference, LocalDate.of(2026, 3, 23), NOTE))
                .hasMessage("The appeal arrived on 2026-03-23, after the 10 days that followed the denial of "
                        + "2026-03-12 (last day 2026-03-22); it is out of time.");
        assertThatThrownBy(() -> appeals.receive(LI_NA, reference, LocalDate.of(2026, 3, 11), NOTE))
                .hasMessageContaining("before the denial");
        assertThatThrownBy(() -> appeals.receive(LI_NA, reference, LocalDate.of(2026, 4, 2), NOTE))
                .hasMessageContaining("is after today");
        assertThat(service(10).receive(LI_NA, reference, LocalDate.of(2026, 3, 22), NOTE).open()).isTrue();

        String approved = fixture.approved();
        assertThatThrownBy(() -> appeals.receive(LI_NA, approved, LocalDate.of(2026, 3, 20), NOTE))
                .hasMessage("Application " + approved + " is APPROVED; only a denial can be appealed.");
        assertThat(actions(approved)).isEmpty();
    }

    @Test
    void aGrantedAppealCanIssueTheLicenceItself() throws Exception {
        String reference = denied();
        appeals.receive(LI_NA, reference, LocalDate.of(2026, 3, 20), NOTE);
        appeals.review(WANG_FANG, reference, AppealOutcome.GRANTED, NOTE);
        ApprovalTerms terms = new ApprovalTerms(LicenceType.SINGLE, 6, List.of("Ship only through Tianjin."),
                List.of("Report each shipment within 30 days."));

        Appeal decided = appeals.decide(ZHANG_MIN, reference, AppealOutcome.GRANTED, terms, NOTE);

        assertThat(decided.status()).isEqualTo("GRANTED");
        WorkflowState state = fixture.workflow.state(reference);
        assertThat(state.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(state.recommendedBy()).isEqualTo("wang.fang");
        assertThat(state.licenceNumber()).isEqualTo("LD-2026-" + reference.substring("EXP-2026-".length()));
        assertThat(state.licenceValidFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(state.licenceValidUntil()).isEqualTo(LocalDate.of(2026, 9, 30));
        Licence licence = fixture.service().licence(state.licenceNumber());
        assertThat(licence.applicationRef()).isEqualTo(reference);
        assertThat(licence.status(LocalDate.of(2026, 4, 1))).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(licence.conditions()).containsExactly("Ship only through Tianjin.");
        assertThat(licence.riders()).containsExactly("Report each shipment within 30 days.");
        assertThat(licence.items()).hasSize(2);

        AuditEntry granted = fixture.auditEntries.forApplication(reference).stream()
                .filter(entry -> entry.action().equals("APPEAL_GRANTED")).findFirst().orElseThrow();
        assertThat(granted.actor()).isEqualTo("zhang.min");
        assertThat(granted.fromStatus()).isEqualTo("DENIED");
        assertThat(granted.toStatus()).isEqualTo("APPROVED");
        JsonNode details = new ObjectMapper().readTree(granted.detailsJson());
        assertThat(details.path("remedy").asText()).isEqualTo(AppealService.REMEDY_LICENCE);
        assertThat(details.path("licenceNumber").asText()).isEqualTo(state.licenceNumber());
        assertThat(details.path("validUntil").asText()).isEqualTo("2026-09-30");
        assertThat(details.path("licenceType").asText()).isEqualTo("SINGLE");
        assertThat(actions(reference)).containsExactly("APPEAL_GRANTED", "APPEAL_RECEIVED", "APPEAL_REVIEWED");
    }

    @Test
    void aLicenceIsIssuedOnAppealOnlyWhenTheReviewerAndTheRulesAgree() {
        ApprovalTerms single = LicenceFixture.terms();
        String upheldByReview = denied();
        appeals.receive(LI_NA, upheldByReview, LocalDate.of(2026, 3, 20), NOTE);
        appeals.review(WANG_FANG, upheldByReview, AppealOutcome.UPHELD, NOTE);
        assertThatThrownBy(() -> appeals.decide(ZHANG_MIN, upheldByReview, AppealOutcome.GRANTED, single, NOTE))
                .isInstanceOf(AppealRefusedException.class)
                .hasMessage("wang.fang recommended upholding the denial of " + upheldByReview + "; a licence is "
                        + "issued on appeal only when the review recommends granting it. Decide UPHELD, or GRANTED "
                        + "without licence terms to send the application back for a new decision.");
        assertThatThrownBy(() -> appeals.decide(ZHANG_MIN, upheldByReview, AppealOutcome.UPHELD, single, NOTE))
                .hasMessageStartingWith("An upheld appeal issues no licence");

        String general = denied();
        appeals.receive(LI_NA, general, LocalDate.of(2026, 3, 20), NOTE);
        appeals.review(WANG_FANG, general, AppealOutcome.GRANTED, NOTE);
        assertThatThrownBy(() -> appeals.decide(ZHANG_MIN, general, AppealOutcome.GRANTED,
                new ApprovalTerms(LicenceType.GENERAL, 24, List.of(), List.of()), NOTE))
                .isInstanceOf(AppealRefusedException.class)
                .hasMessageStartingWith("A general licence needs the exporter's internal compliance programme");
        assertThatThrownBy(() -> appeals.decide(ZHAO_LEI, general, AppealOutcome.GRANTED, single, NOTE))
                .hasMessage("zhao.lei took part in the decision under appeal on " + general
                        + "; another supervisor must decide the appeal.");

        // Nothing was written by the refusals: both appeals are open, both applications denied, no licence.
        for (String reference : List.of(upheldByReview, general)) {
            assertThat(appeals.latest(reference).orElseThrow().open()).isTrue();
            assertThat(fixture.workflow.state(reference).status()).isEqualTo(ApplicationStatus.DENIED);
            assertThat(fixture.service().licenceOf(reference)).isEmpty();
            assertThat(actions(reference)).containsExactly("APPEAL_RECEIVED", "APPEAL_REVIEWED");
        }
        assertThat(appeals.decide(ZHANG_MIN, general, AppealOutcome.GRANTED, single, NOTE).status())
                .isEqualTo("GRANTED");
        assertThat(fixture.service().licenceOf(general).orElseThrow().type()).isEqualTo(LicenceType.SINGLE);
    }
}
