package org.licensedesk.ui.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.domain.User;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.main.DeskSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A supervisor's tools through the real window: Tools → Users… adds a reviewer who can then sign in, and Tools →
 * Verify audit trail checks the whole chain, the new account's entry included.
 */
class SupervisorToolsWindowTest extends DemoWindowFixture {
    private static final String NEW_PASSWORD = "sun-li-first-2026";

    private DeskSession session;

    @Start
    void start(Stage stage) {
        session = startSession(stage);
    }

    @Test
    void aSupervisorAddsAReviewerAndVerifiesTheAuditTrail(FxRobot robot) throws TimeoutException {
        desk.signIn(session, "zhao.lei", TestDesk.PASSWORD);

        desk.menu("menu.tools", "menu.tools.users");
        desk.waitUntil(() -> robot.lookup("#usersTable").tryQuery().isPresent() && !usersTable(robot).getItems().isEmpty());
        robot.clickOn("#addUserButton");
        desk.waitUntil(() -> robot.lookup("#newUsername").tryQuery().isPresent());
        robot.clickOn("#newUsername").write("sun.li");
        robot.clickOn("#newDisplayName").write("Sun Li");
        robot.clickOn("#newRole").clickOn("Reviewer");
        robot.clickOn("#newPassword").write(NEW_PASSWORD);
        robot.clickOn("#repeatPassword").write(NEW_PASSWORD);
        robot.clickOn("#saveUserButton");
        desk.waitUntil(() -> usersTable(robot).getItems().stream().anyMatch(user -> user.username().equals("sun.li")));
        User added = usersTable(robot).getItems().stream().filter(user -> user.username().equals("sun.li"))
                .findFirst().orElseThrow();
        assertThat(added.displayName()).isEqualTo("Sun Li");
        assertThat(added.active()).isTrue();
        robot.clickOn(robot.lookup("#usersDialog .button").match((Button button) ->
                MESSAGES.get("common.close").equals(button.getText())).queryButton());
        desk.waitUntil(() -> robot.lookup("#usersDialog").tryQuery().isEmpty());

        int before = dialogs.informations.size();
        desk.menu("menu.tools", "menu.tools.verifyAudit");
        desk.waitUntil(() -> dialogs.informations.size() > before);
        RecordingDialogService.Shown verified = dialogs.informations.get(dialogs.informations.size() - 1);
        assertThat(verified.title()).isEqualTo(MESSAGES.get("verify.database.intact.title"));
        ChainVerification chain = services.auditTrail().verifyDatabase((done, total) -> { }, () -> false);
        assertThat(verified.message()).isEqualTo(MESSAGES.format("verify.intact.message", chain.entriesChecked(),
                chain.headSeq()));

        desk.signOut(session);
        desk.signIn(session, "sun.li", NEW_PASSWORD);
        assertThat(robot.lookup("#signedInUser").queryLabeled().getText()).isEqualTo("Sun Li (Reviewer)");
    }

    private static TableView<User> usersTable(FxRobot robot) {
        return robot.lookup("#usersTable").queryTableView();
    }
}
