package org.licensedesk.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.licence.LicenceSummary;
import org.licensedesk.domain.licence.LicensedItem;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.DeskRobot;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Licence tab of the real window: an approved application's licence, and a decision letter saved as PDF. */
class LicenceTabWindowTest extends DemoWindowFixture {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = showMainWindow(stage, TestDesk.ZHAO_LEI);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @Test
    void anApprovedApplicationShowsItsLicenceAndSavesItsApprovalLetter(FxRobot robot) throws Exception {
        LicenceTabOpener.Opened opened = LicenceTabOpener.openFirst(robot, desk, window, services, TODAY);
        LicenceSummary licence = opened.licence();
        Tab licenceTab = opened.tab();

        assertThat(licenceTab.getText()).startsWith("Licence (");
        assertThat(desk.text("#licenceSummary")).contains(licence.number() + " \u00b7 ").contains("valid");
        assertThat(desk.text("#licenceHolder")).contains(licence.holderName());
        TableView<LicensedItem> items = robot.lookup("#licenceItems").queryTableView();
        assertThat(items.getItems()).isNotEmpty();
        assertThat(robot.lookup("#licenceNone").query().isVisible()).isFalse();
        DeskRobot.snapshot(robot.lookup("#details").query().getScene(), "licence-tab.png");

        Path target = folder.resolve("approval.pdf");
        dialogs.fileAnswers.add(List.of(target));
        robot.clickOn("#letterSave");
        desk.waitUntil(() -> !desk.text("#letterStatus").isEmpty());
        assertThat(desk.text("#letterStatus")).startsWith("Saved approval.pdf; its SHA-256 ");
        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes());
        assertThat(services.letters().verifyFile(Files.readAllBytes(target)).matches()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anOpenApplicationHasNoLicenceAndAWrongLetterIsExplained(FxRobot robot) throws TimeoutException {
        // The first application of the queue is open, so it has no licence.
        desk.waitUntil(() -> robot.lookup("#licenceNone").tryQuery().isPresent()
                && robot.lookup("#detailsTabs").tryQuery().isPresent()
                && window.viewModel().queue().selectedReference() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#detailsTabs").query();
        Tab licenceTab = tabs.getTabs().stream().filter(tab -> "licenceTab".equals(tab.getId())).findFirst()
                .orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(licenceTab));
        desk.waitUntil(() -> robot.lookup("#licenceNone").query().isVisible());
        assertThat(licenceTab.getText()).isEqualTo("Licence");

        dialogs.fileAnswers.add(List.of(folder.resolve("none.pdf")));
        robot.clickOn("#letterSave");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0).title()).isEqualTo("The letter could not be issued");
        assertThat(dialogs.errors.get(0).message()).contains("has no licence, so there is no approval letter to write");
        assertThat(folder.resolve("none.pdf")).doesNotExist();
    }
}
