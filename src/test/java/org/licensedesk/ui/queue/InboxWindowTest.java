package org.licensedesk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.workflow.Recommendation;
import org.licensedesk.domain.User;
import org.licensedesk.queue.Inbox;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inboxes in the real window on the demo database: Ctrl+1 to Ctrl+5 and their buttons show the rows the
 * database counts; after an action the selection stays on the case or moves to the next one in the inbox, and the
 * status bar says what was done (after an approval, with the licence number to copy).
 */
class InboxWindowTest extends DemoWindowFixture {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = showMainWindow(stage, user("li.na"));
    }

    private static User user(String username) {
        return services.accounts().users().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TableView<QueueRow> table(FxRobot robot) {
        return (TableView<QueueRow>) robot.lookup("#queueTable").queryAs(TableView.class);
    }

    private void loaded() throws Exception {
        desk.waitUntil(() -> !window.viewModel().queue().loadingProperty().get()
                && !window.viewModel().queue().countingProperty().get());
    }

    private void press(FxRobot robot, KeyCode digit) throws Exception {
        robot.push(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        loaded();
    }

    /** Under Monocle the main window still says it is focused while a dialog is open: type into the newest. */
    private static void typeInNewestWindow(FxRobot robot, String text) {
        List<javafx.stage.Window> focused = robot.listWindows().stream().filter(javafx.stage.Window::isFocused)
                .toList();
        robot.targetWindow(focused.get(focused.size() - 1));
        robot.write(text);
    }

    @Test
    void eachInboxKeyShowsWhatTheDatabaseCounts(FxRobot robot) throws Exception {
        loaded();
        Map<Inbox, Long> counts = services.queue().inboxCounts(ApplicationStatus.openStatuses(), "li.na");
        assertThat(counts.get(Inbox.MINE)).isPositive();
        assertThat(counts.get(Inbox.UNASSIGNED)).isPositive();
        assertThat(counts.get(Inbox.TO_COUNTERSIGN)).isPositive();
        for (Inbox inbox : Inbox.values()) {
            ToggleButton button = robot.lookup("#inbox-" + inbox.name()).queryAs(ToggleButton.class);
            assertThat(button.getText()).as("the button names its count")
                    .isEqualTo(QueueView.inboxName(MESSAGES, inbox) + "  " + counts.get(inbox));
        }
        assertThat(robot.lookup("#inbox-ALL_OPEN").queryAs(ToggleButton.class).isSelected()).isTrue();

        press(robot, KeyCode.DIGIT1);
        assertThat(robot.lookup("#inbox-MINE").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(table(robot).getItems()).hasSize(counts.get(Inbox.MINE).intValue())
                .allMatch(row -> "li.na".equals(row.assignee()) && row.status().isOpen());
        press(robot, KeyCode.DIGIT2);
        assertThat(table(robot).getItems()).hasSize(counts.get(Inbox.UNASSIGNED).intValue())
                .allMatch(row -> row.assignee() == null);
        press(robot, KeyCode.DIGIT3);
        assertThat(table(robot).getItems()).hasSize(counts.get(Inbox.TO_COUNTERSIGN).intValue())
                .allMatch(row -> row.status() == ApplicationStatus.PENDING_COUNTERSIGN);
        press(robot, KeyCode.DIGIT4);
        assertThat(table(robot).getItems()).hasSize(counts.get(Inbox.PAST_DEADLINE).intValue())
                .allMatch(row -> row.status().isOpen() && row.deadline().isPassed());
        press(robot, KeyCode.DIGIT5);
        assertThat(table(robot).getItems()).hasSize(counts.get(Inbox.ALL_OPEN).intValue());

        // A button does the same as its key; the status filter narrows the inbox and its counts.
        robot.clickOn("#inbox-MINE");
        loaded();
        assertThat(window.viewModel().queue().inboxProperty().get()).isEqualTo(Inbox.MINE);
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().queue().statusChoiceProperty()
                .set(StatusChoice.only(ApplicationStatus.UNDER_REVIEW))).get();
        loaded();
        long underReview = services.queue().inboxCounts(java.util.EnumSet.of(ApplicationStatus.UNDER_REVIEW), "li.na")
                .get(Inbox.MINE);
        assertThat(table(robot).getItems()).hasSize((int) underReview)
                .allMatch(row -> row.status() == ApplicationStatus.UNDER_REVIEW);
        assertThat(robot.lookup("#inbox-MINE").queryAs(ToggleButton.class).getText()).endsWith("  " + underReview);
    }

    @Test
    void theArrowKeysOnTheInboxesShowTheInboxTheyChoose(FxRobot robot) throws Exception {
        loaded();
        long unassigned = services.queue().inboxCounts(ApplicationStatus.openStatuses(), "li.na")
                .get(Inbox.UNASSIGNED);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#inbox-ALL_OPEN").queryAs(ToggleButton.class).requestFocus())
                .get();

        // From "All open" the next inbox is the first, then the second: as a reviewer pressing Down twice.
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        loaded();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        loaded();

        assertThat(robot.lookup("#inbox-UNASSIGNED").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(window.viewModel().queue().inboxProperty().get()).isEqualTo(Inbox.UNASSIGNED);
        assertThat(table(robot).getItems()).hasSize((int) unassigned).allMatch(row -> row.assignee() == null);

        // An inbox key goes straight to its inbox, with no other inbox shown on the way.
        List<Inbox> shown = new java.util.ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().queue().inboxProperty()
                .addListener((observable, before, after) -> shown.add(after))).get();
        press(robot, KeyCode.DIGIT5);
        assertThat(shown).containsExactly(Inbox.ALL_OPEN);
        press(robot, KeyCode.DIGIT2);
        assertThat(shown).containsExactly(Inbox.ALL_OPEN, Inbox.UNASSIGNED);

        // Pressing the chosen inbox again keeps it chosen.
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#inbox-UNASSIGNED").queryAs(ToggleButton.class).requestFocus())
                .get();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#inbox-UNASSIGNED").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(window.viewModel().queue().inboxProperty().get()).isEqualTo(Inbox.UNASSIGNED);
    }

    @Test
    void theQuickFilterFindsTheAssigneeByUsernameAndName(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn("#queueFilter").write("Wang Fang").type(KeyCode.ENTER);
        desk.waitUntil(() -> !table(robot).getItems().isEmpty()
                && table(robot).getItems().stream().allMatch(row -> "wang.fang".equals(row.assignee())));
        robot.doubleClickOn("#queueFilter").push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN))
                .write("li.na").type(KeyCode.ENTER);
        desk.waitUntil(() -> !table(robot).getItems().isEmpty()
                && table(robot).getItems().stream().allMatch(row -> "li.na".equals(row.assignee())));
    }

    @Test
    void aClaimedCaseLeavesUnassignedAndTheNextOneIsSelectedAndSaidSo(FxRobot robot) throws Exception {
        loaded();
        press(robot, KeyCode.DIGIT2);
        List<QueueRow> before = List.copyOf(table(robot).getItems());
        assertThat(before.size()).isGreaterThan(2);
        String claimed = before.get(1).reference();
        String next = before.get(2).reference();
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().open(claimed)).get();
        desk.waitUntil(() -> claimed.equals(desk.text("#detailsReference"))
                && robot.lookup("#actionClaim").tryQuery().isPresent());

        robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        desk.waitUntil(() -> robot.lookup("#actionDialog").tryQuery().isPresent());
        robot.push(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
        desk.waitUntil(() -> next.equals(window.viewModel().queue().selectedReference())
                && next.equals(desk.text("#detailsReference")));

        assertThat(table(robot).getItems()).extracting(QueueRow::reference).doesNotContain(claimed);
        String status = robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
        assertThat(status).isEqualTo(MESSAGES.format("confirm.Claim", claimed) + " \u00b7 "
                + MESSAGES.format("queue.movedOn", claimed, next));
        // The claimed case is now in My cases, whose count grew.
        long mine = services.queue().inboxCounts(ApplicationStatus.openStatuses(), "li.na").get(Inbox.MINE);
        assertThat(robot.lookup("#inbox-MINE").queryAs(ToggleButton.class).getText()).endsWith("  " + mine);
    }

    @Test
    void anActionThatKeepsTheCaseInViewKeepsItSelectedAndIsConfirmed(FxRobot robot) throws Exception {
        loaded();
        press(robot, KeyCode.DIGIT1);
        String mine = table(robot).getItems().get(0).reference();
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().open(mine)).get();
        desk.waitUntil(() -> mine.equals(desk.text("#detailsReference"))
                && robot.lookup("#actionAddNote").tryQuery().isPresent());

        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        desk.waitUntil(() -> robot.lookup("#actionNote").tryQuery().isPresent()
                && robot.lookup("#actionNote").query().isFocused());
        typeInNewestWindow(robot, "Called the applicant.");
        robot.push(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
        desk.waitUntil(() -> robot.lookup("#actionDialog").tryQuery().isEmpty()
                && MESSAGES.format("confirm.AddNote", mine)
                        .equals(robot.lookup("#statusBar").queryAs(StatusBar.class).getText()));
        loaded();
        assertThat(window.viewModel().queue().selectedReference()).isEqualTo(mine);
        assertThat(robot.lookup("#copyLicenceNumber").queryAs(Button.class).isVisible()).isFalse();
    }

    @Test
    void anApprovalShowsTheLicenceNumberToCopy(FxRobot robot) throws Exception {
        loaded();
        window = WaitForAsyncUtils.asyncFx(() -> {
            window.closeOwnedWindows();
            return showMainWindow(stage, user("zhang.min"));
        }).get();
        loaded();
        press(robot, KeyCode.DIGIT3);
        // One recommended for approval: approving against a recommendation to deny starts at the licence's terms.
        String reference = table(robot).getItems().stream().map(QueueRow::reference)
                .filter(candidate -> services.workflow().state(candidate).recommendation() == Recommendation.APPROVAL)
                .findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().open(reference)).get();
        desk.waitUntil(() -> reference.equals(desk.text("#detailsReference"))
                && robot.lookup("#actionApprove").tryQuery().isPresent());

        robot.push(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        desk.waitUntil(() -> robot.lookup("#actionNote").tryQuery().isPresent()
                && robot.lookup("#actionNote").query().isFocused());
        typeInNewestWindow(robot, "As recommended.");
        robot.push(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
        desk.waitUntil(() -> robot.lookup("#actionDialog").tryQuery().isEmpty()
                && robot.lookup("#copyLicenceNumber").queryAs(Button.class).isVisible());

        String licence = services.workflow().state(reference).licenceNumber();
        assertThat(licence).isNotBlank();
        assertThat(robot.lookup("#statusBar").queryAs(StatusBar.class).getText())
                .startsWith(MESSAGES.format("confirm.Approve", reference, "", licence));
        robot.clickOn("#copyLicenceNumber");
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo(licence);
        desk.waitUntil(() -> MESSAGES.format("confirm.copied", licence)
                .equals(robot.lookup("#statusBar").queryAs(StatusBar.class).getText()));
    }
}
