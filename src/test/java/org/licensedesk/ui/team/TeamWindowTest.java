package org.licensedesk.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.TeamCase;
import org.licensedesk.team.ReviewerWorkload;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.main.DeskSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Team view through the real window, as a supervisor uses it: opens it from the View menu, picks a reviewer,
 * selects two of their applications and reassigns them to another reviewer; the counts and lists change, Enter
 * opens an application in the main window, and the decision history finds both reassignments by their note.
 */
class TeamWindowTest extends DemoWindowFixture {
    private static final String NOTE = "Li Na is on leave until April.";

    private DeskSession session;

    @Start
    void start(Stage stage) {
        session = startSession(stage);
    }

    @Test
    void aSupervisorReassignsTwoCasesOfOneReviewerAndSeesTheTeamViewChange(FxRobot robot) throws Exception {
        desk.signIn(session, "zhao.lei");
        desk.menu("menu.view", "team.menu");
        desk.waitUntil(() -> robot.lookup("#teamReviewers").tryQuery().isPresent() && !reviewers(robot).getItems().isEmpty());
        int liNaBefore = line(robot, "li.na").open();
        int wangFangBefore = line(robot, "wang.fang").open();
        assertThat(liNaBefore).as("the demo gives Li Na open applications").isGreaterThanOrEqualTo(2);

        robot.clickOn(desk.shownCell("#teamReviewers", "Li Na (li.na)"));
        desk.waitUntil(() -> cases(robot).getItems().size() == liNaBefore
                && cases(robot).getItems().stream().allMatch(c -> "li.na".equals(c.assignee())));
        List<String> moved = cases(robot).getItems().subList(0, 2).stream().map(TeamCase::reference).toList();
        robot.clickOn(desk.shownCell("#teamCases", moved.get(0)));
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(cases(robot).getSelectionModel().getSelectedItems()).extracting(TeamCase::reference)
                .containsExactlyInAnyOrderElementsOf(moved);

        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        desk.waitUntil(() -> robot.lookup("#reassignDialog").tryQuery().isPresent());
        robot.clickOn("#reassignTarget");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(cell -> cell instanceof Labeled label
                && label.getText() != null && label.getText().startsWith("Wang Fang (wang.fang)"))
                .queryAs(Node.class));
        robot.clickOn("#reassignNote").write(NOTE);
        robot.clickOn("#reassignButton");

        desk.waitUntil(() -> robot.lookup("#reassignDialog").tryQuery().isEmpty()
                && line(robot, "li.na").open() == liNaBefore - 2
                && line(robot, "wang.fang").open() == wangFangBefore + 2);
        assertThat(cases(robot).getItems()).extracting(TeamCase::reference).doesNotContainAnyElementsOf(moved);
        assertThat(robot.lookup("#teamMessage").queryLabeled().getText())
                .isEqualTo("Reassigned 2 application(s) to Wang Fang (wang.fang).");

        robot.clickOn(desk.shownCell("#teamReviewers", "Wang Fang (wang.fang)"));
        desk.waitUntil(() -> cases(robot).getItems().size() == wangFangBefore + 2);
        assertThat(cases(robot).getItems()).extracting(TeamCase::reference).containsAll(moved);
        for (String reference : moved) {
            AuditEntry entry = services.auditTrail().forApplication(reference).get(0);
            assertThat(entry.action()).isEqualTo("ASSIGNED");
            assertThat(entry.actor()).isEqualTo("zhao.lei");
            assertThat(entry.note()).isEqualTo(NOTE);
        }

        robot.clickOn(desk.shownCell("#teamCases", moved.get(1))).type(KeyCode.ENTER);
        desk.waitForDetailsOf(moved.get(1));

        // The decision history finds the reassignment by a word of its note.
        Stage main = (Stage) robot.lookup("#detailsReference").query().getScene().getWindow();
        robot.interact(main::toFront);
        robot.clickOn(robot.from(main.getScene().getRoot()).lookup("#queueTable").queryAs(Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        desk.waitUntil(() -> historyWindow(main).isPresent());
        Parent history = historyWindow(main).orElseThrow().getScene().getRoot();
        robot.clickOn(robot.from(history).lookup("#historyNote").queryAs(Node.class)).write("leave");
        robot.type(KeyCode.ENTER);
        TableView<AuditEntry> entries = robot.from(history).lookup("#decisionHistoryTable").queryTableView();
        desk.waitUntil(() -> entries.getItems().size() == 2);
        assertThat(entries.getItems()).extracting(AuditEntry::applicationRef).containsExactlyInAnyOrderElementsOf(moved);
        assertThat(entries.getItems()).extracting(AuditEntry::action).containsOnly("ASSIGNED");
        assertThat(dialogs.errors).isEmpty();
    }

    /** The decision history window the main window owns, once it shows. */
    private static Optional<Stage> historyWindow(Stage main) {
        return Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage && stage.getOwner() == main && stage.isShowing()
                        && window.getScene() != null && window.getScene().lookup("#decisionHistoryTable") != null)
                .map(Stage.class::cast)
                .findFirst();
    }

    @Test
    void aReviewerHasNoTeamCommand(FxRobot robot) throws Exception {
        desk.signIn(session, "li.na");

        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "team-menu".equals(item.getId()))).singleElement()
                .satisfies(item -> assertThat(item.isVisible()).isFalse());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#teamReviewers").tryQuery()).isEmpty();
    }

    private static TableView<ReviewerWorkload> reviewers(FxRobot robot) {
        return robot.lookup("#teamReviewers").queryTableView();
    }

    private static TableView<TeamCase> cases(FxRobot robot) {
        return robot.lookup("#teamCases").queryTableView();
    }

    private static ReviewerWorkload line(FxRobot robot, String username) {
        return reviewers(robot).getItems().stream().filter(line -> username.equals(line.username())).findFirst()
                .orElseThrow();
    }
}
