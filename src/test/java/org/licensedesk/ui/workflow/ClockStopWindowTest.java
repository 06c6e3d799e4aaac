package org.licensedesk.ui.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.ClockStop;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.DeskRobot;
import org.licensedesk.ui.main.DeskSession;
import org.licensedesk.ui.queue.StatusChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The statutory clock stops through the real window: the assignee stops the clock for expert consultation
 * (Regulations Art. 17(3)) and restarts it; a supervisor refers the case to the State Council (Art. 17(2)), after
 * which the details and the queue show no statutory limit.
 */
class ClockStopWindowTest extends DemoWindowFixture {
    private DeskSession session;

    @Start
    void start(Stage stage) {
        session = startSession(stage);
    }

    @Test
    void theAssigneeStopsAndRestartsTheClockAndASupervisorRefersTheCase(FxRobot robot) throws Exception {
        desk.waitUntil(() -> robot.lookup("#signInUsername").tryQuery().isPresent());
        desk.signIn(session, "li.na");
        String reference = firstSubmittedApplication(robot);
        showOnly(robot, reference);
        perform(robot, "#actionClaim", "My desk: Dy oxide.");
        desk.waitUntil(() -> robot.lookup("#actionStopClock").tryQuery().isPresent());

        robot.clickOn("#actionStopClock");
        desk.waitUntil(() -> robot.lookup("#actionClockStop").tryQuery().isPresent());
        ChoiceBox<ClockStop> reasons = robot.lookup("#actionClockStop").queryAs(ChoiceBox.class);
        assertThat(reasons.getItems()).as("a reviewer may not refer a case to the State Council")
                .containsExactly(ClockStop.IDENTIFICATION, ClockStop.EXPERT_CONSULTATION,
                        ClockStop.ON_SITE_VERIFICATION);
        robot.clickOn("#actionClockStop");
        robot.clickOn(robot.lookup(".context-menu .menu-item .label").match(label -> label instanceof Labeled l
                && MESSAGES.get("clockStop.reason.expertConsultation").equals(l.getText())).queryAs(Node.class));
        robot.clickOn("#actionNote").write("Two experts asked about the Dy content.");
        DeskRobot.snapshot(robot.lookup("#actionDialog").query().getScene(), "screenshot-action-stop-clock.png");
        submit(robot);

        desk.waitUntil(() -> robot.lookup("#actionResumeClock").tryQuery().isPresent());
        desk.waitUntil(() -> desk.text("#detailsWorkflow").contains(
                MESSAGES.get("clockStop.reason.expertConsultation")));
        assertThat(robot.lookup("#actionStopClock").tryQuery()).as("one stop at a time").isEmpty();
        assertThat(robot.lookup("#actionRequestInfo").tryQuery()).as("information waits for the restart").isEmpty();
        WorkflowState stopped = services.workflow().state(reference);
        assertThat(stopped.clockStop()).isEqualTo(ClockStop.EXPERT_CONSULTATION);
        assertThat(stopped.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);

        perform(robot, "#actionResumeClock", "The experts confirmed 1C905.b.");
        desk.waitUntil(() -> robot.lookup("#actionStopClock").tryQuery().isPresent());
        assertThat(services.workflow().state(reference).clockStop()).isNull();

        desk.signOut(session);
        desk.signIn(session, "zhao.lei");
        showOnly(robot, reference);
        desk.waitUntil(() -> robot.lookup("#actionStopClock").tryQuery().isPresent());
        robot.clickOn("#actionStopClock");
        desk.waitUntil(() -> robot.lookup("#actionClockStop").tryQuery().isPresent());
        ChoiceBox<ClockStop> supervisorReasons = robot.lookup("#actionClockStop").queryAs(ChoiceBox.class);
        assertThat(supervisorReasons.getItems()).containsExactly(ClockStop.STATE_COUNCIL_REFERRAL);
        assertThat(supervisorReasons.getValue()).as("the only reason is chosen")
                .isEqualTo(ClockStop.STATE_COUNCIL_REFERRAL);
        robot.clickOn("#actionNote").write("Referred with the ministry's opinion.");
        submit(robot);

        desk.waitUntil(() -> MESSAGES.get("clockStop.noLimit.details").equals(desk.text("#detailsDeadline")));
        desk.waitUntil(() -> queueTable(robot).getItems().size() == 1
                && queueTable(robot).getItems().get(0).deadline().noStatutoryLimit());
        assertThat(robot.lookup("#queueTable .table-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains(MESSAGES.get("clockStop.noLimit.short"));
        DeskRobot.snapshot(robot.lookup("#queueTable").query().getScene(), "screenshot-state-council-referral.png");
        assertThat(dialogs.errors).isEmpty();
    }

    private String firstSubmittedApplication(FxRobot robot) throws TimeoutException {
        ComboBox<StatusChoice> statusFilter = robot.lookup("#statusFilter").queryComboBox();
        robot.clickOn(statusFilter);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(cell -> cell instanceof Labeled label
                && MESSAGES.get("status.submitted").equals(label.getText())).queryAs(Node.class));
        desk.waitUntil(() -> !queueTable(robot).getItems().isEmpty() && queueTable(robot).getItems().stream()
                .allMatch(row -> row.status() == ApplicationStatus.SUBMITTED));
        return queueTable(robot).getItems().get(0).reference();
    }

    private void showOnly(FxRobot robot, String reference) throws TimeoutException {
        robot.clickOn("#statusFilter").clickOn(MESSAGES.get("queue.statusFilter.all"));
        desk.waitUntil(() -> queueTable(robot).getItems().size() > 100);
        robot.clickOn("#queueFilter").write(reference).type(KeyCode.ENTER);
        desk.waitUntil(() -> queueTable(robot).getItems().size() == 1);
        desk.waitForDetailsOf(reference);
    }

    private void perform(FxRobot robot, String button, String note) throws TimeoutException {
        robot.clickOn(button);
        desk.waitUntil(() -> robot.lookup("#actionNote").tryQuery().isPresent());
        robot.clickOn("#actionNote").write(note);
        submit(robot);
    }

    private void submit(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        desk.waitUntil(() -> robot.lookup("#actionDialog").tryQuery().isEmpty());
    }

    private TableView<QueueRow> queueTable(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }
}
