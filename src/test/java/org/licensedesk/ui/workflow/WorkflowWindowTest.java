package org.licensedesk.ui.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.DeskRobot;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.main.DeskSession;
import org.licensedesk.ui.queue.StatusChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The decision workflow through the real window, as its officials use it: a reviewer signs in, claims, assesses and
 * recommends; a supervisor signs in and approves; both show in the History tab. Also renders the sign-in window, an
 * action dialog and the main window into the build folder for a person to look at.
 */
class WorkflowWindowTest extends DemoWindowFixture {
    private DeskSession session;

    @Start
    void start(Stage stage) {
        session = startSession(stage);
    }

    @Test
    void aReviewerRecommendsASupervisorApprovesAndBothShowInTheHistory(FxRobot robot) throws Exception {
        desk.waitUntil(() -> robot.lookup("#signInUsername").tryQuery().isPresent());
        DeskRobot.snapshot(robot.lookup("#signInUsername").query().getScene(), "screenshot-sign-in.png");
        desk.signIn(session, "li.na");
        assertThat(desk.text("#signedInUser")).isEqualTo("Li Na (Reviewer)");
        String reference = firstSubmittedApplication(robot);
        showOnly(robot, reference);

        perform(robot, "#actionClaim", "My desk: Dy oxide.");
        waitForStatus(robot, ApplicationStatus.UNDER_REVIEW, "#actionAssess");

        robot.clickOn("#actionAssess");
        // Assess is a pane docked beside the details: the items stay readable while the factors are rated.
        desk.waitUntil(() -> robot.lookup("#assessmentPane").tryQuery().isPresent());
        for (ReviewFactor factor : ReviewFactor.values()) {
            String rating = MESSAGES.get(factor == ReviewFactor.OTHER ? "rating.notApplicable" : "rating.noConcern");
            inView(robot, "#factorRating-" + factor.name());
            robot.clickOn(robot.lookup("#factorRating-" + factor.name() + " .toggle-button")
                    .match(segment -> ((Labeled) segment).getText().endsWith(rating)).queryAs(Node.class));
            inView(robot, "#factorComment-" + factor.name());
            robot.clickOn("#factorComment-" + factor.name()).write("Checked.");
        }
        inView(robot, "#assessmentNote");
        robot.clickOn("#assessmentNote").write("All 8 checked.");
        DeskRobot.snapshot(robot.lookup("#assessmentPane").query().getScene(), "screenshot-action-assess.png");
        inView(robot, "#assessmentSave");
        robot.clickOn("#assessmentSave");
        desk.waitUntil(() -> robot.lookup("#assessmentPane").tryQuery().isEmpty());
        waitForStatus(robot, ApplicationStatus.UNDER_REVIEW, "#actionRecommendApproval");

        robot.clickOn("#actionRecommendApproval");
        desk.waitUntil(() -> robot.lookup("#actionConditions").tryQuery().isPresent());
        robot.clickOn("#actionConditions").write("No re-export.");
        robot.clickOn("#actionNote").write("No concerns found.");
        submit(robot);
        waitForStatus(robot, ApplicationStatus.PENDING_COUNTERSIGN, "#actionAddNote");
        assertThat(robot.lookup("#actionApprove").tryQuery()).as("a reviewer does not countersign").isEmpty();

        desk.signOut(session);
        desk.signIn(session, "zhao.lei");
        assertThat(desk.text("#signedInUser")).isEqualTo("Zhao Lei (Supervisor)");
        showOnly(robot, reference);
        waitForStatus(robot, ApplicationStatus.PENDING_COUNTERSIGN, "#actionApprove");
        assertThat(desk.text("#detailsWorkflow")).contains("li.na");

        robot.clickOn("#actionApprove");
        desk.waitUntil(() -> robot.lookup("#actionRecommendation").tryQuery().isPresent());
        assertThat(desk.text("#actionRecommendation")).contains("Approval").contains("li.na");
        robot.clickOn("#actionNote").write("As recommended.");
        submit(robot);
        waitForStatus(robot, ApplicationStatus.APPROVED, "#actionAddNote");
        // Valid from today, a date in the window's language.
        assertThat(desk.text("#detailsWorkflow")).contains("Licence")
                .contains(new DisplayFormats(Locale.getDefault(Locale.Category.FORMAT)).date(TODAY));

        robot.clickOn(robot.lookup(".tab").match(tab -> tab.lookup(".tab-label") instanceof Labeled label
                && label.getText().startsWith(MESSAGES.get("details.tab.history"))).queryAs(Node.class));
        TableView<AuditEntry> history = robot.lookup("#historyTable").queryTableView();
        desk.waitUntil(() -> history.getItems().size() >= 4 && "APPROVED".equals(history.getItems().get(0).action()));
        List<AuditEntry> entries = List.copyOf(history.getItems());
        assertThat(entries.subList(0, 4)).extracting(AuditEntry::action, AuditEntry::actor).containsExactly(
                tuple("APPROVED", "zhao.lei"),
                tuple("RECOMMENDED_APPROVAL", "li.na"),
                tuple("ASSESSED", "li.na"),
                tuple("CLAIMED", "li.na"));
        assertThat(robot.lookup("#historyTable .history-note").queryAllAs(Text.class))
                .extracting(Text::getText).contains("Approved", "zhao.lei\nSupervisor",
                        "Recommended approval", "li.na\nReviewer");
        assertThat(desk.text("#historyDetails")).contains("As recommended.");
        DeskRobot.snapshot(history.getScene(), "screenshot-history.png");
        assertThat(dialogs.errors).isEmpty();
    }

    /** Picks, as a reviewer would, the first routine application waiting to be claimed. */
    private String firstSubmittedApplication(FxRobot robot) throws TimeoutException {
        ComboBox<StatusChoice> statusFilter = robot.lookup("#statusFilter").queryComboBox();
        robot.clickOn(statusFilter);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(cell -> cell instanceof Labeled label
                && MESSAGES.get("status.submitted").equals(label.getText())).queryAs(Node.class));
        desk.waitUntil(() -> !queueTable(robot).getItems().isEmpty() && queueTable(robot).getItems().stream()
                .allMatch(row -> row.status() == ApplicationStatus.SUBMITTED));
        return queueTable(robot).getItems().stream().map(QueueRow::reference)
                .filter(KeyboardReviewWindowTest::routine).findFirst().orElseThrow();
    }

    /** All statuses, filtered to the one reference: the application stays in view whatever its status becomes. */
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

    /** Ctrl+Enter, then the dialog closes once the action is saved. */
    private void submit(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        desk.waitUntil(() -> robot.lookup("#actionDialog").tryQuery().isEmpty());
    }

    /** Waits for the details to show the status and the actions bar to offer the expected next action. */
    private void waitForStatus(FxRobot robot, ApplicationStatus status, String nextAction) throws TimeoutException {
        String expected = new DomainText(MESSAGES).status(status);
        desk.waitUntil(() -> expected.equals(desk.text("#detailsStatus"))
                && robot.lookup(nextAction).tryQuery().isPresent());
    }

    /** Picks an entry of a choice box from its popup. */
    private void choose(FxRobot robot, String choiceBox, String entry) throws TimeoutException {
        inView(robot, choiceBox);
        robot.clickOn(choiceBox);
        desk.waitUntil(() -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".context-menu .menu-item .label").match(label -> label instanceof Labeled labeled
                && entry.equals(labeled.getText())).queryAs(Node.class));
    }

    /** As a user scrolls a long form: focusing the field brings it into view. */
    private static void inView(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
    }

    private TableView<QueueRow> queueTable(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }
}
