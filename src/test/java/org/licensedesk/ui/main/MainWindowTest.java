package org.licensedesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.queue.StatusChoice;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window of a signed-in reviewer on a demo database: filtering, selecting, keyboard and the status
 * filter. The window is built for the user directly; {@code WorkflowWindowTest} signs in through the sign-in window.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(2, 0).toInstant(ZoneOffset.UTC),
            ZoneId.of("Asia/Shanghai"));
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
    private static final Messages MESSAGES = new Messages(BUNDLE);

    @TempDir
    static Path folder;
    private static Services services;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private FxTaskExecutor executor;
    private MainWindow window;

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
        window = MainWindow.create(TestDesk.desk(services, CLOCK), TestDesk.LI_NA, executor, dialogs, BUNDLE);
        window.show(stage);
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    private TableView<QueueRow> queueTable(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<QueueRow> waitForQueue(FxRobot robot) throws TimeoutException {
        TableView<QueueRow> table = queueTable(robot);
        waitUntil(() -> !table.getItems().isEmpty() && table.getSelectionModel().getSelectedItem() != null);
        return List.copyOf(table.getItems());
    }

    private void waitForDetailsOf(FxRobot robot, QueueRow row) throws TimeoutException {
        TextField reference = robot.lookup("#detailsReference").queryAs(TextField.class);
        waitUntil(() -> row.reference().equals(reference.getText()));
    }

    /** The table row shown at this position (rows are cells of the virtual flow, so only visible ones exist). */
    private static Node row(FxRobot robot, int index) {
        // Its first cell, the reference: the row itself is wider than the queue pane, its centre may be hidden.
        Node row = robot.lookup("#queueTable .table-row-cell").nth(index).queryAs(Node.class);
        return robot.from(row).lookup(".table-cell").queryAs(Node.class);
    }

    /** The text of a label or a (read-only) text field. */
    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof Labeled labeled ? labeled.getText() : ((TextInputControl) node).getText();
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
        assertThat(robot.lookup("#databasePath").queryAs(Label.class).getText())
                .contains(services.databaseLocation().toString());
        assertThat(robot.lookup("#signedInUser").queryAs(Label.class).getText()).isEqualTo("Li Na (Reviewer)");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void typingAReferenceFiltersTheQueueAndTheCountsFollow(FxRobot robot) throws TimeoutException {
        List<QueueRow> rows = waitForQueue(robot);
        QueueRow wanted = rows.get(rows.size() / 2);

        robot.clickOn("#queueFilter").write(wanted.reference());
        waitUntil(() -> queueTable(robot).getItems().size() == 1);

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
        waitUntil(() -> queueTable(robot).getItems().size() == expected);

        assertThat(queueTable(robot).getItems()).contains(rows.get(3));
        assertThat(counts(robot)).isEqualTo(MESSAGES.format("main.counts", expected, rows.size()));

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> queueTable(robot).getItems().size() == rows.size());
        assertThat(text(robot, "#queueFilter")).isEmpty();
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
    void clickingARowShowsItsDetails(FxRobot robot) throws TimeoutException {
        List<QueueRow> rows = waitForQueue(robot);
        QueueRow third = rows.get(2);

        robot.clickOn(row(robot, 2));
        waitForDetailsOf(robot, third);

        assertThat(text(robot, "#detailsApplicantName")).isEqualTo(third.applicantName());
        assertThat(text(robot, "#detailsApplicantNameLocal")).isNotBlank();
        assertThat(text(robot, "#detailsUscc")).hasSize(18);
        assertThat(text(robot, "#detailsEndUser")).isEqualTo(third.endUserName());
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
        waitUntil(() -> window.viewModel().queue().visibleRows() != before);

        assertThat(table.getItems()).hasSameSizeAs(rows);
        assertThat(table.getSelectionModel().getSelectedItem().reference()).isEqualTo(rows.get(2).reference());
    }

    @Test
    void statusFilterChangesTheRows(FxRobot robot) throws TimeoutException {
        List<QueueRow> open = waitForQueue(robot);

        robot.clickOn("#statusFilter").clickOn(MESSAGES.get("queue.statusFilter.all"));
        waitUntil(() -> queueTable(robot).getItems().size() > open.size());
        assertThat(counts(robot)).endsWith("320");

        ComboBox<StatusChoice> statusFilter = robot.lookup("#statusFilter").queryComboBox();
        robot.interact(() -> statusFilter.setValue(StatusChoice.only(ApplicationStatus.APPROVED)));
        waitUntil(() -> queueTable(robot).getItems().stream().allMatch(row -> row.status() == ApplicationStatus.APPROVED));
        assertThat(queueTable(robot).getItems()).isNotEmpty();
    }

    @Test
    void clickingAHeaderSortsAndKeepsTheSelection(FxRobot robot) throws TimeoutException {
        List<QueueRow> rows = waitForQueue(robot);
        QueueRow selected = rows.get(4);
        robot.clickOn(row(robot, 4));
        waitForDetailsOf(robot, selected);

        // The queue comes oldest first, which is already fewest days left first: sort descending to see a change.
        robot.clickOn(MESSAGES.get("queue.column.daysLeft")).clickOn(MESSAGES.get("queue.column.daysLeft"));
        waitUntil(() -> !queueTable(robot).getItems().equals(rows));

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
        Path file = buildFolder().resolve("screenshot.png");

        WritableImage image = WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#queueTable").query().getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(Node.class));
        Path items = buildFolder().resolve("screenshot-items.png");
        WritableImage itemsImage = WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#queueTable").query().getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(itemsImage, null), "png", items.toFile());

        assertThat(file).isNotEmptyFile();
        assertThat(items).isNotEmptyFile();
    }

    /** The build folder (target, or the one given with -DbuildDir), found from where the tests were compiled. */
    private static Path buildFolder() throws Exception {
        return Path.of(MainWindowTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
