package org.licensedesk.ui.licence;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.licence.LicenceFilter;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.domain.licence.LicenceSummary;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.DeskRobot;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.TruncatedText;
import org.licensedesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** View → Licences in the real window: filters, counts, and Enter showing a licence's application. */
class LicencesWindowTest extends DemoWindowFixture {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = showMainWindow(stage, TestDesk.LI_NA);
    }

    @Test
    void theListFiltersAndEnterShowsTheApplication(FxRobot robot) throws Exception {
        int all = services.licences().list(new LicenceFilter(null, null, null, null, TODAY), 10_000).size();
        assertThat(all).isPositive();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        desk.waitUntil(() -> robot.lookup("#licencesTable").tryQuery().isPresent()
                && desk.text("#licencesCount").equals(all + " licences"));
        TableView<LicenceSummary> table = robot.lookup("#licencesTable").queryTableView();
        DeskRobot.snapshot(table.getScene(), "licences-window.png");

        robot.clickOn("#licencesElement").write("Sc").type(KeyCode.ENTER);
        int scandium = services.licences().list(new LicenceFilter(null, null, "Sc", null, TODAY), 10_000).size();
        desk.waitUntil(() -> desk.text("#licencesCount").equals(scandium + " licences"));
        assertThat(table.getItems()).allMatch(row -> row.elements().contains("Sc"));

        ComboBox<LicenceStatus> status = robot.lookup("#licencesStatus").queryComboBox();
        robot.interact(() -> status.setValue(LicenceStatus.REVOKED));
        desk.waitUntil(() -> desk.text("#licencesCount").equals("0 licences"));
        assertThat(table.getItems()).isEmpty();
        robot.interact(() -> status.setValue(null));
        robot.doubleClickOn("#licencesElement").eraseText(2).type(KeyCode.ENTER);
        desk.waitUntil(() -> desk.text("#licencesCount").equals(all + " licences"));
        assertThat(TruncatedText.inShowingWindows()).isEmpty();

        LicenceSummary first = table.getItems().get(0);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        desk.waitUntil(() -> first.applicationRef().equals(window.viewModel().queue().selectedReference()));
        assertThat(Window.getWindows()).isNotEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theFiguresShowStatusesQuantitiesAndExpiriesAndAClickListsThem(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        desk.waitUntil(() -> robot.lookup("#licencesTabs").tryQuery().isPresent()
                && !desk.text("#licencesCount").isEmpty());
        javafx.scene.control.TabPane tabs = robot.lookup("#licencesTabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        org.licensedesk.domain.licence.LicenceFigures figures = services.licences().figures();
        desk.waitUntil(() -> desk.text("#licencesExpiring90").equals("within 90 days: " + figures.expiring90()));
        TableView<org.licensedesk.domain.licence.LicenceFigures.Quantities> quantities =
                robot.lookup("#licencesQuantities").queryTableView();
        assertThat(quantities.getItems()).containsExactlyElementsOf(figures.quantities());
        javafx.scene.chart.BarChart<?, ?> chart = robot.lookup("#licencesByStatus").query();
        assertThat(chart.getData().get(0).getData()).hasSize(6);
        DeskRobot.snapshot(chart.getScene(), "licences-figures.png");

        robot.clickOn("#licencesExpiring90");
        desk.waitUntil(() -> desk.text("#licencesCount").equals(figures.expiring90() + " licences"));
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(dialogs.errors).isEmpty();
    }
}
