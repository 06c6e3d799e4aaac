package org.licensedesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.RelatedApplication;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.TestDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The history of the parties in the real window on the demo database: the Related tab lists an application's earlier
 * applications and opens one on a click or Enter; the queue keeps only applicants denied in the last 3 years.
 */
class PartyHistoryWindowTest extends DemoWindowFixture {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        showMainWindow(stage, TestDesk.LI_NA);
    }

    /**
     * A node of the main window looked up on the FX thread: TestFX's lookup walks the scene graph from the test
     * thread and once met a child list the FX thread was rebuilding (NullPointerException in lookupAll).
     */
    private Node nodeOfMainWindow(String selector) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> stage.getScene().lookup(selector)).get();
    }

    private static TableView<QueueRow> queueTable(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }

    private static TableView<RelatedApplication> relatedTable(FxRobot robot) {
        return robot.lookup("#relatedTable").queryTableView();
    }

    private List<QueueRow> waitForQueue(FxRobot robot) throws TimeoutException {
        TableView<QueueRow> table = queueTable(robot);
        desk.waitUntil(() -> !table.getItems().isEmpty() && table.getSelectionModel().getSelectedItem() != null);
        return List.copyOf(table.getItems());
    }

    private void waitForDetailsOf(FxRobot robot, String reference) throws TimeoutException {
        desk.waitForDetailsOf(reference);
    }

    /** The open application of the demo with the most related applications, some of them decided. */
    private static String applicationWithHistory(List<QueueRow> open) {
        String best = null;
        int most = 0;
        for (QueueRow row : open) {
            List<RelatedApplication> related = services.partyHistory().related(row.reference()).newestFirst();
            boolean someDecided = related.stream().anyMatch(application -> application.outcome() != null);
            if (someDecided && related.size() > most) {
                best = row.reference();
                most = related.size();
            }
        }
        assertThat(best).as("an open demo application with decided related applications").isNotNull();
        return best;
    }

    private void showRelatedTabOf(FxRobot robot, String reference) throws TimeoutException {
        robot.clickOn("#queueFilter").write(reference).type(KeyCode.ENTER);
        waitForDetailsOf(robot, reference);
        TabPane tabs = robot.lookup("#detailsTabs").queryAs(TabPane.class);
        robot.clickOn(robot.lookup("#relatedTab").queryAs(Node.class));
        desk.waitUntil(() -> "relatedTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
    }

    @Test
    void theRelatedTabListsTheEarlierApplicationsAndAClickOpensOne(FxRobot robot) throws TimeoutException {
        String reference = applicationWithHistory(waitForQueue(robot));
        List<RelatedApplication> expected = services.partyHistory().related(reference).newestFirst();

        showRelatedTabOf(robot, reference);
        desk.waitUntil(() -> relatedTable(robot).getItems().equals(expected));

        assertThat(((TabPane) robot.lookup("#detailsTabs").query()).getSelectionModel().getSelectedItem().getText())
                .isEqualTo(MESSAGES.format("related.tabCount", expected.size()));
        RelatedApplication decided = expected.stream().filter(application -> application.outcome() != null)
                .findFirst().orElseThrow();
        int row = expected.indexOf(decided);
        robot.interact(() -> relatedTable(robot).scrollTo(row));

        // Its first cell, the reference: a click anywhere on the row opens it.
        Node rowCell = robot.lookup("#relatedTable .table-row-cell")
                .match((TableRow<?> shown) -> shown.getIndex() == row).queryAs(Node.class);
        robot.clickOn(robot.from(rowCell).lookup(".table-cell").queryAs(Node.class));

        waitForDetailsOf(robot, decided.reference());
        desk.waitUntil(() -> queueTable(robot).getSelectionModel().getSelectedItem() != null
                && decided.reference().equals(queueTable(robot).getSelectionModel().getSelectedItem().reference()));
        assertThat(robot.lookup("#queueFilter").queryAs(TextField.class).getText()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void enterOnARelatedRowOpensIt(FxRobot robot) throws TimeoutException {
        String reference = applicationWithHistory(waitForQueue(robot));
        List<RelatedApplication> expected = services.partyHistory().related(reference).newestFirst();
        showRelatedTabOf(robot, reference);
        desk.waitUntil(() -> relatedTable(robot).getItems().equals(expected));

        robot.interact(() -> {
            relatedTable(robot).requestFocus();
            relatedTable(robot).getSelectionModel().clearAndSelect(0);
        });
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        waitForDetailsOf(robot, expected.get(1).reference());
    }

    @Test
    void theDenialToggleKeepsOnlyApplicantsDeniedInTheLastThreeYears(FxRobot robot) throws Exception {
        List<QueueRow> open = waitForQueue(robot);
        Set<String> marked = services.partyHistory().applicantDeniedRecently(ApplicationStatus.openStatuses());
        assertThat(marked).as("the demo has applicants with denials, and applicants without")
                .isNotEmpty().hasSizeLessThan(open.size());

        robot.clickOn(nodeOfMainWindow("#deniedFilter"));
        desk.waitUntil(() -> queueTable(robot).getItems().size() == marked.size());

        assertThat(queueTable(robot).getItems()).allSatisfy(row -> assertThat(marked).contains(row.reference()));
        assertThat(robot.lookup("#statusCounts").queryAs(Label.class).getText())
                .isEqualTo(MESSAGES.format("main.counts", marked.size(), open.size()));

        robot.push(new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        desk.waitUntil(() -> queueTable(robot).getItems().size() == open.size());
        assertThat(robot.lookup("#deniedFilter").queryAs(ToggleButton.class).isSelected()).isFalse();
    }
}
