package org.licensedesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.licensedesk.team.ReviewerWorkload;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.Language;
import org.licensedesk.ui.TruncatedText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the two screen sizes reviewers have (1366×768 and 1440×900), no label, header, tab or button text of the main
 * window or of a dialog is cut, in English and in Chinese: the sign-in window with its error, the main window with each
 * details tab, About, a workflow dialog, and the supervisor's Team window with the Reassign dialog, decision history,
 * dashboards, users and the audit export.
 */
class NothingIsCutWindowTest extends DemoWindowFixture {
    private static final ResourceBundle CHINESE = Language.SIMPLIFIED_CHINESE.bundle();
    private static final Locale STARTING_LOCALE = Locale.getDefault();

    private final List<String> cut = new ArrayList<>();
    private DeskSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = startSession(stage);
    }

    @AfterEach
    void restoreTheJvmLocale() {
        Locale.setDefault(STARTING_LOCALE);
    }

    private void check(String screen) {
        WaitForAsyncUtils.waitForFxEvents();
        TruncatedText.inShowingWindows().forEach(text -> cut.add(screen + ": " + text));
    }

    private void size(double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeDialog(FxRobot robot, String id) throws TimeoutException {
        robot.lookup(id).query();
        robot.type(KeyCode.ESCAPE);
        desk.waitUntil(() -> robot.lookup(id).tryQuery().isEmpty());
    }

    private void tabs(FxRobot robot, String screen) {
        for (Node tab : robot.lookup("#detailsTabs .tab").queryAll()) {
            robot.clickOn(tab);
            check(screen + ", tab " + ((Labeled) robot.from(tab).lookup(".tab-label").query()).getText());
        }
    }

    @Test
    void reviewerScreensAt1366x768() throws Exception {
        reviewerScreens(new FxRobot(), 1366, 768);
    }

    @Test
    void reviewerScreensAt1440x900() throws Exception {
        reviewerScreens(new FxRobot(), 1440, 900);
    }

    @Test
    void supervisorScreensAt1366x768() throws Exception {
        supervisorScreens(new FxRobot(), 1366, 768, Language.ENGLISH);
    }

    @Test
    void supervisorScreensAt1440x900() throws Exception {
        supervisorScreens(new FxRobot(), 1440, 900, Language.ENGLISH);
    }

    @Test
    void chineseSupervisorScreensAt1366x768() throws Exception {
        supervisorScreens(new FxRobot(), 1366, 768, Language.SIMPLIFIED_CHINESE);
    }

    /**
     * A window narrower than the screen (a saved window fitted to 1366×768 is 1,297 px wide): the queue gets what the
     * details leave, and its toolbar's choices still show whole in Chinese, the filter field giving way first.
     */
    @Test
    void chineseQueueToolbarInANarrowerWindow() throws Exception {
        FxRobot robot = new FxRobot();
        robot.clickOn("#signInUsername").write("li.na");
        robot.clickOn("#signInPassword").write(org.licensedesk.ui.TestDesk.PASSWORD).type(KeyCode.ENTER);
        desk.waitUntil(() -> session.window() != null
                && !session.window().viewModel().queue().loadingProperty().get());
        robot.clickOn(MESSAGES.get("menu.view").replace("_", "")).clickOn(MESSAGES.get("menu.view.language"))
                .clickOn(Language.SIMPLIFIED_CHINESE.nativeName());
        desk.waitUntil(() -> session.language() == Language.SIMPLIFIED_CHINESE
                && !session.window().viewModel().queue().loadingProperty().get());
        for (double width : new double[] {1280, 1100}) {
            size(width, 720);
            check("Chinese main window " + (int) width + "x720");
        }

        assertThat(cut).isEmpty();
    }

    /** Clicks a menu, then one of its items, by their texts in the language the window speaks. */
    private void menu(FxRobot robot, String menuKey, String itemKey) {
        ResourceBundle texts = session.language().bundle();
        robot.clickOn(texts.getString(menuKey).replace("_", "")).clickOn(texts.getString(itemKey).replace("_", ""));
    }

    private void reviewerScreens(FxRobot robot, double width, double height) throws Exception {
        String at = (int) width + "x" + (int) height;
        robot.clickOn("#signInUsername").write("li.na");
        robot.clickOn("#signInPassword").write("not-the-password").type(KeyCode.ENTER);
        desk.waitUntil(() -> !desk.text("#signInError").isEmpty());
        check("sign-in error " + at);
        robot.clickOn("#signInPassword").write(org.licensedesk.ui.TestDesk.PASSWORD).type(KeyCode.ENTER);
        desk.waitUntil(() -> session.window() != null
                && !session.window().viewModel().queue().loadingProperty().get());
        size(width, height);
        TableView<?> queue = robot.lookup("#queueTable").queryTableView();
        desk.waitUntil(() -> queue.getSelectionModel().getSelectedItem() != null
                && robot.lookup("#detailsTabs").tryQuery().isPresent());
        check("main window " + at);
        tabs(robot, "main window " + at);

        aboutAndNote(robot, at);

        // The same in Chinese, after View → Language.
        robot.clickOn(MESSAGES.get("menu.view").replace("_", "")).clickOn(MESSAGES.get("menu.view.language"))
                .clickOn(Language.SIMPLIFIED_CHINESE.nativeName());
        desk.waitUntil(() -> session.language() == Language.SIMPLIFIED_CHINESE
                && !session.window().viewModel().queue().loadingProperty().get());
        TableView<?> chineseQueue = robot.lookup("#queueTable").queryTableView();
        desk.waitUntil(() -> chineseQueue.getSelectionModel().getSelectedItem() != null
                && robot.lookup("#detailsTabs").tryQuery().isPresent());
        check("Chinese main window " + at);
        tabs(robot, "Chinese main window " + at);
        robot.clickOn(CHINESE.getString("menu.help").replace("_", ""))
                .clickOn(CHINESE.getString("menu.help.about"));
        desk.waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        check("Chinese About " + at);
        closeDialog(robot, "#aboutDialog");

        assertThat(cut).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    private void aboutAndNote(FxRobot robot, String at) throws TimeoutException {
        desk.menu("menu.help", "menu.help.about");
        desk.waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        check("About " + at);
        closeDialog(robot, "#aboutDialog");
        robot.clickOn("#actionAddNote");
        desk.waitUntil(() -> robot.lookup(".action-dialog").tryQuery().isPresent());
        check("Add note " + at);
        closeDialog(robot, ".action-dialog");
    }

    private void supervisorScreens(FxRobot robot, double width, double height, Language language) throws Exception {
        String at = (int) width + "x" + (int) height + " " + language.tag();
        desk.signIn(session, "zhao.lei");
        if (language != Language.ENGLISH) {
            WaitForAsyncUtils.asyncFx(() -> session.switchLanguage(language)).get();
            desk.waitUntil(() -> !session.window().viewModel().queue().loadingProperty().get());
        }
        size(width, height);
        check("supervisor's main window " + at);

        menu(robot, "menu.view", "team.menu");
        TableView<ReviewerWorkload> reviewers = robot.lookup("#teamReviewers").queryTableView();
        desk.waitUntil(() -> !reviewers.getItems().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> reviewers.getSelectionModel().select(reviewers.getItems().stream()
                .filter(line -> "li.na".equals(line.username())).findFirst().orElseThrow())).get();
        TableView<?> cases = robot.lookup("#teamCases").queryTableView();
        desk.waitUntil(() -> !cases.getItems().isEmpty());
        check("Team " + at);
        WaitForAsyncUtils.asyncFx(() -> cases.getSelectionModel().selectRange(0, Math.min(3, cases.getItems().size())))
                .get();
        robot.clickOn("#teamReassign");
        desk.waitUntil(() -> robot.lookup("#reassignDialog").tryQuery().isPresent());
        check("Reassign " + at);
        closeDialog(robot, "#reassignDialog");
        closeWindowOf(robot, "#teamReviewers");

        robot.clickOn(robot.lookup("#queueTable").queryAs(Node.class));
        menu(robot, "menu.view", "historyView.menu");
        TableView<?> history = robot.lookup("#decisionHistoryTable").queryTableView();
        desk.waitUntil(() -> !history.getItems().isEmpty());
        check("Decision history " + at);
        closeWindowOf(robot, "#decisionHistoryTable");

        menu(robot, "menu.view", "dashboard.menu");
        desk.waitUntil(() -> robot.lookup("#dashboards").tryQuery().isPresent());
        check("Dashboards " + at);
        closeWindowOf(robot, "#dashboards");

        menu(robot, "menu.tools", "menu.tools.users");
        desk.waitUntil(() -> robot.lookup("#usersDialog").tryQuery().isPresent());
        check("Users " + at);
        closeDialog(robot, "#usersDialog");

        menu(robot, "menu.file", "menu.file.exportAudit");
        desk.waitUntil(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        check("Export the audit trail " + at);
        closeDialog(robot, "#exportDialog");

        assertThat(cut).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    private void closeWindowOf(FxRobot robot, String id) throws Exception {
        Window window = robot.lookup(id).query().getScene().getWindow();
        WaitForAsyncUtils.asyncFx(window::hide).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
