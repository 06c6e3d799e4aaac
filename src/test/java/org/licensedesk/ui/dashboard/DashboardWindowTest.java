package org.licensedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.licensedesk.domain.QueueRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.dashboard.Dashboard;
import org.licensedesk.dashboard.Trace;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The dashboards on the demo database, as a supervisor sees them: opened from the main window's View menu, and on
 * their own with a recording history consumer and a chosen PNG file.
 */
class DashboardWindowTest extends DemoWindowFixture {
    private final List<HistoryFilter> opened = new CopyOnWriteArrayList<>();
    private MainWindow main;

    @Start
    void start(Stage stage) {
        main = showMainWindow(stage, TestDesk.ZHAO_LEI);
    }

    @SuppressWarnings("unchecked")
    private static XYChart<String, Number> chart(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(XYChart.class);
    }

    private static long total(XYChart<String, Number> chart) {
        return chart.getData().stream().flatMap(series -> series.getData().stream())
                .mapToLong(data -> data.getYValue().longValue()).sum();
    }

    @Test
    void supervisorOpensTheDashboardsFromTheViewMenuAndSeesEveryChartFilled(FxRobot robot) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        desk.waitUntil(() -> robot.lookup("#weeklyChart").tryQuery().isPresent()
                && total(chart(robot, "#weeklyChart")) > 0);

        assertThat(chart(robot, "#weeklyChart").getData()).hasSize(4);
        for (String id : List.of("#deadlineChart", "#approvalRateChart", "#elementKgChart", "#countryChart",
                "#ageChart", "#medianChart")) {
            assertThat(total(chart(robot, id))).as(id).isPositive();
        }
        assertThat(dialogs.errors).isEmpty();

        // Once per session: the same window comes to the front again.
        Stage first = (Stage) robot.lookup("#dashboards").query().getScene().getWindow();
        robot.interact(main::showDashboards);
        assertThat(robot.lookup("#dashboards").queryAll()).hasSize(1);
        assertThat(first.getOwner()).isSameAs(main.root().getScene().getWindow());
    }

    @Test
    void clickingABarOpensTheHistoryOfItsDecisionsAndAChartSavesAsPng(FxRobot robot) throws Exception {
        Path png = folder.resolve("weekly.png");
        DashboardViewModel viewModel = new DashboardViewModel(DashboardSource.of(services.dashboards(),
                services.queue()), executor, dialogs, suggested -> Optional.of(png), MESSAGES, opened::add, list -> { });
        robot.interact(() -> new DashboardWindow(viewModel, MESSAGES, new DisplayFormats(Locale.ROOT,
                CLOCK.getZone()), null).show());
        desk.waitUntil(() -> viewModel.dashboard() != null && total(chart(robot, "#weeklyChart")) > 0);

        // The week with the most approvals: its bar is the tallest of the series, easy to hit.
        Dashboard.WeekDecisions week = viewModel.dashboard().weeks().stream()
                .max(java.util.Comparator.comparingLong(w -> w.outcomes().get(0).count())).orElseThrow();
        XYChart.Data<String, Number> bar = chart(robot, "#weeklyChart").getData().get(0).getData().stream()
                .filter(data -> data.getXValue().equals(week.week())).findFirst().orElseThrow();
        robot.clickOn(bar.getNode());
        desk.waitUntil(() -> opened.size() == 1);

        assertThat(opened.get(0)).isEqualTo(HistoryFilter.ANY.withDays(week.first(), week.last())
                .withActions(Set.of(AuditAction.APPROVED)).withOutcome(ApplicationStatus.APPROVED));

        robot.clickOn("#weeklySave");
        desk.waitUntil(() -> Files.isRegularFile(png) && png.toFile().length() > 0);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void enterOnTheOver45BarListsTheLateApplicationsAndOpensOneInTheMainWindow(FxRobot robot) throws Exception {
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        desk.waitUntil(() -> robot.lookup("#ageChart").tryQuery().isPresent() && total(chart(robot, "#ageChart")) > 0);
        robot.interact(() -> robot.lookup("#dashboardTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        Dashboard.AgeBucket late = main.viewModel().dashboards().dashboard().openByAge().get(4);
        Node bar = chart(robot, "#ageChart").getData().get(0).getData().get(4).getNode();

        robot.interact(bar::requestFocus);
        robot.type(KeyCode.ENTER);
        desk.waitUntil(() -> robot.lookup("#figureApplications").tryQuery().isPresent());

        // The bar counts applications: the window lists exactly those, every one past its deadline, not audit entries.
        TableView<QueueRow> listed = robot.lookup("#figureApplications").queryTableView();
        assertThat(late.isOpenEnded()).isTrue();
        assertThat(late.count()).isPositive();
        assertThat(listed.getItems()).hasSize((int) late.count())
                .allSatisfy(row -> assertThat(row.deadline().isPassed()).as(row.reference()).isTrue())
                .allSatisfy(row -> assertThat(row.status().isOpen()).isTrue());
        assertThat(desk.text("#figureApplicationsTitle")).isEqualTo(MESSAGES.format("dashboard.applications.title",
                MESSAGES.format("dashboard.age.over", 45), late.count()));
        assertThat(robot.lookup("#decisionHistoryTable").tryQuery()).isEmpty();

        String first = listed.getItems().get(0).reference();
        robot.clickOn(desk.shownCell("#figureApplications", first)).type(KeyCode.ENTER);
        desk.waitForDetailsOf(first);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBarInTheMainWindowsDashboardsOpensTheDecisionHistoryWithItsEntries(FxRobot robot) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        desk.waitUntil(() -> robot.lookup("#weeklyChart").tryQuery().isPresent()
                && total(chart(robot, "#weeklyChart")) > 0);
        XYChart.Data<String, Number> approved = chart(robot, "#weeklyChart").getData().get(0).getData().stream()
                .max(java.util.Comparator.comparingLong(data -> data.getYValue().longValue())).orElseThrow();

        robot.clickOn(approved.getNode());
        desk.waitUntil(() -> robot.lookup("#decisionHistoryTable").tryQuery().isPresent()
                && !robot.lookup("#decisionHistoryTable").queryTableView().getItems().isEmpty());

        List<?> rows = robot.lookup("#decisionHistoryTable").queryTableView().getItems();
        assertThat(rows).allSatisfy(row -> assertThat(((AuditEntry) row).action()).isEqualTo("APPROVED"));
        assertThat(dialogs.errors).isEmpty();
    }
}
