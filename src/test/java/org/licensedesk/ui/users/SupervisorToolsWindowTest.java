package org.licensedesk.ui.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.domain.User;
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
 * A supervisor's tools through the real window: Tools → Users… adds a reviewer who can then sign in, and Tools →
 * Verify audit trail checks the whole chain, the new account's entry included.
 */
@ExtendWith(ApplicationExtension.class)
class SupervisorToolsWindowTest {
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 29).atTime(2, 0)
            .toInstant(ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
    private static final Messages MESSAGES = new Messages(BUNDLE);
    private static final String NEW_PASSWORD = "sun-li-first-2026";

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
    void aSupervisorAddsAReviewerAndVerifiesTheAuditTrail(FxRobot robot) throws TimeoutException {
        signIn(robot, "zhao.lei", TestDesk.PASSWORD);

        menu(robot, "menu.tools", "menu.tools.users");
        waitUntil(() -> robot.lookup("#usersTable").tryQuery().isPresent() && !usersTable(robot).getItems().isEmpty());
        robot.clickOn("#addUserButton");
        waitUntil(() -> robot.lookup("#newUsername").tryQuery().isPresent());
        robot.clickOn("#newUsername").write("sun.li");
        robot.clickOn("#newDisplayName").write("Sun Li");
        robot.clickOn("#newRole").clickOn("Reviewer");
        robot.clickOn("#newPassword").write(NEW_PASSWORD);
        robot.clickOn("#repeatPassword").write(NEW_PASSWORD);
        robot.clickOn("#saveUserButton");
        waitUntil(() -> usersTable(robot).getItems().stream().anyMatch(user -> user.username().equals("sun.li")));
        User added = usersTable(robot).getItems().stream().filter(user -> user.username().equals("sun.li"))
                .findFirst().orElseThrow();
        assertThat(added.displayName()).isEqualTo("Sun Li");
        assertThat(added.active()).isTrue();
        robot.clickOn(robot.lookup("#usersDialog .button").match((Button button) ->
                MESSAGES.get("common.close").equals(button.getText())).queryButton());
        waitUntil(() -> robot.lookup("#usersDialog").tryQuery().isEmpty());

        int before = dialogs.informations.size();
        menu(robot, "menu.tools", "menu.tools.verifyAudit");
        waitUntil(() -> dialogs.informations.size() > before);
        RecordingDialogService.Shown verified = dialogs.informations.get(dialogs.informations.size() - 1);
        assertThat(verified.title()).isEqualTo(MESSAGES.get("verify.database.intact.title"));
        ChainVerification chain = services.auditTrail().verifyDatabase((done, total) -> { }, () -> false);
        assertThat(verified.message()).isEqualTo(MESSAGES.format("verify.intact.message", chain.entriesChecked(),
                chain.headSeq()));

        robot.clickOn(MESSAGES.get("menu.file").replace("_", "")).clickOn(MESSAGES.get("menu.file.signOut"));
        waitUntil(() -> session.window() == null && session.signInStage().isShowing());
        signIn(robot, "sun.li", NEW_PASSWORD);
        assertThat(robot.lookup("#signedInUser").queryLabeled().getText()).isEqualTo("Sun Li (Reviewer)");
    }

    private void signIn(FxRobot robot, String username, String password) throws TimeoutException {
        waitUntil(() -> robot.lookup("#signInUsername").tryQuery().isPresent());
        robot.clickOn("#signInUsername").write(username);
        robot.clickOn("#signInPassword").write(password).type(KeyCode.ENTER);
        waitUntil(() -> session.window() != null && !session.window().viewModel().queue().loadingProperty().get());
    }

    private static void menu(FxRobot robot, String menuKey, String itemKey) {
        robot.clickOn(MESSAGES.get(menuKey).replace("_", "")).clickOn(MESSAGES.get(itemKey).replace("_", ""));
    }

    private static TableView<User> usersTable(FxRobot robot) {
        return robot.lookup("#usersTable").queryTableView();
    }

    private void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            if (!dialogs.errors.isEmpty()) {
                throw new AssertionError("The window reported: " + dialogs.errors);
            }
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
