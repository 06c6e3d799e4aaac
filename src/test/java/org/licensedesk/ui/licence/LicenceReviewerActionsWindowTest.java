package org.licensedesk.ui.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.licensedesk.ui.licence.LicenceActionsWindowTest.inLicences;
import static org.licensedesk.ui.licence.LicenceActionsWindowTest.last;
import static org.licensedesk.ui.licence.LicenceActionsWindowTest.shortcut;
import static org.licensedesk.ui.licence.LicenceActionsWindowTest.status;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.appeal.Appeal;
import org.licensedesk.domain.appeal.AppealOutcome;
import org.licensedesk.domain.licence.Amendment;
import org.licensedesk.domain.licence.AmendmentField;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.domain.licence.LicenceSummary;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A reviewer at the licences: the supervisors' actions are disabled with the reason in their tooltip; an amendment
 * of a key element is refused with the desk's sentence, one of the port is received and recommended; and on a denied
 * application's Licence tab the reviewer receives an appeal and reviews it.
 */
class LicenceReviewerActionsWindowTest extends DemoWindowFixture {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = showMainWindow(stage, TestDesk.LI_NA);
    }

    @Test
    void aReviewerReceivesAndRecommendsAnAmendmentButMayNotSuspend(FxRobot robot) throws Exception {
        LicenceSummary licence = LicenceActionsWindowTest.firstActive(2);
        shortcut(robot, KeyCode.L);
        desk.waitUntil(() -> robot.lookup("#licencesTable").tryQuery().isPresent()
                && !robot.lookup("#licencesTable").queryTableView().getItems().isEmpty());
        TableView<LicenceSummary> table = robot.lookup("#licencesTable").queryTableView();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(row -> row.number().equals(licence.number())).findFirst().orElseThrow());
        });
        Button suspend = inLicences(robot, "#licenceAction_SUSPEND");
        desk.waitUntil(() -> suspend.getParent().isVisible() && suspend.isDisabled());
        assertThat(suspend.getAccessibleHelp()).isEqualTo("Only a supervisor may do this; ask a supervisor.");
        assertThat(((Button) inLicences(robot, "#licenceAction_SURRENDER")).isDisabled()).isFalse();
        shortcut(robot, KeyCode.S);
        assertThat(robot.lookup("#licenceReasonForm").tryQuery()).isEmpty();

        shortcut(robot, KeyCode.A);
        desk.waitUntil(() -> robot.lookup("#amendmentForm_field").tryQuery().isPresent());
        ComboBox<Object> field = robot.lookup("#amendmentForm_field").queryComboBox();
        robot.interact(() -> field.setValue(AmendmentField.END_USER));
        robot.clickOn("#amendmentForm_value").write("Another Metals GmbH");
        robot.clickOn("#amendmentForm_note").write("The holder asks to change the end user");
        robot.clickOn("#amendmentForm_send");
        desk.waitUntil(() -> robot.lookup("#amendmentForm_field_refusal").queryLabeled().isVisible());
        assertThat(desk.text("#amendmentForm_field_refusal")).isEqualTo("A change of the end user is a key element "
                + "of licence " + licence.number() + " (Art. 18(2)): it cannot be made by amendment; the holder files "
                + "a new application, which the desk links to this licence.");
        assertThat(services.amendments().amendments(licence.number())).isEmpty();

        robot.interact(() -> field.setValue(AmendmentField.PORT_OF_EXPORT));
        robot.doubleClickOn("#amendmentForm_value").eraseText("Another Metals GmbH".length()).write("Ningbo");
        robot.clickOn("#amendmentForm_send");
        desk.waitUntil(() -> robot.lookup("#amendmentForm").tryQuery().isEmpty());
        List<Amendment> amendments = services.amendments().amendments(licence.number());
        assertThat(amendments).singleElement().satisfies(amendment -> {
            assertThat(amendment.field()).isEqualTo(AmendmentField.PORT_OF_EXPORT);
            assertThat(amendment.newValue()).isEqualTo("Ningbo");
            assertThat(amendment.open()).isTrue();
        });
        desk.waitUntil(() -> robot.from((Node) robot.lookup("#licences").query()).lookup("#licenceActionsSituation")
                .queryLabeled().getText().startsWith("Open amendment: Port of export to \"Ningbo\""));
        Button decide = inLicences(robot, "#licenceAction_DECIDE_AMENDMENT");
        assertThat(decide.isDisabled()).isTrue();
        assertThat(decide.getAccessibleHelp()).isEqualTo("A supervisor decides; a reviewer recommends first.");

        Button recommend = inLicences(robot, "#licenceAction_RECOMMEND_AMENDMENT");
        robot.clickOn((Node) recommend);
        desk.waitUntil(() -> robot.lookup("#amendmentDecisionForm_note").tryQuery().isPresent());
        robot.clickOn("#amendmentDecisionForm_note").write("Ningbo is a port licensed for dual-use exports");
        robot.clickOn("#amendmentDecisionForm_send");
        desk.waitUntil(() -> status(robot).equals("Amendment of licence " + licence.number()
                + " recommended; a supervisor decides it."));
        assertThat(last(licence.applicationRef()).action()).isEqualTo(AuditAction.AMENDMENT_RECOMMENDED.name());
        assertThat(services.licences().licence(licence.number()).storedStatus()).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aReviewerWhoTookNoPartReceivesAndReviewsAnAppeal(FxRobot robot) throws Exception {
        String denied = deniedWithoutLiNa();
        robot.interact(() -> window.viewModel().open(denied));
        desk.waitUntil(() -> robot.lookup("#licenceAction_RECEIVE_APPEAL").tryQuery().isPresent()
                && robot.lookup("#licenceAction_RECEIVE_APPEAL").queryButton().getParent().isVisible());
        javafx.scene.control.TabPane tabs = robot.lookup("#detailsTabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "licenceTab".equals(tab.getId())).findFirst().orElseThrow()));
        assertThat(robot.lookup("#licenceAction_SUSPEND").queryButton().getParent().isVisible()).isFalse();
        assertThat(robot.lookup("#licenceAction_REVIEW_APPEAL").queryButton().isDisabled()).isTrue();

        robot.clickOn("#licenceAction_RECEIVE_APPEAL");
        desk.waitUntil(() -> robot.lookup("#appealForm_note").tryQuery().isPresent());
        robot.clickOn("#appealForm_note").write("The applicant asks for administrative reconsideration");
        robot.clickOn("#appealForm_send");
        desk.waitUntil(() -> robot.lookup("#appealForm").tryQuery().isEmpty());
        assertThat(services.appeals().latest(denied)).get().extracting(Appeal::open).isEqualTo(true);

        desk.waitUntil(() -> !robot.lookup("#licenceAction_REVIEW_APPEAL").queryButton().isDisabled());
        robot.clickOn("#licenceAction_REVIEW_APPEAL");
        desk.waitUntil(() -> robot.lookup("#appealDecisionForm_outcome").tryQuery().isPresent());
        ComboBox<Object> outcome = robot.lookup("#appealDecisionForm_outcome").queryComboBox();
        robot.interact(() -> outcome.setValue(AppealOutcome.GRANTED));
        robot.clickOn("#appealDecisionForm_note").write("The end-use statement was misread at the first review");
        robot.clickOn("#appealDecisionForm_send");
        desk.waitUntil(() -> robot.lookup("#appealDecisionForm").tryQuery().isEmpty());
        Appeal appeal = services.appeals().latest(denied).orElseThrow();
        assertThat(appeal.reviewer()).isEqualTo("li.na");
        assertThat(appeal.recommendation()).isEqualTo(AppealOutcome.GRANTED);
        desk.waitUntil(() -> robot.lookup("#licenceActionsSituation").queryLabeled().getText()
                .contains("reviewer li.na, recommendation Granted"));
        assertThat(robot.lookup("#licenceAction_DECIDE_APPEAL").queryButton().getAccessibleHelp())
                .isEqualTo("A supervisor decides; a reviewer recommends first.");
        assertThat(dialogs.errors).isEmpty();
    }

    /** A denial within the appeal period in which li.na had no part. */
    private static String deniedWithoutLiNa() {
        return services.queue().page(org.licensedesk.domain.QueueQuery.of(Set.of(ApplicationStatus.DENIED)), null,
                        10_000).stream()
                .map(row -> row.reference())
                .filter(reference -> {
                    List<AuditEntry> entries = services.auditTrail().forApplication(reference);
                    Set<String> actors = entries.stream().map(AuditEntry::actor).collect(Collectors.toSet());
                    return !actors.contains("li.na") && entries.stream().anyMatch(entry ->
                            entry.action().equals(AuditAction.DENIED.name())
                                    && entry.at().compareTo(TODAY.minusDays(50).toString()) > 0);
                })
                .findFirst().orElseThrow();
    }
}
