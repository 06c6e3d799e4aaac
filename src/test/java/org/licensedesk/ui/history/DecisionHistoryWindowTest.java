package org.licensedesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.TestDesk;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A supervisor opens View → Decision history on the demo database with Ctrl+Shift+H, filters it by actor and by
 * note text, and opens an entry's application in the main window with Enter.
 */
class DecisionHistoryWindowTest extends DemoWindowFixture {
    private static final KeyCodeCombination OPEN_HISTORY = new KeyCodeCombination(KeyCode.H,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private Stage mainStage;

    @Start
    void start(Stage stage) {
        showMainWindow(stage, TestDesk.ZHAO_LEI);
        mainStage = stage;
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        // The History window belongs to this test's main window: the next test must not find it.
        FxToolkit.cleanupStages();
    }

    /** A node of this test's main window: windows of earlier test classes may still be open with the same ids. */
    private Node inMain(FxRobot robot, String id) {
        return robot.from(mainStage.getScene().getRoot()).lookup(id).query();
    }

    /** The History window this test's main window owns, if it is showing. */
    private Optional<Stage> historyStage() {
        return Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage && stage.getOwner() == mainStage
                        && window.getScene() != null && window.getScene().lookup("#decisionHistoryTable") != null)
                .map(Stage.class::cast)
                .findFirst();
    }

    private Node inHistory(FxRobot robot, String id) {
        return robot.from(historyStage().orElseThrow().getScene().getRoot()).lookup(id).query();
    }

    private TableView<AuditEntry> openHistory(FxRobot robot) throws TimeoutException {
        robot.clickOn(inMain(robot, "#queueTable"));
        robot.push(OPEN_HISTORY);
        desk.waitUntil(() -> historyStage().isPresent());
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> table = (TableView<AuditEntry>) inHistory(robot, "#decisionHistoryTable");
        desk.waitUntil(() -> !table.getItems().isEmpty());
        return table;
    }

    @Test
    void supervisorFiltersByActorAndOpensAnApplicationFromARow(FxRobot robot) throws TimeoutException {
        TableView<AuditEntry> table = openHistory(robot);
        assertThat(table.getItems()).extracting(AuditEntry::actor).contains("li.na", "zhao.lei");
        List<AuditEntry> newestFirst = List.copyOf(table.getItems());
        assertThat(newestFirst).extracting(AuditEntry::seq).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        robot.clickOn(inHistory(robot, "#historyActor"));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((Labeled cell) -> "li.na".equals(cell.getText())).queryAs(Node.class));
        robot.clickOn(inHistory(robot, "#historyApply"));
        desk.waitUntil(() -> !table.getItems().isEmpty() && table.getItems().stream()
                .allMatch(entry -> entry.actor().equals("li.na")));
        // Cancel shows only while a page loads (its stopping the query: DecisionHistoryViewModelTest).
        Node cancel = inHistory(robot, "#historyCancel");
        desk.waitUntil(() -> !cancel.isVisible());

        TableRow<?> row = robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> shown) -> shown.getItem() instanceof AuditEntry entry
                        && entry.applicationRef() != null)
                .query();
        AuditEntry first = (AuditEntry) row.getItem();
        robot.clickOn(row);
        robot.type(KeyCode.ENTER);
        desk.waitForDetailsOf(first.applicationRef());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void enterInTheNoteFieldAppliesTheFilterAndTheWindowOpensOnlyOnce(FxRobot robot) throws TimeoutException {
        TableView<AuditEntry> table = openHistory(robot);
        int before = table.getItems().size();
        // A word of a shown note, in capitals: the filter ignores case.
        String word = Arrays.stream(table.getItems().get(3).note().split("[^\\p{L}]+"))
                .max(Comparator.comparingInt(String::length)).orElseThrow().toUpperCase(Locale.ROOT);

        robot.clickOn(inHistory(robot, "#historyNote")).write(word);
        robot.type(KeyCode.ENTER);
        desk.waitUntil(() -> !table.getItems().isEmpty() && table.getItems().stream()
                .allMatch(entry -> entry.note().toUpperCase(Locale.ROOT).contains(word)));
        assertThat(table.getItems().size()).isLessThanOrEqualTo(before);

        robot.clickOn(inMain(robot, "#queueTable"));
        robot.push(OPEN_HISTORY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows().stream().filter(window -> window instanceof Stage stage
                && stage.getOwner() == mainStage)).hasSize(1);
        TextField note = (TextField) inHistory(robot, "#historyNote");
        assertThat(note.getText()).isEqualTo(word);
    }
}
