package org.licensedesk.ui.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.main.DeskSession;
import org.licensedesk.ui.queue.StatusChoice;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The decision workflow through the real window, as its officials use it: a reviewer signs in, claims, assesses and
 * recommends; a supervisor signs in and approves; both show in the History tab. Also renders the sign-in window, an
 * action dialog and the main window into the build folder for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class WorkflowWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(2, 0).toInstant(ZoneOffset.UTC),
            ZoneId.of("Asia/Shanghai"));
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
    private static final Messages MESSAGES = new Messages(BUNDLE);

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
    void aReviewerRecommendsASupervisorApprovesAndBothShowInTheHistory(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#signInUsername").tryQuery().isPresent());
        snapshot(robot.lookup("#signInUsername").query().getScene(), "screenshot-sign-in.png");
        signIn(robot, "li.na");
        assertThat(text(robot, "#signedInUser")).isEqualTo("Li Na (Reviewer)");
        String reference = firstSubmittedApplication(robot);
        showOnly(robot, reference);

        perform(robot, "#actionClaim", "My desk: Dy oxide.");
        waitForStatus(robot, ApplicationStatus.UNDER_REVIEW, "#actionAssess");

        robot.clickOn("#actionAssess");
        waitUntil(() -> robot.lookup("#actionDialog").tryQuery().isPresent());
        for (ReviewFactor factor : ReviewFactor.values()) {
            choose(robot, "#factorRating-" + factor.name(), MESSAGES.get(factor == ReviewFactor.OTHER
                    ? "rating.notApplicable" : "rating.noConcern"));
            inView(robot, "#factorComment-" + factor.name());
            robot.clickOn("#factorComment-" + factor.name()).write("Checked.");
        }
        inView(robot, "#actionNote");
        robot.clickOn("#actionNote").write("All 8 checked.");
        snapshot(robot.lookup("#actionDialog").query().getScene(), "screenshot-action-assess.png");
        submit(robot);
        waitForStatus(robot, ApplicationStatus.UNDER_REVIEW, "#actionRecommendApproval");

        robot.clickOn("#actionRecommendApproval");
        waitUntil(() -> robot.lookup("#actionConditions").tryQuery().isPresent());
        robot.clickOn("#actionConditions").write("No re-export.");
        robot.clickOn("#actionNote").write("No concerns found.");
        submit(robot);
        waitForStatus(robot, ApplicationStatus.PENDING_COUNTERSIGN, "#actionAddNote");
        assertThat(robot.lookup("#actionApprove").tryQuery()).as("a reviewer does not countersign").isEmpty();

        signOut(robot);
        signIn(robot, "zhao.lei");
        assertThat(text(robot, "#signedInUser")).isEqualTo("Zhao Lei (Supervisor)");
        showOnly(robot, reference);
        waitForStatus(robot, ApplicationStatus.PENDING_COUNTERSIGN, "#actionApprove");
        assertThat(text(robot, "#detailsWorkflow")).contains("li.na");

        robot.clickOn("#actionApprove");
        waitUntil(() -> robot.lookup("#actionRecommendation").tryQuery().isPresent());
        assertThat(text(robot, "#actionRecommendation")).contains("Approval").contains("li.na");
        robot.clickOn("#actionNote").write("As recommended.");
        submit(robot);
        waitForStatus(robot, ApplicationStatus.APPROVED, "#actionAddNote");
        assertThat(text(robot, "#detailsWorkflow")).contains("Licence").contains("2026-11-29");

        robot.clickOn(robot.lookup(".tab").match(tab -> tab.lookup(".tab-label") instanceof Labeled label
                && label.getText().startsWith(MESSAGES.get("details.tab.history"))).queryAs(Node.class));
        TableView<AuditEntry> history = robot.lookup("#historyTable").queryTableView();
        waitUntil(() -> history.getItems().size() >= 4 && "APPROVED".equals(history.getItems().get(0).action()));
        List<AuditEntry> entries = List.copyOf(history.getItems());
        assertThat(entries.subList(0, 4)).extracting(AuditEntry::action, AuditEntry::actor).containsExactly(
                tuple("APPROVED", "zhao.lei"),
                tuple("RECOMMENDED_APPROVAL", "li.na"),
                tuple("ASSESSED", "li.na"),
                tuple("CLAIMED", "li.na"));
        assertThat(robot.lookup("#historyTable .history-note").queryAllAs(Text.class))
                .extracting(Text::getText).contains("Approved", "zhao.lei\nSupervisor",
                        "Recommended approval", "li.na\nReviewer");
        assertThat(text(robot, "#historyDetails")).contains("As recommended.");
        snapshot(history.getScene(), "screenshot-history.png");
        assertThat(dialogs.errors).isEmpty();
    }

    private void signIn(FxRobot robot, String username) throws TimeoutException {
        waitUntil(() -> robot.lookup("#signInUsername").tryQuery().isPresent());
        robot.clickOn("#signInUsername").write(username);
        robot.clickOn("#signInPassword").write(TestDesk.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> session.window() != null && !session.window().viewModel().queue().loadingProperty().get()
                && !queueTable(robot).getItems().isEmpty());
    }

    private void signOut(FxRobot robot) throws TimeoutException {
        robot.clickOn(MESSAGES.get("menu.file").replace("_", "")).clickOn(MESSAGES.get("menu.file.signOut"));
        waitUntil(() -> session.window() == null && session.signInStage().isShowing());
    }

    /** Picks, as a reviewer would, the first application waiting to be claimed. */
    private String firstSubmittedApplication(FxRobot robot) throws TimeoutException {
        ComboBox<StatusChoice> statusFilter = robot.lookup("#statusFilter").queryComboBox();
        robot.clickOn(statusFilter);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(cell -> cell instanceof Labeled label
                && MESSAGES.get("status.submitted").equals(label.getText())).queryAs(Node.class));
        waitUntil(() -> !queueTable(robot).getItems().isEmpty() && queueTable(robot).getItems().stream()
                .allMatch(row -> row.status() == ApplicationStatus.SUBMITTED));
        return queueTable(robot).getItems().get(0).reference();
    }

    /** All statuses, filtered to the one reference: the application stays in view whatever its status becomes. */
    private void showOnly(FxRobot robot, String reference) throws TimeoutException {
        robot.clickOn("#statusFilter").clickOn(MESSAGES.get("queue.statusFilter.all"));
        waitUntil(() -> queueTable(robot).getItems().size() > 100);
        robot.clickOn("#queueFilter").write(reference).type(KeyCode.ENTER);
        waitUntil(() -> queueTable(robot).getItems().size() == 1);
        TextField shown = robot.lookup("#detailsReference").queryAs(TextField.class);
        waitUntil(() -> reference.equals(shown.getText()));
    }

    private void perform(FxRobot robot, String button, String note) throws TimeoutException {
        robot.clickOn(button);
        waitUntil(() -> robot.lookup("#actionNote").tryQuery().isPresent());
        robot.clickOn("#actionNote").write(note);
        submit(robot);
    }

    /** Ctrl+Enter, then the dialog closes once the action is saved. */
    private void submit(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#actionDialog").tryQuery().isEmpty());
    }

    /** Waits for the details to show the status and the actions bar to offer the expected next action. */
    private void waitForStatus(FxRobot robot, ApplicationStatus status, String nextAction) throws TimeoutException {
        String expected = new DomainText(MESSAGES).status(status);
        waitUntil(() -> expected.equals(text(robot, "#detailsStatus"))
                && robot.lookup(nextAction).tryQuery().isPresent());
    }

    /** Picks an entry of a choice box from its popup. */
    private void choose(FxRobot robot, String choiceBox, String entry) throws TimeoutException {
        inView(robot, choiceBox);
        robot.clickOn(choiceBox);
        waitUntil(() -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent());
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

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof Labeled labeled ? labeled.getText()
                : ((TextInputControl) node).getText();
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

    private static void snapshot(Scene scene, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", buildFolder().resolve(name).toFile());
    }

    /** The build folder (target, or the one given with -DbuildDir), found from where the tests were compiled. */
    private static Path buildFolder() throws Exception {
        return Path.of(WorkflowWindowTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
    }
}
