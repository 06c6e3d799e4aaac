package org.licensedesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.queue.Inbox;
import org.licensedesk.screening.ListFormat;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.DeskRobot;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.queue.StatusChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window of a signed-in reviewer on a demo database: filtering, selecting, keyboard and the status
 * filter. The window is built for the user directly; {@code WorkflowWindowTest} signs in through the sign-in window.
 */
class MainWindowTest extends DemoWindowFixture {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = showMainWindow(stage, TestDesk.LI_NA);
    }

    private TableView<QueueRow> queueTable(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }

    private List<QueueRow> waitForQueue(FxRobot robot) throws TimeoutException {
        TableView<QueueRow> table = queueTable(robot);
        desk.waitUntil(() -> !table.getItems().isEmpty() && table.getSelectionModel().getSelectedItem() != null);
        return List.copyOf(table.getItems());
    }

    private void waitForDetailsOf(FxRobot robot, QueueRow row) throws TimeoutException {
        desk.waitForDetailsOf(row.reference());
    }

    /** The table row shown at this position (rows are cells of the virtual flow, so only visible ones exist). */
    private static Node row(FxRobot robot, int index) {
        // Its first cell, the reference: the row itself is wider than the queue pane, its centre may be hidden.
        Node row = robot.lookup("#queueTable .table-row-cell").nth(index).queryAs(Node.class);
        return robot.from(row).lookup(".table-cell").queryAs(Node.class);
    }

    private String counts(FxRobot robot) {
        return robot.lookup("#statusCounts").queryAs(Label.class).getText();
    }

    @Test
    void showsTheOpenQueueWithTheFirstRowSelectedAndItsDetails(FxRobot robot) throws TimeoutException {
        List<QueueRow> rows = waitForQueue(robot);

        assertThat(rows).allSatisfy(row -> assertThat(row.status().isOpen()).isTrue());
        assertThat(counts(robot)).isEqualTo(MESSAGES.format("main.counts", rows.size(), rows.size()));
        waitForDetailsOf(robot, rows.get(0));
        Label database = robot.lookup("#databasePath").queryAs(Label.class);
        assertThat(database.getText()).isEqualTo(MESSAGES.format("main.database",
                "H2 file " + services.databaseLocation().getFileName()));
        assertThat(database.getTooltip().getText()).contains(services.databaseLocation().toString());
        assertThat(robot.lookup("#signedInUser").queryAs(Label.class).getText()).isEqualTo("Li Na (Reviewer)");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theKeyboardStartsInTheQueueWhereDownMovesToTheNextApplication(FxRobot robot) throws TimeoutException {
        List<QueueRow> rows = waitForQueue(robot);
        // The queue has the keyboard once its first page is painted.
        desk.waitUntil(() -> queueTable(robot).isFocused());

        robot.type(KeyCode.DOWN);

        desk.waitUntil(() -> queueTable(robot).getSelectionModel().getSelectedIndex() == 1);
        waitForDetailsOf(robot, rows.get(1));
        assertThat(window.viewModel().queue().inboxProperty().get()).as("the inbox stays").isEqualTo(Inbox.ALL_OPEN);
    }

    @Test
    void typingAReferenceFiltersTheQueueAndTheCountsFollow(FxRobot robot) throws TimeoutException {
        List<QueueRow> rows = waitForQueue(robot);
        QueueRow wanted = rows.get(rows.size() / 2);

        robot.clickOn("#queueFilter").write(wanted.reference());
        desk.waitUntil(() -> queueTable(robot).getItems().size() == 1);

        assertThat(queueTable(robot).getItems()).containsExactly(wanted);
        assertThat(counts(robot)).isEqualTo(MESSAGES.format("main.counts", 1, rows.size()));
        waitForDetailsOf(robot, wanted);
    }

    @Test
    void typingPartOfAnApplicantNameKeepsTheApplicationsOfThatApplicant(FxRobot robot) throws TimeoutException {
        List<QueueRow> rows = waitForQueue(robot);
        String fragment = rows.get(3).applicantName().split(" ")[0].toUpperCase(Locale.ROOT);
        long expected = rows.stream().filter(row -> matches(row, fragment)).count();

        robot.clickOn("#queueFilter").write(fragment);
        desk.waitUntil(() -> queueTable(robot).getItems().size() == expected);

        assertThat(queueTable(robot).getItems()).contains(rows.get(3));
        assertThat(counts(robot)).isEqualTo(MESSAGES.format("main.counts", expected, rows.size()));

        robot.type(KeyCode.ESCAPE);
        desk.waitUntil(() -> queueTable(robot).getItems().size() == rows.size());
        assertThat(desk.text("#queueFilter")).isEmpty();
    }

    private static boolean matches(QueueRow row, String fragment) {
        String lower = fragment.toLowerCase(Locale.ROOT);
        return row.reference().toLowerCase(Locale.ROOT).contains(lower)
                || row.applicantName().toLowerCase(Locale.ROOT).contains(lower)
                || row.endUserName().toLowerCase(Locale.ROOT).contains(lower)
                || row.endUserCountry().toLowerCase(Locale.ROOT).contains(lower)
                || new Locale("", row.endUserCountry()).getDisplayCountry().toLowerCase(Locale.ROOT).contains(lower)
                || row.highestControlCode().toLowerCase(Locale.ROOT).contains(lower);
    }

    @Test
    void theDetailsJoinTheWindowWithTheFirstApplicationShown(FxRobot robot) throws Exception {
        waitForQueue(robot);
        // Another window of the same desk, built but not yet shown: it has read nothing, so it shows no application.
        // Its styles applied in a scene of its own, as the sign-in's prepare does, so that the skins make the lookups'
        // children; it never loads its queue.
        MainWindow fresh = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow built = MainWindow.create(TestDesk.desk(services, CLOCK), TestDesk.LI_NA, executor, dialogs,
                    BUNDLE);
            new javafx.scene.Scene(built.root(), 1200, 800);
            built.root().applyCss();
            return built;
        }).get(10, TimeUnit.SECONDS);

        // Only the empty state is in it: the header, actions and tabs are not in the first CSS and layout pass.
        assertThat(fresh.root().lookup("#details")).isNotNull();
        assertThat(fresh.root().lookup("#detailsEmpty")).isNotNull();
        assertThat(fresh.root().lookup("#detailsTabs")).isNull();
        assertThat(fresh.root().lookup("#detailsReference")).isNull();
        // The shown window's first application brought them in.
        assertThat(robot.lookup("#detailsTabs").tryQuery()).isPresent();
        assertThat(robot.lookup("#detailsEmpty").queryAs(Label.class).isVisible()).isFalse();
    }

    /**
     * The sign-in's window (made ready while the password is checked) asks for its queue's first page before its
     * parts are built; making it ready keeps that load, whose rows the window then shows.
     */
    @Test
    void theSignInsWindowAsksForItsQueueBeforeItsPartsAreBuilt(FxRobot robot) throws Exception {
        waitForQueue(robot);
        List<Boolean> loadingStates = new java.util.concurrent.CopyOnWriteArrayList<>();
        MainWindow early = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow built = MainWindow.createReadingQueue(TestDesk.desk(services, CLOCK), TestDesk.LI_NA, executor,
                    dialogs, BUNDLE, DeskEnvironment.transientDesk(Locale.getDefault()));
            loadingStates.add(built.viewModel().queue().loadingProperty().get());
            built.viewModel().queue().loadingProperty().addListener((observable, before, after) ->
                    loadingStates.add(after));
            built.prepare();
            return built;
        }).get(10, TimeUnit.SECONDS);

        desk.waitUntil(() -> !early.viewModel().queue().loadingProperty().get());
        assertThat(loadingStates).as("loading when built, then each change").containsExactly(true, false);
        assertThat(early.viewModel().queue().visibleRows()).isNotEmpty();
    }

    @Test
    void everyDetailsTabJoinsTheWindowOnceTheQueueIsPainted(FxRobot robot) throws TimeoutException {
        waitForQueue(robot);
        // The tabs are made with the first application shown (after the queue's first paint, issue 11).
        desk.waitUntil(() -> robot.lookup("#detailsTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#detailsTabs").query();

        // Only the chosen tab was in the first CSS and layout pass (issue 11); the others follow the first paint.
        desk.waitUntil(() -> tabs.getTabs().stream().allMatch(tab -> tab.getContent() != null));
        assertThat(tabs.getTabs()).hasSize(7);
    }

    @Test
    void clickingARowShowsItsDetails(FxRobot robot) throws TimeoutException {
        List<QueueRow> rows = waitForQueue(robot);
        QueueRow third = rows.get(2);

        robot.clickOn(row(robot, 2));
        waitForDetailsOf(robot, third);

        assertThat(desk.text("#detailsApplicantName")).isEqualTo(third.applicantName());
        assertThat(desk.text("#detailsApplicantNameLocal")).isNotBlank();
        assertThat(desk.text("#detailsUscc")).hasSize(18);
        assertThat(desk.text("#detailsEndUser")).isEqualTo(third.endUserName());
        assertThat(robot.lookup("#itemsTable").queryTableView().getItems()).isNotEmpty();
        assertThat(robot.lookup("#documentsTable").queryTableView().getItems()).isNotEmpty();
    }

    @Test
    void arrowKeysMoveThroughTheQueueAndTheDetailsFollow(FxRobot robot) throws TimeoutException {
        List<QueueRow> rows = waitForQueue(robot);
        robot.clickOn(row(robot, 0));

        robot.type(KeyCode.DOWN, 3);
        waitForDetailsOf(robot, rows.get(3));

        robot.type(KeyCode.UP);
        waitForDetailsOf(robot, rows.get(2));
        assertThat(queueTable(robot).getSelectionModel().getSelectedIndex()).isEqualTo(2);
    }

    @Test
    void shortcutFFocusesTheFilter(FxRobot robot) throws TimeoutException {
        waitForQueue(robot);
        robot.clickOn(row(robot, 1));
        assertThat(robot.lookup("#queueFilter").query().isFocused()).isFalse();

        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#queueFilter").query().isFocused()).isTrue();
    }

    @Test
    void f5ReloadsTheQueueAndKeepsTheSelection(FxRobot robot) throws TimeoutException {
        List<QueueRow> rows = waitForQueue(robot);
        robot.clickOn(row(robot, 2));
        waitForDetailsOf(robot, rows.get(2));
        TableView<QueueRow> table = queueTable(robot);
        List<QueueRow> before = window.viewModel().queue().visibleRows();

        robot.type(KeyCode.F5);
        // A reload hands the table a new list of rows: wait for it, then check that nothing moved.
        desk.waitUntil(() -> window.viewModel().queue().visibleRows() != before);

        assertThat(table.getItems()).hasSameSizeAs(rows);
        assertThat(table.getSelectionModel().getSelectedItem().reference()).isEqualTo(rows.get(2).reference());
    }

    @Test
    void statusFilterChangesTheRows(FxRobot robot) throws TimeoutException {
        List<QueueRow> open = waitForQueue(robot);

        robot.clickOn("#statusFilter").clickOn(MESSAGES.get("queue.statusFilter.all"));
        desk.waitUntil(() -> queueTable(robot).getItems().size() > open.size());
        assertThat(counts(robot)).endsWith("320");

        ComboBox<StatusChoice> statusFilter = robot.lookup("#statusFilter").queryComboBox();
        robot.interact(() -> statusFilter.setValue(StatusChoice.only(ApplicationStatus.APPROVED)));
        desk.waitUntil(() -> queueTable(robot).getItems().stream().allMatch(row -> row.status() == ApplicationStatus.APPROVED));
        assertThat(queueTable(robot).getItems()).isNotEmpty();
    }

    @Test
    void redIsForOpenApplicationsPastTheirDeadlineNotForDecidedOnes(FxRobot robot) throws TimeoutException {
        waitForQueue(robot);
        robot.clickOn(MESSAGES.get("queue.column.daysLeft"));
        desk.waitUntil(() -> queueTable(robot).getItems().get(0).deadline().isPassed());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(queueTable(robot)).lookup(".deadline-passed").queryAll()).isNotEmpty();

        ComboBox<StatusChoice> statusFilter = robot.lookup("#statusFilter").queryComboBox();
        robot.interact(() -> statusFilter.setValue(StatusChoice.only(ApplicationStatus.APPROVED)));
        desk.waitUntil(() -> !queueTable(robot).getItems().isEmpty() && queueTable(robot).getItems().stream()
                .allMatch(row -> row.status() == ApplicationStatus.APPROVED));
        WaitForAsyncUtils.waitForFxEvents();
        // The first rows shown are approved applications decided after a deadline now past: none of them is red.
        assertThat(queueTable(robot).getItems().get(0).deadline().isPassed()).isTrue();
        // Shown cells only: the table keeps a hidden cell for measuring widths, which a user never sees.
        assertThat(robot.from(queueTable(robot)).lookup(".deadline-passed")
                .match(cell -> cell.isVisible() && cell.getParent().isVisible()).queryAll()).isEmpty();
    }

    @Test
    void clickingAHeaderSortsAndKeepsTheSelection(FxRobot robot) throws TimeoutException {
        List<QueueRow> rows = waitForQueue(robot);
        QueueRow selected = rows.get(4);
        robot.clickOn(row(robot, 4));
        waitForDetailsOf(robot, selected);

        // The queue comes oldest first, which is already fewest days left first: sort descending to see a change.
        robot.clickOn(MESSAGES.get("queue.column.daysLeft")).clickOn(MESSAGES.get("queue.column.daysLeft"));
        desk.waitUntil(() -> !queueTable(robot).getItems().equals(rows));

        List<QueueRow> sorted = List.copyOf(queueTable(robot).getItems());
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i).deadline().workingDaysLeft())
                    .isLessThanOrEqualTo(sorted.get(i - 1).deadline().workingDaysLeft());
        }
        assertThat(queueTable(robot).getSelectionModel().getSelectedItem()).isEqualTo(selected);
    }

    @Test
    void aReviewerIsNotOfferedTheSupervisorsCommands(FxRobot robot) throws TimeoutException {
        waitForQueue(robot);
        MenuBar menus = (MenuBar) ((BorderPane) window.root()).getTop();
        List<MenuItem> items = menus.getMenus().stream().flatMap(menu -> menu.getItems().stream()).toList();

        assertThat(items).filteredOn(item -> "menu-file-exportAudit".equals(item.getId()))
                .singleElement().satisfies(item -> assertThat(item.isVisible()).isFalse());
        assertThat(items).filteredOn(item -> "menu-tools-users".equals(item.getId()))
                .singleElement().satisfies(item -> assertThat(item.isVisible()).isFalse());
        assertThat(items).filteredOn(item -> "menu-tools-verifyAudit".equals(item.getId()))
                .singleElement().satisfies(item -> assertThat(item.isVisible()).isTrue());
        assertThat(items).filteredOn(item -> "dashboard-menu".equals(item.getId()))
                .singleElement().satisfies(item -> assertThat(item.isDisable()).isTrue());
        assertThat(window.viewModel().dashboards()).isNull();
        assertThat(items).filteredOn(item -> "screening-menu-importList".equals(item.getId()))
                .singleElement().satisfies(item -> {
                    assertThat(item.isVisible()).isFalse();
                    assertThat(item.isDisable()).isTrue();
                });
    }

    /**
     * A reviewer once replaced both screening lists from the command line. The window has no command for it, its
     * shortcut does nothing, and the view model's import, reached anyway, is refused by the service with a sentence.
     */
    @Test
    void aReviewerCannotReplaceAScreeningList(FxRobot robot) throws Exception {
        waitForQueue(robot);
        Map<String, Integer> lists = services.screening().entryCounts();
        int windows = robot.listWindows().size();

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.L).release(KeyCode.L, KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listWindows()).hasSize(windows);

        Path oneEntry = Files.writeString(folder.resolve("one-entry.csv"),
                "source,name,programs,alt_names\nEntity List (EL),Harmless Trading,,\n");
        robot.interact(() -> window.viewModel().screeningTools().importList(ListFormat.CSL, List.of(oneEntry)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());

        assertThat(dialogs.errors).singleElement().satisfies(error -> assertThat(error.message())
                .isEqualTo("Only a supervisor may replace a screening list; li.na is a reviewer. Ask a supervisor."));
        assertThat(dialogs.informations).isEmpty();
        assertThat(services.screening().entryCounts()).isEqualTo(lists);
    }

    /** Two commands on one shortcut means one of them silently never runs. */
    @Test
    void noTwoMenuCommandsShareAShortcut(FxRobot robot) throws TimeoutException {
        waitForQueue(robot);
        MenuBar menus = (MenuBar) ((BorderPane) window.root()).getTop();
        List<String> shortcuts = menus.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> item.getAccelerator() != null)
                .map(item -> item.getAccelerator().getName()).toList();

        assertThat(shortcuts).isNotEmpty().doesNotHaveDuplicates();
    }

    /** Renders the window into the build folder, for a person to look at; asserts only that it was written. */
    @Test
    void writesAScreenshotOfTheWindow(FxRobot robot) throws Exception {
        List<QueueRow> rows = waitForQueue(robot);
        robot.clickOn(row(robot, 1));
        waitForDetailsOf(robot, rows.get(1));
        Path file = DeskRobot.snapshot(robot.lookup("#queueTable").query().getScene(), "screenshot.png");
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(Node.class));
        Path items = DeskRobot.snapshot(robot.lookup("#queueTable").query().getScene(), "screenshot-items.png");

        assertThat(file).isNotEmptyFile();
        assertThat(items).isNotEmptyFile();
    }
}
