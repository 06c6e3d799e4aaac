package org.licensedesk.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.TeamCase;
import org.licensedesk.team.ReviewerWorkload;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.main.DeskSession;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Team view through the real window, as a supervisor uses it: opens it from the View menu, picks a reviewer,
 * selects two of their applications and reassigns them to another reviewer; the counts and lists change, and Enter
 * opens an application in the main window.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(2, 0).toInstant(ZoneOffset.UTC),
            ZoneId.of("Asia/Shanghai"));
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
    private static final Messages MESSAGES = new Messages(BUNDLE);
    private static final String NOTE = "Li Na is on leave until April.";

    @TempDir
    static Path folder;
    private static Services services;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private FxTaskExecutor executor;
    private DeskSession session;

    @BeforeAll
    static void openDemoDatabase() {
        services = TestDesk.openDemo(folder, CLOCK);
    }

    @AfterAll
    static void closeDatabase() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        Theme.install();
        executor = new FxTaskExecutor();
        session = new DeskSession(TestDesk.desk(services, CLOCK), executor, dialogs, BUNDLE, stage);
        session.start();
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void aSupervisorReassignsTwoCasesOfOneReviewerAndSeesTheTeamViewChange(FxRobot robot) throws Exception {
        signIn(robot, "zhao.lei");
        robot.clickOn(MESSAGES.get("menu.view").replace("_", "")).clickOn(MESSAGES.get("team.menu"));
        waitUntil(() -> robot.lookup("#teamReviewers").tryQuery().isPresent() && !reviewers(robot).getItems().isEmpty());
        int liNaBefore = line(robot, "li.na").open();
        int wangFangBefore = line(robot, "wang.fang").open();
        assertThat(liNaBefore).as("the demo gives Li Na open applications").isGreaterThanOrEqualTo(2);

        robot.clickOn(cell(robot, "#teamReviewers", "Li Na (li.na)"));
        waitUntil(() -> cases(robot).getItems().size() == liNaBefore
                && cases(robot).getItems().stream().allMatch(c -> "li.na".equals(c.assignee())));
        List<String> moved = cases(robot).getItems().subList(0, 2).stream().map(TeamCase::reference).toList();
        robot.clickOn(cell(robot, "#teamCases", moved.get(0)));
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(cases(robot).getSelectionModel().getSelectedItems()).extracting(TeamCase::reference)
                .containsExactlyInAnyOrderElementsOf(moved);

        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#reassignDialog").tryQuery().isPresent());
        robot.clickOn("#reassignTarget");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(cell -> cell instanceof Labeled label
                && label.getText() != null && label.getText().startsWith("Wang Fang (wang.fang)"))
                .queryAs(Node.class));
        robot.clickOn("#reassignNote").write(NOTE);
        robot.clickOn("#reassignButton");

        waitUntil(() -> robot.lookup("#reassignDialog").tryQuery().isEmpty()
                && line(robot, "li.na").open() == liNaBefore - 2
                && line(robot, "wang.fang").open() == wangFangBefore + 2);
        assertThat(cases(robot).getItems()).extracting(TeamCase::reference).doesNotContainAnyElementsOf(moved);
        assertThat(robot.lookup("#teamMessage").queryLabeled().getText())
                .isEqualTo("Reassigned 2 application(s) to Wang Fang (wang.fang).");

        robot.clickOn(cell(robot, "#teamReviewers", "Wang Fang (wang.fang)"));
        waitUntil(() -> cases(robot).getItems().size() == wangFangBefore + 2);
        assertThat(cases(robot).getItems()).extracting(TeamCase::reference).containsAll(moved);
        for (String reference : moved) {
            AuditEntry entry = services.auditTrail().forApplication(reference).get(0);
            assertThat(entry.action()).isEqualTo("ASSIGNED");
            assertThat(entry.actor()).isEqualTo("zhao.lei");
            assertThat(entry.note()).isEqualTo(NOTE);
        }

        robot.clickOn(cell(robot, "#teamCases", moved.get(1))).type(KeyCode.ENTER);
        TextField shown = robot.lookup("#detailsReference").queryAs(TextField.class);
        waitUntil(() -> moved.get(1).equals(shown.getText()));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aReviewerHasNoTeamCommand(FxRobot robot) throws Exception {
        signIn(robot, "li.na");

        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "team-menu".equals(item.getId()))).singleElement()
                .satisfies(item -> assertThat(item.isVisible()).isFalse());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#teamReviewers").tryQuery()).isEmpty();
    }

    private void signIn(FxRobot robot, String username) throws TimeoutException {
        waitUntil(() -> robot.lookup("#signInUsername").tryQuery().isPresent());
        robot.clickOn("#signInUsername").write(username);
        robot.clickOn("#signInPassword").write(TestDesk.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> session.window() != null && !session.window().viewModel().queue().loadingProperty().get()
                && !robot.lookup("#queueTable").queryTableView().getItems().isEmpty());
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

    /**
     * The shown cell with this text (a table keeps hidden spare cells, which a user cannot click), once the table has
     * laid it out: the rows arrive a pulse before their cells.
     */
    private Node cell(FxRobot robot, String table, String text) throws TimeoutException {
        Predicate<Node> shown = cell -> cell instanceof Labeled label && text.equals(label.getText())
                && cell.isVisible() && cell.getParent().isVisible();
        waitUntil(() -> robot.lookup(table + " .table-cell").match(shown).tryQuery().isPresent());
        return robot.lookup(table + " .table-cell").match(shown).queryAs(Node.class);
    }

    private void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            if (!dialogs.errors.isEmpty()) {
                throw new AssertionError("The window reported: " + dialogs.errors);
            }
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
