package org.licensedesk.ui.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.TestDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tools → Second countersignature… through the real window on the demo database, as a supervisor: text that is not an
 * amount is explained and cannot be saved; an amount the service refuses (above US$1,000,000,000,000) lands in a
 * dialog and changes nothing; a good one is stored for every workstation and audited.
 */
class CountersignThresholdWindowTest extends DemoWindowFixture {

    @Start
    void start(Stage stage) {
        showMainWindow(stage, TestDesk.ZHAO_LEI);
    }

    @Test
    void aSupervisorSetsTheThresholdFromTheToolsMenuAndBadAmountsChangeNothing(FxRobot robot) throws Exception {
        BigDecimal before = services.countersignThresholds().current();
        long headBefore = head().seq();

        open(robot);
        robot.write("half a million");
        desk.waitUntil(() -> save(robot).isDisabled());
        assertThat(robot.lookup("#countersignThresholdProblem").queryLabeled().getText())
                .isEqualTo("Type an amount of US dollars such as 500000 or 250,000.50.");
        robot.type(KeyCode.ESCAPE);

        open(robot);
        robot.write("2000000000000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0).title()).isEqualTo("Threshold not changed");
        assertThat(dialogs.errors.get(0).message()).contains("at most 1000000000000").contains("2000000000000");
        dialogs.errors.clear();
        assertThat(services.countersignThresholds().current()).isEqualByComparingTo(before);
        assertThat(head().seq()).isEqualTo(headBefore);

        open(robot);
        robot.write("250,000.50").type(KeyCode.ENTER);
        desk.waitUntil(() -> !dialogs.informations.isEmpty());
        assertThat(dialogs.informations.get(0).message()).isEqualTo("Decisions on applications worth more than "
                + "US$250,000.50 now need a second countersignature (was US$1,000,000).");
        assertThat(services.countersignThresholds().current()).isEqualByComparingTo("250000.50");
        AuditEntry entry = head();
        assertThat(entry.seq()).isEqualTo(headBefore + 1);
        assertThat(entry.action()).isEqualTo(AuditAction.COUNTERSIGN_THRESHOLD_CHANGED.name());
        assertThat(entry.actor()).isEqualTo("zhao.lei");
        assertThat(entry.detailsJson()).contains("\"toUsd\":\"250000.5\"");
    }

    /**
     * Opens the dialog, waits for the amount in force (focused and selected, so that typing replaces it), then goes
     * into the field and selects it all, as a user who clicks into it does.
     */
    private void open(FxRobot robot) throws Exception {
        desk.menu("menu.tools", "countersignThreshold.menu");
        desk.waitUntil(() -> robot.lookup("#countersignThreshold").tryQuery()
                .map(field -> ((TextField) field).isFocused() && !((TextField) field).getSelectedText().isEmpty())
                .orElse(false));
        robot.clickOn("#countersignThreshold").push(KeyCode.SHORTCUT, KeyCode.A);
    }

    private static Node save(FxRobot robot) {
        return robot.lookup("#countersignThresholdSave").query();
    }

    /** The newest entry, as the supervisor's decision history shows it first. */
    private static AuditEntry head() {
        return services.history().firstPage(TestDesk.ZHAO_LEI, HistoryFilter.ANY, HistorySort.NEWEST_FIRST)
                .entries().get(0);
    }
}
