package org.licensedesk.ui.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.DocumentType;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.DeskRobot;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.main.DeskSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Both countersignatures a rule requires (issue 13) through the real window: a supervisor approves a recommended
 * general licence and it waits, marked "Countersign 2" in the queue, with the first signer in the
 * details and no Approve for them; a second supervisor approves it and the licence is issued; the History tab shows
 * COUNTERSIGNED and APPROVED.
 */
class SecondCountersignWindowTest extends DemoWindowFixture {
    private DeskSession session;

    @Start
    void start(Stage stage) {
        session = startSession(stage);
    }

    @Test
    void twoSupervisorsCountersignAnApprovalARuleGivesTwoInTurn(FxRobot robot) throws Exception {
        String reference = twoSignatureRecommendedApproval();
        desk.signIn(session, "zhao.lei");
        showOnly(robot, reference);
        waitFor(robot, ApplicationStatus.PENDING_COUNTERSIGN, "#actionApprove");
        assertThat(desk.text("#detailsWorkflow")).contains(MESSAGES.get("countersign.details.first"));
        assertThat(rowTexts(robot, reference)).contains(MESSAGES.get("queue.status.short.pendingCountersign"));

        approve(robot, "Approved; first of the two signatures.");
        desk.waitUntil(() -> desk.text("#detailsWorkflow").contains("zhao.lei")
                && robot.lookup("#actionApprove").tryQuery().isEmpty());
        assertThat(desk.text("#detailsStatus"))
                .isEqualTo(new DomainText(MESSAGES).status(ApplicationStatus.PENDING_COUNTERSIGN));
        assertThat(desk.text("#detailsWorkflow")).contains(MESSAGES.format("countersign.details.second", "zhao.lei",
                new DomainText(MESSAGES).status(ApplicationStatus.APPROVED)));
        desk.waitUntil(() -> rowTexts(robot, reference).contains(MESSAGES.get("countersign.queue.second")));
        DeskRobot.snapshot(robot.lookup("#queueTable").query().getScene(), "screenshot-second-countersign.png");

        desk.signOut(session);
        desk.signIn(session, "zhang.min");
        showOnly(robot, reference);
        waitFor(robot, ApplicationStatus.PENDING_COUNTERSIGN, "#actionApprove");
        approve(robot, "Second signature: I concur.");
        waitFor(robot, ApplicationStatus.APPROVED, "#actionAddNote");
        assertThat(desk.text("#detailsWorkflow")).contains("Licence")
                .contains(MESSAGES.format("countersign.details.decidedByTwo", "zhao.lei"));

        robot.clickOn(robot.lookup(".tab").match(tab -> tab.lookup(".tab-label") instanceof Labeled label
                && label.getText().startsWith(MESSAGES.get("details.tab.history"))).queryAs(Node.class));
        TableView<AuditEntry> history = robot.lookup("#historyTable").queryTableView();
        desk.waitUntil(() -> history.getItems().size() >= 2 && "APPROVED".equals(history.getItems().get(0).action()));
        assertThat(List.copyOf(history.getItems()).subList(0, 2)).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(tuple("APPROVED", "zhang.min"), tuple("COUNTERSIGNED", "zhao.lei"));
        assertThat(dialogs.errors).isEmpty();
    }

    /**
     * A submitted demo application for a general licence, which two countersignatures decide (Regulations Art. 15),
     * brought through the service to a recommended approval by its reviewer: the window test is about what follows.
     */
    private static String twoSignatureRecommendedApproval() {
        String ref = services.queue().queue(EnumSet.of(ApplicationStatus.SUBMITTED)).stream()
                .map(QueueRow::reference)
                .filter(reference -> !services.screening().flaggedReferences().contains(reference))
                .filter(reference -> {
                    LicenceApplication application = services.queue().details(reference).orElseThrow()
                            .application();
                    return !application.militaryDeclared() && application.hasEndUserCertificate()
                            && application.licenceType() == LicenceType.GENERAL && application.documents().stream()
                                    .anyMatch(d -> d.type() == DocumentType.INTERNAL_COMPLIANCE_PROGRAMME);
                })
                .findFirst().orElseThrow(() -> new AssertionError("the demo has no such application"));
        User reviewer = new User("li.na", "Li Na", UserRole.REVIEWER, true);
        services.workflow().perform(reviewer, new WorkflowCommand.Claim(ref, 0, "Taking this general licence."));
        List<FactorAssessment> factors = new ArrayList<>();
        for (ReviewFactor factor : ReviewFactor.values()) {
            factors.add(new FactorAssessment(factor, FactorRating.NO_CONCERN, "Checked."));
        }
        services.workflow().perform(reviewer, new WorkflowCommand.Assess(ref, 1, "All eight checked.", factors));
        services.workflow().perform(reviewer, new WorkflowCommand.RecommendApproval(ref, 2, "No concerns found.",
                new ApprovalTerms(LicenceType.GENERAL, 24, List.of("No re-export."), List.of())));
        return ref;
    }

    private void approve(FxRobot robot, String note) throws TimeoutException {
        robot.clickOn("#actionApprove");
        desk.waitUntil(() -> robot.lookup("#actionNote").tryQuery().isPresent());
        robot.clickOn("#actionNote").write(note);
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        desk.waitUntil(() -> robot.lookup("#actionDialog").tryQuery().isEmpty());
    }

    /** All statuses, filtered to the one reference: the application stays in view whatever its status becomes. */
    private void showOnly(FxRobot robot, String reference) throws TimeoutException {
        robot.clickOn("#statusFilter").clickOn(MESSAGES.get("queue.statusFilter.all"));
        desk.waitUntil(() -> queueTable(robot).getItems().size() > 100);
        robot.clickOn("#queueFilter").write(reference).type(KeyCode.ENTER);
        desk.waitUntil(() -> queueTable(robot).getItems().size() == 1);
        desk.waitForDetailsOf(reference);
    }

    private void waitFor(FxRobot robot, ApplicationStatus status, String nextAction) throws TimeoutException {
        String expected = new DomainText(MESSAGES).status(status);
        desk.waitUntil(() -> expected.equals(desk.text("#detailsStatus"))
                && robot.lookup(nextAction).tryQuery().isPresent());
    }

    /** The texts of the queue row's cells for the reference (empty while the row is not shown). */
    private static List<String> rowTexts(FxRobot robot, String reference) {
        return robot.lookup("#queueTable .table-row-cell").queryAll().stream()
                .filter(row -> row instanceof javafx.scene.control.TableRow<?> tableRow
                        && tableRow.getItem() instanceof QueueRow item && item.reference().equals(reference))
                .flatMap(row -> robot.from(row).lookup(".table-cell").queryAll().stream())
                .map(cell -> ((Labeled) cell).getText()).filter(text -> text != null).toList();
    }

    private TableView<QueueRow> queueTable(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }
}
