package org.licensedesk.ui.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.flags.Flag;
import org.licensedesk.domain.flags.FlagColour;
import org.licensedesk.domain.flags.FlagRule;
import org.licensedesk.domain.flags.FlagRuleKind;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.main.MainWindow;
import org.licensedesk.ui.queue.FlagFilter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Risk flags in the real window on the demo database (issue 13): a supervisor's blocking rule flags the open
 * application of the highest value; the queue marks it with a stop sign, Ctrl+Shift+F narrows the queue to blocking
 * flags, the details list the flag. Its raiser is not offered Clear (the rule says "not by the raiser"); another
 * supervisor clears it with a note, and the mark leaves the queue.
 */
class FlagsWindowTest extends DemoWindowFixture {
    private static final User ZHANG_MIN = new User("zhang.min", "Zhang Min", UserRole.SUPERVISOR, true);
    private static final String REASON = "Bureau instruction 7: large values looked at twice";

    private Stage stage;
    private MainWindow window;
    private String flagged;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        QueueRow largest = services.queue().queue(ApplicationStatus.openStatuses()).stream()
                .max(Comparator.comparing(QueueRow::totalValueUsd)).orElseThrow();
        flagged = largest.reference();
        String threshold = largest.totalValueUsd().subtract(BigDecimal.ONE).setScale(0, RoundingMode.FLOOR)
                .toPlainString();
        services.flags().addRule(TestDesk.ZHAO_LEI, FlagRule.draft(FlagRuleKind.VALUE_ABOVE, threshold,
                FlagColour.RED, true, UserRole.SUPERVISOR, true, REASON));
        window = showMainWindow(stage, TestDesk.ZHAO_LEI);
    }

    @SuppressWarnings("unchecked")
    private static TableView<QueueRow> queue(FxRobot robot) {
        return (TableView<QueueRow>) robot.lookup("#queueTable").queryAs(TableView.class);
    }

    private Flag openFlag() {
        return services.flags().flags(flagged).stream().filter(flag -> flag.rule().reason().equals(REASON))
                .findFirst().orElseThrow();
    }

    @Test
    void aBlockingFlagIsMarkedFilteredListedAndClearedByAnotherSupervisor(FxRobot robot) throws Exception {
        desk.waitUntil(() -> !window.viewModel().queue().loadingProperty().get() && !queue(robot).getItems().isEmpty());
        int all = window.viewModel().queue().shownCountProperty().get();
        assertThat(queue(robot).getItems().stream().filter(row -> row.reference().equals(flagged)).findFirst()
                .orElseThrow().flags().blocking()).isTrue();

        // Ctrl+Shift+F twice: flagged, then blocking; the toolbar's choice and the status bar's count follow.
        robot.clickOn("#queueTable");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        desk.waitUntil(() -> window.viewModel().queue().flagFilterProperty().get() == FlagFilter.FLAGGED);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        desk.waitUntil(() -> queue(robot).getItems().size() == blockingCount());
        assertThat(flagFilter(robot).getValue()).isEqualTo(FlagFilter.BLOCKING);
        assertThat((long) window.viewModel().queue().shownCountProperty().get()).isEqualTo(blockingCount())
                .isLessThan(all);
        assertThat(desk.text("#statusCounts")).isEqualTo(MESSAGES.format("main.counts", blockingCount(),
                window.viewModel().queue().totalCountProperty().get()));
        assertThat(queue(robot).getItems()).extracting(QueueRow::reference).contains(flagged);

        // The stop sign in the flag column, its tooltip naming the reason.
        robot.interact(() -> window.viewModel().queue().open(flagged));
        desk.waitUntil(() -> flagged.equals(window.viewModel().queue().selectedReference()));
        robot.interact(() -> window.viewModel().queue().flagFilterProperty().set(FlagFilter.BLOCKING));
        desk.waitUntil(() -> robot.lookup("#queueFlagBlocking").tryQuery().isPresent());
        Node mark = robot.lookup("#queueFlagBlocking").query();
        javafx.scene.control.TableCell<?, ?> markCell = (javafx.scene.control.TableCell<?, ?>) mark.getParent();
        // The tooltip is made when the pointer comes over the cell (HoverTooltip).
        robot.moveTo(mark);
        desk.waitUntil(() -> markCell.getTooltip() != null);
        assertThat(markCell.getTooltip().getText())
                .startsWith("Blocks the approval until cleared").contains(REASON);

        // The details list the flag; its raiser is not offered Clear.
        long id = openFlag().id();
        desk.waitUntil(() -> robot.lookup("#detailsFlag-" + id).tryQuery().isPresent());
        assertThat(desk.text("#detailsFlagTitle-" + id)).isEqualTo("Red flag on the application · blocks the approval");
        assertThat(desk.text("#detailsFlag-" + id)).contains(REASON).contains("Raised by zhao.lei")
                .contains("Open · cleared by A supervisor, not the raiser");
        assertThat(robot.lookup("#flagClear-" + id).tryQuery()).isEmpty();

        // Another supervisor clears it with a note; the row's mark goes and the flag shows as cleared.
        window = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow other = MainWindow.create(TestDesk.desk(services, CLOCK), ZHANG_MIN, executor, dialogs, BUNDLE);
            other.show(stage);
            return other;
        }).get();
        desk.waitUntil(() -> !window.viewModel().queue().loadingProperty().get() && !queue(robot).getItems().isEmpty());
        robot.interact(() -> window.viewModel().queue().open(flagged));
        desk.waitUntil(() -> robot.lookup("#flagClear-" + id).tryQuery().isPresent());
        robot.clickOn("#flagClear-" + id);
        desk.waitUntil(() -> robot.lookup("#flagClearNote").tryQuery().isPresent());
        robot.clickOn("#flagClearNote").write("short");
        assertThat(robot.lookup("#flagClearSave").queryButton().isDisabled()).as("a note under 10 characters").isTrue();
        robot.write(": value checked against the contract and the bank's letter");
        robot.clickOn("#flagClearSave");
        desk.waitUntil(() -> !openFlag().open() && robot.lookup("#flagClear-" + id).tryQuery().isEmpty()
                && desk.text("#detailsFlagTitle-" + id).endsWith("· cleared"));
        assertThat(openFlag().clearedBy()).isEqualTo("zhang.min");
        assertThat(desk.text("#detailsFlag-" + id)).contains("Cleared by zhang.min")
                .contains("short: value checked against the contract");
        desk.waitUntil(() -> queue(robot).getItems().stream().filter(row -> row != null
                && row.reference().equals(flagged)).allMatch(row -> !row.flags().blocking()));
        robot.interact(() -> window.viewModel().queue().flagFilterProperty().set(FlagFilter.BLOCKING));
        desk.waitUntil(() -> !window.viewModel().queue().loadingProperty().get()
                && queue(robot).getItems().stream().noneMatch(row -> row.reference().equals(flagged)));
        assertThat(dialogs.errors).isEmpty();
    }

    private long blockingCount() {
        return services.queue().count(services.queue().inbox(org.licensedesk.queue.Inbox.ALL_OPEN,
                ApplicationStatus.openStatuses(), "zhao.lei").withFlagged(
                        org.licensedesk.domain.QueueQuery.Flagged.BLOCKING));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<FlagFilter> flagFilter(FxRobot robot) {
        return (ComboBox<FlagFilter>) robot.lookup("#flagFilter").query();
    }
}
