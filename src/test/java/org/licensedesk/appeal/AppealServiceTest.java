package org.licensedesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.licensedesk.licence.LicenceFixture.LI_NA;
import static org.licensedesk.licence.LicenceFixture.WANG_FANG;
import static org.licensedesk.licence.LicenceFixture.ZHANG_MIN;
import static org.licensedesk.licence.LicenceFixture.ZHAO_LEI;

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
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
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
        return new AppealService(fixture.database, new WorkflowStateRepository(fixture.database),
                new UserRepository(fixture.database), fixture.auditEntries, fixture.trail, fixture.clock, periodDays);
    }

    @AfterAll
    static void checkChainAndClose() {
        assertThat(fixture.trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
        fixture.database.close();
    }

    /** Claimed, assessed and recommended for denial by li.na; denied by zhao.lei on 2026-03-12. */
    private static String denied() {
        String reference = fixture.claimed(LocalDate.of(2026, 3, 2));
        fixture.workflow.perform(LI_NA, new WorkflowCommand.RecommendDenial(reference, 2,
                "Checked against the file and the checklist.", List.of(new DenialReason(
                        ReviewFactor.END_USER_AND_END_USE, "The end user supplies a listed entity."))),
                LicenceFixture.at("2026-03-05T09:00"));
        fixture.workflow.perform(ZHAO_LEI, new WorkflowCommand.Deny(reference, 3, "Denied as recommended.",
                List.of()), LicenceFixture.at("2026-03-12T09:00"));
        return reference;
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
}
