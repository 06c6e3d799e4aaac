package org.licensedesk.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.DeskRobot;
import org.licensedesk.ui.main.DeskSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Screening through the real window: a reviewer imports the sample intake file through File → Import
 * applications, finds the consignee's hit in the new application's Screening tab, claims the application and
 * records every hit as a false positive; the tab's count and the queue's flag go away.
 */
class ScreeningWindowTest extends DemoWindowFixture {
    private static final String REFERENCE = "EXP-2026-004211";

    private DeskSession session;

    @Start
    void start(Stage stage) {
        session = startSession(stage);
    }

    @Test
    void anImportedApplicationShowsItsHitAndTheAssigneeDisposesOfEveryHit(FxRobot robot) throws Exception {
        desk.signIn(session, "li.na");
        dialogs.fileAnswers.add(List.of(Path.of("assets/intake-sample.json").toAbsolutePath()));
        // File → Import applications…, by its accelerator
        robot.clickOn("#queueFilter");
        robot.press(KeyCode.CONTROL).press(KeyCode.I).release(KeyCode.I).release(KeyCode.CONTROL);
        desk.waitUntil(() -> !dialogs.fileChoosers.isEmpty());
        desk.waitUntil(() -> !dialogs.informations.isEmpty());
        assertThat(dialogs.fileChoosers).containsExactly(MESSAGES.get("intake.chooser.title"));
        assertThat(dialogs.informations.get(0).message()).contains(REFERENCE).contains("Screening hits on");

        showOnly(robot, REFERENCE);
        desk.waitUntil(() -> robot.lookup("#queueTable .screening-flag").tryQuery().isPresent());
        robot.clickOn(screeningTab(robot));
        TableView<ScreeningHit> hits = robot.lookup("#screeningTable").queryTableView();
        desk.waitUntil(() -> !hits.getItems().isEmpty());
        assertThat(hits.getItems()).anySatisfy(hit -> {
            assertThat(hit.party()).isEqualTo(ScreenedParty.CONSIGNEE);
            assertThat(hit.partyName()).isEqualTo("TNK Trading International SA");
            assertThat(hit.listedName()).isEqualTo("TNK Trading International S.A.");
        });
        int open = hits.getItems().size();
        DeskRobot.snapshot(hits.getScene(), "screenshot-screening.png");
        assertThat(tabLabel(robot)).isEqualTo(MESSAGES.format("screening.tab.titleOpen", open));
        assertThat(button(robot, "#screeningFalsePositive").isDisabled()).as("only the assignee disposes").isTrue();

        robot.clickOn("#actionClaim");
        desk.waitUntil(() -> robot.lookup("#actionNote").tryQuery().isPresent());
        robot.clickOn("#actionNote").write("Mine: TNK hit to check.");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        desk.waitUntil(() -> robot.lookup("#actionDialog").tryQuery().isEmpty());
        desk.waitUntil(() -> !button(robot, "#screeningFalsePositive").isDisabled());

        for (int disposed = 1; disposed <= open; disposed++) {
            int index = firstUndisposed(hits);
            robot.interact(() -> hits.getSelectionModel().select(index));
            robot.clickOn("#screeningFalsePositive");
            desk.waitUntil(() -> robot.lookup("#dispositionNote").tryQuery().isPresent());
            assertThat(button(robot, "#dispositionSave").isDisabled()).as("a note comes first").isTrue();
            robot.clickOn("#dispositionNote").write("Different registration number and address.");
            robot.clickOn("#dispositionSave");
            int left = open - disposed;
            // Counted on the FX thread: the table's items are replaced there while the test thread waits (a
            // stream over them from the test thread once met a ConcurrentModificationException).
            desk.waitUntil(() -> undisposedOnFxThread(hits) == left);
        }

        desk.waitUntil(() -> MESSAGES.get("screening.tab.title").equals(tabLabel(robot)));
        assertThat(hits.getItems()).allSatisfy(hit -> {
            assertThat(hit.disposition().verdict()).isEqualTo(ScreeningDisposition.FALSE_POSITIVE);
            assertThat(hit.disposition().by()).isEqualTo("li.na");
        });
        desk.waitUntil(() -> robot.lookup("#queueTable .screening-flag").tryQuery().isEmpty());
        assertThat(services.screening().flaggedReferences()).doesNotContain(REFERENCE);
        assertThat(button(robot, "#screeningFalsePositive").isDisabled()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    private static int firstUndisposed(TableView<ScreeningHit> hits) {
        for (int i = 0; i < hits.getItems().size(); i++) {
            if (!hits.getItems().get(i).isDisposed()) {
                return i;
            }
        }
        throw new AssertionError("every hit has a disposition");
    }

    private void showOnly(FxRobot robot, String reference) throws TimeoutException {
        robot.clickOn("#queueFilter").write(reference).type(KeyCode.ENTER);
        desk.waitUntil(() -> queueTable(robot).getItems().size() == 1);
        desk.waitForDetailsOf(reference);
    }

    private static Node screeningTab(FxRobot robot) {
        return robot.lookup(".tab").match(tab -> "screeningTab".equals(tab.getId())).queryAs(Node.class);
    }

    private static String tabLabel(FxRobot robot) {
        return ((Labeled) screeningTab(robot).lookup(".tab-label")).getText();
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryButton();
    }

    private TableView<QueueRow> queueTable(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }

    private static long undisposedOnFxThread(TableView<ScreeningHit> hits) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(
                    () -> hits.getItems().stream().filter(hit -> !hit.isDisposed()).count()).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
