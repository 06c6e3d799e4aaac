package org.licensedesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditCheckpoints;
import org.licensedesk.audit.WorkstationHeads;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.preferences.PreferencesFolder;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.UiStyles;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The anchoring of the audit trail in the real window: the red warning after sign-in when the chain does not extend
 * the head this workstation saw last, and Tools → Audit checkpoint… for supervisors, saving where they choose.
 */
class AnchorWindowTest extends DemoWindowFixture {
    @TempDir
    Path workstation;
    private DeskSession session;

    @Start
    void start(Stage stage) {
        Theme.install();
        executor = new FxTaskExecutor();
        Path data = workstation.resolve("data");
        DeskEnvironment environment = new DeskEnvironment("9.9.9-test", data, null, PreferencesFolder.in(data),
                Locale.ENGLISH);
        session = new DeskSession(TestDesk.desk(services, CLOCK), executor, dialogs, stage, environment);
        session.start();
    }

    @Test
    void aChainThatDoesNotExtendTheRememberedHeadIsShownInRedAfterSignIn(FxRobot robot) throws Exception {
        try (Database second = Database.open(services.databaseLocation())) {
            warnsOnSignIn(robot, new AuditRepository(second));
        }
    }

    private void warnsOnSignIn(FxRobot robot, AuditRepository entries) throws Exception {
        long head = entries.head().seq();
        // This workstation saw another hash at the current head's seq: the chain was rewritten since.
        Path remembered = services.auditTrail().workstationHeads(WorkstationHeads.in(workstation.resolve("data")))
                .fileFor(services.databaseLocation());
        Files.createDirectories(remembered.getParent());
        Files.writeString(remembered, "seq=" + head + "\nhash=" + "0".repeat(64) + "\n");
        long findingsBefore = entries.withAction(AuditAction.TRAIL_MISMATCH.name()).size();

        desk.signIn(session, "li.na");
        desk.waitUntil(() -> robot.lookup("#workstationHeadWarning").queryAs(Label.class).isVisible());

        Label warning = robot.lookup("#workstationHeadWarning").queryAs(Label.class);
        assertThat(warning.getText()).isEqualTo(MESSAGES.format("workstationHead.rewritten", Long.toString(head)));
        assertThat(warning.getStyleClass()).contains(UiStyles.WORKSTATION_HEAD_WARNING);
        assertThat(entries.withAction(AuditAction.TRAIL_MISMATCH.name())).as("recorded in the trail")
                .hasSize((int) findingsBefore + 1);
    }

    @Test
    void aChainThatGrewShowsNoWarningAndIsRememberedForNextTime(FxRobot robot) throws Exception {
        desk.signIn(session, "li.na");
        WorkstationHeads heads = services.auditTrail().workstationHeads(
                WorkstationHeads.in(workstation.resolve("data")));
        desk.waitUntil(() -> heads.remembered(services.databaseLocation()).isPresent());

        assertThat(robot.lookup("#workstationHeadWarning").queryAs(Label.class).isVisible()).isFalse();
        assertThat(checkpointItem().isVisible()).as("a reviewer signs no checkpoint").isFalse();
    }

    @Test
    void aSupervisorSavesACheckpointWhereTheyChoseThroughTheToolsMenu(FxRobot robot) throws Exception {
        desk.signIn(session, "zhao.lei");
        Path target = workstation.resolve("chosen").resolve("cp.json");
        Files.createDirectories(target.getParent());
        dialogs.fileAnswers.add(List.of(target));

        robot.clickOn(MESSAGES.get("menu.tools")).clickOn(MESSAGES.get("menu.tools.checkpoint"));
        desk.waitUntil(() -> !dialogs.informations.isEmpty());

        assertThat(dialogs.informations.get(0).title()).isEqualTo(MESSAGES.get("checkpoint.done.title"));
        assertThat(dialogs.informations.get(0).message()).contains(target.toString());
        AuditCheckpoints.Verdict verdict = services.auditTrail().checkpoints().verify(target);
        assertThat(verdict.ok()).as("%s", verdict.reason()).isTrue();
        assertThat(workstation.resolve("data").resolve("keys").resolve("zhao.lei.ed25519"))
                .as("the key stays in this workstation's data folder").exists();
    }

    private MenuItem checkpointItem() {
        MenuBar menus = (MenuBar) ((BorderPane) session.window().root()).getTop();
        return menus.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> MESSAGES.get("menu.tools.checkpoint").equals(item.getText())).findFirst()
                .orElseThrow();
    }
}
