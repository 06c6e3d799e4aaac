package org.licensedesk.ui.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.CountersignStage;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.workflow.CountersignRules;
import org.licensedesk.domain.workflow.Recommendation;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.DeskRobot;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.main.DeskSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Both countersignatures a rule requires (issue 13) through the real window: a supervisor approves a recommended
 * approval worth more than US$1M and it waits, marked "2nd countersign" in the queue, with the first signer in the
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
    void twoSupervisorsCountersignAValuableApprovalInTurn(FxRobot robot) throws Exception {
        String reference = valuableRecommendedApproval();
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
     * A demo application awaiting its first countersignature on a recommended single-licence approval worth more than
     * US$1M, with nothing else that bars approval: the value alone makes two signatures necessary.
     */
    private static String valuableRecommendedApproval() {
        return services.queue().queue(EnumSet.of(ApplicationStatus.PENDING_COUNTERSIGN)).stream()
                .filter(row -> row.countersignStage() == CountersignStage.FIRST)
                .filter(row -> row.totalValueUsd().compareTo(CountersignRules.VALUE_THRESHOLD_USD) > 0)
                .map(QueueRow::reference)
                .filter(ref -> !services.screening().flaggedReferences().contains(ref))
                .filter(ref -> services.workflow().state(ref).recommendation() == Recommendation.APPROVAL)
                .filter(ref -> {
                    LicenceApplication application = services.queue().details(ref).orElseThrow().application();
                    return application.licenceType() == LicenceType.SINGLE;
                })
                .findFirst().orElseThrow(() -> new AssertionError("the demo has no such application"));
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
        TextField shown = robot.lookup("#detailsReference").queryAs(TextField.class);
        desk.waitUntil(() -> reference.equals(shown.getText()));
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
