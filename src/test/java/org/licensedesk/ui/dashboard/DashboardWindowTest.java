package org.licensedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;
import org.licensedesk.dashboard.Dashboard;
import org.licensedesk.dashboard.Trace;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.main.MainWindow;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboards on the demo database, as a supervisor sees them: opened from the main window's View menu, and on
 * their own with a recording history consumer and a chosen PNG file.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(2, 0).toInstant(ZoneOffset.UTC),
            ZoneId.of("Asia/Shanghai"));
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
    private static final Messages MESSAGES = new Messages(BUNDLE);

    @TempDir
    static Path folder;
    private static Services services;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<HistoryFilter> opened = new CopyOnWriteArrayList<>();
    private FxTaskExecutor executor;
    private MainWindow main;

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
        main = MainWindow.create(TestDesk.desk(services, CLOCK), TestDesk.ZHAO_LEI, executor, dialogs, BUNDLE);
        main.show(stage);
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
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
        waitUntil(() -> robot.lookup("#weeklyChart").tryQuery().isPresent()
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
        DashboardViewModel viewModel = new DashboardViewModel(DashboardSource.of(services.dashboards()), executor,
                dialogs, suggested -> Optional.of(png), MESSAGES, opened::add);
        robot.interact(() -> new DashboardWindow(viewModel, MESSAGES, new DisplayFormats(Locale.ROOT,
                CLOCK.getZone()), null).show());
        waitUntil(() -> viewModel.dashboard() != null && total(chart(robot, "#weeklyChart")) > 0);

        // The week with the most approvals: its bar is the tallest of the series, easy to hit.
        Dashboard.WeekDecisions week = viewModel.dashboard().weeks().stream()
                .max(java.util.Comparator.comparingLong(w -> w.outcomes().get(0).count())).orElseThrow();
        XYChart.Data<String, Number> bar = chart(robot, "#weeklyChart").getData().get(0).getData().stream()
                .filter(data -> data.getXValue().equals(week.week())).findFirst().orElseThrow();
        robot.clickOn(bar.getNode());
        waitUntil(() -> opened.size() == 1);

        assertThat(opened.get(0)).isEqualTo(HistoryFilter.ANY.withDays(week.first(), week.last())
                .withActions(Set.of(AuditAction.APPROVED)).withOutcome(ApplicationStatus.APPROVED));

        robot.clickOn("#weeklySave");
        waitUntil(() -> Files.isRegularFile(png) && png.toFile().length() > 0);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void enterOnAFocusedAgeBarOpensItsApplicationsByReference(FxRobot robot) throws Exception {
        DashboardViewModel viewModel = new DashboardViewModel(DashboardSource.of(services.dashboards()), executor,
                dialogs, suggested -> Optional.empty(), MESSAGES, opened::add);
        robot.interact(() -> new DashboardWindow(viewModel, MESSAGES, new DisplayFormats(Locale.ROOT,
                CLOCK.getZone()), null).show());
        waitUntil(() -> viewModel.dashboard() != null);
        robot.interact(() -> robot.lookup("#dashboardTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        Dashboard.AgeBucket oldest = viewModel.dashboard().openByAge().get(4);
        Node bar = chart(robot, "#ageChart").getData().get(0).getData().get(4).getNode();

        robot.interact(bar::requestFocus);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> opened.size() == 1);

        assertThat(oldest.count()).isPositive();
        assertThat(opened.get(0).references()).hasSize((int) oldest.count());
        assertThat(bar.getUserData()).isEqualTo(oldest.trace()).isInstanceOf(Trace.OpenAged.class);
    }

    @Test
    void aBarInTheMainWindowsDashboardsOpensTheDecisionHistoryWithItsEntries(FxRobot robot) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        waitUntil(() -> robot.lookup("#weeklyChart").tryQuery().isPresent()
                && total(chart(robot, "#weeklyChart")) > 0);
        XYChart.Data<String, Number> approved = chart(robot, "#weeklyChart").getData().get(0).getData().stream()
                .max(java.util.Comparator.comparingLong(data -> data.getYValue().longValue())).orElseThrow();

        robot.clickOn(approved.getNode());
        waitUntil(() -> robot.lookup("#decisionHistoryTable").tryQuery().isPresent()
                && !robot.lookup("#decisionHistoryTable").queryTableView().getItems().isEmpty());

        List<?> rows = robot.lookup("#decisionHistoryTable").queryTableView().getItems();
        assertThat(rows).allSatisfy(row -> assertThat(((AuditEntry) row).action()).isEqualTo("APPROVED"));
        assertThat(dialogs.errors).isEmpty();
    }
}
