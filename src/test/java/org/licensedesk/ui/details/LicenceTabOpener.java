package org.licensedesk.ui.details;

import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.licensedesk.app.Services;
import org.licensedesk.domain.licence.LicenceFilter;
import org.licensedesk.domain.licence.LicenceSummary;
import org.licensedesk.ui.DeskRobot;
import org.licensedesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;

/** Test code: opens the first licence's application in the window and selects its Licence tab, as a user would. */
final class LicenceTabOpener {
    record Opened(LicenceSummary licence, Tab tab) {
    }

    private LicenceTabOpener() {
    }

    static Opened openFirst(FxRobot robot, DeskRobot desk, MainWindow window, Services services, LocalDate today)
            throws TimeoutException {
        LicenceSummary licence = services.licences().list(new LicenceFilter(null, null, null, null, today), 1).get(0);
        robot.interact(() -> window.viewModel().open(licence.applicationRef()));
        desk.waitUntil(() -> robot.lookup("#licenceSummary").tryQuery().isPresent()
                && desk.text("#licenceSummary").contains(licence.number()));
        TabPane tabs = robot.lookup("#detailsTabs").query();
        Tab licenceTab = tabs.getTabs().stream().filter(tab -> "licenceTab".equals(tab.getId())).findFirst()
                .orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(licenceTab));
        return new Opened(licence, licenceTab);
    }
}
