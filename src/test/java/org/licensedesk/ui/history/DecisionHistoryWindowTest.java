package org.licensedesk.ui.history;

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
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.main.MainWindow;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A supervisor opens View → Decision history on the demo database with Ctrl+Shift+H, filters it by actor and by
 * note text, and opens an entry's application in the main window with Enter.
 */
@ExtendWith(ApplicationExtension.class)
class DecisionHistoryWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(2, 0).toInstant(ZoneOffset.UTC),
            ZoneId.of("Asia/Shanghai"));
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
    private static final KeyCodeCombination OPEN_HISTORY = new KeyCodeCombination(KeyCode.H,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    @TempDir
    static Path folder;
    private static Services services;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private FxTaskExecutor executor;
    private Stage mainStage;

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
        MainWindow window = MainWindow.create(TestDesk.desk(services, CLOCK), TestDesk.ZHAO_LEI, executor, dialogs,
                BUNDLE);
        window.show(stage);
        mainStage = stage;
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        // The History window belongs to this test's main window: the next test must not find it.
        FxToolkit.cleanupStages();
        executor.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<AuditEntry> openHistory(FxRobot robot) throws TimeoutException {
        robot.clickOn("#queueTable");
        robot.push(OPEN_HISTORY);
        waitUntil(() -> robot.lookup("#historyTable").tryQuery().isPresent());
        TableView<AuditEntry> table = robot.lookup("#historyTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        return table;
    }

    private static long historyWindows() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#historyTable") != null).count();
    }

    @Test
    void supervisorFiltersByActorAndOpensAnApplicationFromARow(FxRobot robot) throws TimeoutException {
        TableView<AuditEntry> table = openHistory(robot);
        assertThat(table.getItems()).extracting(AuditEntry::actor).contains("li.na", "zhao.lei");
        List<AuditEntry> newestFirst = List.copyOf(table.getItems());
        assertThat(newestFirst).extracting(AuditEntry::seq).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        robot.clickOn("#historyActor").clickOn("li.na");
        robot.clickOn("#historyApply");
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().stream()
                .allMatch(entry -> entry.actor().equals("li.na")));

        AuditEntry first = table.getItems().stream().filter(entry -> entry.applicationRef() != null).findFirst()
                .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(first));
        robot.clickOn(robot.lookup("#historyTable .table-row-cell").nth(table.getItems().indexOf(first))
                .queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        TextField reference = robot.lookup("#detailsReference").queryAs(TextField.class);
        waitUntil(() -> first.applicationRef().equals(reference.getText()));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void enterInTheNoteFieldAppliesTheFilterAndTheWindowOpensOnlyOnce(FxRobot robot) throws TimeoutException {
        TableView<AuditEntry> table = openHistory(robot);
        int before = table.getItems().size();

        robot.clickOn("#historyNote").write("END-USER");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().stream()
                .allMatch(entry -> entry.note().toLowerCase(Locale.ROOT).contains("end-user")));
        assertThat(table.getItems().size()).isLessThanOrEqualTo(before);

        robot.interact(() -> mainStage.requestFocus());
        robot.clickOn("#queueTable");
        robot.push(OPEN_HISTORY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(historyWindows()).isEqualTo(1);
        assertThat(robot.lookup("#historyNote").queryAs(TextField.class).getText()).isEqualTo("END-USER");
    }
}
