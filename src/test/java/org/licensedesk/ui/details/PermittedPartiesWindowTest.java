package org.licensedesk.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.intake.ImportResult;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.DeskRobot;
import org.licensedesk.ui.main.DeskSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The further consignees and end users a general licence names (Regulations Art. 15) are on the details' Summary
 * before anyone decides: the bundled sample's general application names two.
 */
class PermittedPartiesWindowTest extends DemoWindowFixture {
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final String GENERAL = "EXP-2026-004212";
    private DeskSession session;

    @Start
    void start(Stage stage) {
        session = startSession(stage);
    }

    @Test
    void theSummaryListsTheFurtherPermittedPartiesOfAGeneralLicence(FxRobot robot) throws Exception {
        ImportResult imported = services.intake().importFile(Path.of("assets/intake-sample.json").toAbsolutePath(),
                LI_NA, ProgressListener.NONE, () -> false);
        assertThat(imported.problems()).isEmpty();

        desk.waitUntil(() -> robot.lookup("#signInUsername").tryQuery().isPresent());
        desk.signIn(session, "li.na");
        robot.clickOn("#queueFilter").write(GENERAL).type(KeyCode.ENTER);
        desk.waitUntil(() -> queueTable(robot).getItems().size() == 1);
        desk.waitForDetailsOf(GENERAL);

        desk.waitUntil(() -> desk.text("#detailsPermittedParties").contains("Chubu Compressor Works Co., Ltd."));
        String[] lines = desk.text("#detailsPermittedParties").split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith(MESSAGES.get("details.section.endUser") + ": Chubu Compressor Works Co., Ltd.")
                .contains("JP").endsWith("1-7-2 Meieki, Nakamura-ku, Nagoya 450-0002");
        assertThat(lines[1])
                .startsWith(MESSAGES.get("details.section.consignee") + ": Hokuriku Shoji Singapore Pte. Ltd.")
                .contains("SG").endsWith("10 Anson Road, #21-02 International Plaza, Singapore 079903");
        DeskRobot.snapshot(robot.lookup("#detailsPermittedParties").query().getScene(),
                "screenshot-permitted-parties.png");
        assertThat(dialogs.errors).isEmpty();
    }

    private TableView<QueueRow> queueTable(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }
}
