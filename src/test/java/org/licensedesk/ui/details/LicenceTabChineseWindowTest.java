package org.licensedesk.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.licence.LicenceSummary;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.DeskRobot;
import org.licensedesk.ui.Language;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.TruncatedText;
import org.licensedesk.ui.main.MainWindow;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Licence tab in Chinese at 1366×768: its texts are the bundle's, and nothing is cut. */
class LicenceTabChineseWindowTest extends DemoWindowFixture {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.install();
        executor = new FxTaskExecutor();
        window = MainWindow.create(TestDesk.desk(services, CLOCK), TestDesk.ZHAO_LEI, executor, dialogs,
                Language.SIMPLIFIED_CHINESE.bundle());
        window.show(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @Test
    void theLicenceTabSpeaksChinese(FxRobot robot) throws Exception {
        LicenceTabOpener.Opened opened = LicenceTabOpener.openFirst(robot, desk, window, services, TODAY);
        LicenceSummary licence = opened.licence();
        Tab licenceTab = opened.tab();

        assertThat(licenceTab.getText()).isEqualTo("许可证（有效）");
        assertThat(desk.text("#licenceSummary")).startsWith("许可证 " + licence.number()).contains("有效期");
        assertThat(desk.text("#licenceHolder")).startsWith("持证人：");
        assertThat(robot.lookup("#letterSave").queryButton().getText()).isEqualTo("另存为 PDF……");
        assertThat(TruncatedText.inShowingWindows()).isEmpty();
        DeskRobot.snapshot(licenceTab.getTabPane().getScene(), "licence-tab-zh.png");
        assertThat(dialogs.errors).isEmpty();
    }
}
