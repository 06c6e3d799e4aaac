package org.licensedesk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.User;
import org.licensedesk.preferences.PreferencesFolder;
import org.licensedesk.queue.Inbox;
import org.licensedesk.queue.QueueField;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.DeskRobot;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.TruncatedText;
import org.licensedesk.ui.main.DeskEnvironment;
import org.licensedesk.ui.main.MainWindow;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The queue's columns: at 1366×768 and 1440×900 references, days left, status, assignee and applicant are never cut
 * (each column is as wide as its longest text), and at 1440×900 all five are on screen beside the details; a right
 * click on a header chooses the columns; order, widths, shown columns, sort and inbox come back at the user's next
 * window.
 */
class QueueColumnsWindowTest extends DemoWindowFixture {
    private final DeskEnvironment environment = new DeskEnvironment("test", null, null, PreferencesFolder.inMemory(),
            Locale.ROOT);
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = show(stage);
    }

    private MainWindow show(Stage on) {
        Theme.install();
        if (executor == null) {
            executor = new FxTaskExecutor();
        }
        MainWindow shown = MainWindow.create(TestDesk.desk(services, CLOCK), user("li.na"), executor, dialogs, BUNDLE,
                environment);
        shown.show(on);
        return shown;
    }

    private static User user(String username) {
        return services.accounts().users().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TableView<QueueRow> table(FxRobot robot) {
        return (TableView<QueueRow>) robot.lookup("#queueTable").queryAs(TableView.class);
    }

    private static TableColumn<QueueRow, ?> column(TableView<QueueRow> table, QueueField field) {
        return table.getColumns().stream().filter(c -> QueueTable.fieldOf(c) == field).findFirst().orElseThrow();
    }

    private void loaded(FxRobot robot) throws Exception {
        desk.waitUntil(() -> !window.viewModel().queue().loadingProperty().get()
                && !table(robot).getItems().isEmpty());
    }

    private static Node header(FxRobot robot, TableColumn<QueueRow, ?> column) {
        return robot.lookup("#queueTable .column-header").match(node -> node instanceof TableColumnHeader header
                && header.getTableColumn() == column).query();
    }

    /**
     * What a right click on the header asks for (Monocle's robot sends no context-menu request of its own): the request
     * at the header's centre, which the header answers by showing its column's menu.
     */
    private static void openMenu(Node header) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Bounds bounds = header.localToScreen(header.getLayoutBounds());
            double x = bounds.getWidth() / 2;
            double y = bounds.getHeight() / 2;
            javafx.event.Event.fireEvent(header, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y, bounds.getMinX() + x,
                    bounds.getMinY() + y, false, null));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The shown item of the open context menu with this text. */
    private static Node menuItem(FxRobot robot, String text) {
        return robot.lookup(".context-menu .label").match(node -> node instanceof javafx.scene.control.Label label
                && text.equals(label.getText()) && label.isVisible()).query();
    }

    private void size(double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void atLaptopSizesTheFirstColumnsAreOnScreenAndNothingInThemIsCut(FxRobot robot) throws Exception {
        loaded(robot);
        for (double[] screen : new double[][] {{1366, 768}, {1440, 900}}) {
            size(screen[0], screen[1]);
            TableView<QueueRow> table = table(robot);
            Node queue = robot.lookup("#inboxes").queryAs(Node.class).getParent();
            List<String> cut = WaitForAsyncUtils.asyncFx(() -> {
                table.getScene().getRoot().applyCss();
                table.getScene().getRoot().layout();
                return TruncatedText.in(queue);
            }).get();
            assertThat(cut).as("cut at %s", screen[0]).isEmpty();
            Bounds visible = table.localToScene(table.getLayoutBounds());
            // For a person to look at (and for the README's assets/main-window.png).
            DeskRobot.snapshot(table.getScene(), "screenshot-main-window-" + (int) screen[0] + "x" + (int) screen[1]
                    + ".png");
            if (screen[0] < 1440) {
                // At 1366 the applicant may need the queue's scroll bar; what is shown is still never cut.
                continue;
            }
            for (QueueField field : List.of(QueueField.FLAGS, QueueField.REFERENCE, QueueField.DAYS_LEFT,
                    QueueField.STATUS, QueueField.ASSIGNEE, QueueField.APPLICANT)) {
                Node header = header(robot, column(table, field));
                Bounds bounds = header.localToScene(header.getLayoutBounds());
                assertThat(bounds.getMaxX()).as("%s on screen at %s", field, screen[0])
                        .isLessThanOrEqualTo(visible.getMaxX());
            }
        }
        // The status cells show every status whole, the longest ones too, in this language.
        assertThat(column(table(robot), QueueField.STATUS).getWidth())
                .isGreaterThanOrEqualTo(column(table(robot), QueueField.STATUS).getMinWidth());
    }

    @Test
    void aRightClickOnAHeaderChoosesTheColumns(FxRobot robot) throws Exception {
        loaded(robot);
        TableView<QueueRow> table = table(robot);
        assertThat(column(table, QueueField.RECEIVED).isVisible()).isFalse();
        Node status = header(robot, column(table, QueueField.STATUS));
        openMenu(status);
        desk.waitUntil(() -> column(table, QueueField.STATUS).getContextMenu().isShowing());
        robot.clickOn(menuItem(robot, MESSAGES.get("queue.column.received")));
        desk.waitUntil(() -> column(table, QueueField.RECEIVED).isVisible());

        openMenu(status);
        desk.waitUntil(() -> column(table, QueueField.STATUS).getContextMenu().isShowing());
        assertThat(column(table, QueueField.STATUS).getContextMenu().getItems().stream()
                .filter(item -> "queueColumn-REFERENCE".equals(item.getId())).findFirst().orElseThrow().isDisable())
                .as("the reference cannot be hidden").isTrue();
        robot.clickOn(menuItem(robot, MESSAGES.get("queue.column.assignee")));
        desk.waitUntil(() -> !column(table, QueueField.ASSIGNEE).isVisible());

        openMenu(status);
        desk.waitUntil(() -> column(table, QueueField.STATUS).getContextMenu().isShowing());
        robot.clickOn(menuItem(robot, MESSAGES.get("queue.columns.reset")));
        desk.waitUntil(() -> column(table, QueueField.ASSIGNEE).isVisible()
                && !column(table, QueueField.RECEIVED).isVisible());
    }

    @Test
    void orderWidthsShownColumnsSortAndInboxComeBackAtTheNextWindow(FxRobot robot) throws Exception {
        loaded(robot);
        TableView<QueueRow> table = table(robot);
        WaitForAsyncUtils.asyncFx(() -> {
            TableColumn<QueueRow, ?> applicant = column(table, QueueField.APPLICANT);
            table.getColumns().remove(applicant);
            table.getColumns().add(1, applicant);
            applicant.setPrefWidth(321);
            column(table, QueueField.COUNTRY).setVisible(true);
            TableColumn<QueueRow, ?> daysLeft = column(table, QueueField.DAYS_LEFT);
            daysLeft.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(daysLeft));
            window.viewModel().queue().showInbox(Inbox.MINE);
        }).get();
        loaded(robot);

        window = WaitForAsyncUtils.asyncFx(() -> show(stage)).get();
        loaded(robot);

        TableView<QueueRow> again = table(robot);
        assertThat(again).isNotSameAs(table);
        assertThat(again.getColumns().stream().filter(TableColumn::isVisible).map(QueueTable::fieldOf))
                .containsExactly(QueueField.FLAGS, QueueField.APPLICANT, QueueField.REFERENCE, QueueField.DAYS_LEFT,
                        QueueField.STATUS, QueueField.ASSIGNEE, QueueField.COUNTRY);
        assertThat(column(again, QueueField.APPLICANT).getWidth()).isEqualTo(321);
        assertThat(again.getSortOrder()).containsExactly(column(again, QueueField.DAYS_LEFT));
        assertThat(column(again, QueueField.DAYS_LEFT).getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        assertThat(window.viewModel().queue().inboxProperty().get()).isEqualTo(Inbox.MINE);
        List<QueueRow> rows = again.getItems();
        assertThat(rows).allMatch(row -> "li.na".equals(row.assignee()));
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i - 1).deadline().workingDaysLeft())
                    .isGreaterThanOrEqualTo(rows.get(i).deadline().workingDaysLeft());
        }
    }
}
