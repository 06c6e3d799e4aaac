package org.licensedesk.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.Document;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.TestDesk;
import org.licensedesk.ui.TruncatedText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Documents tab of the real window: a filed document opens whole, with its SHA-256 to read and copy. */
class DocumentsWindowTest extends DemoWindowFixture {

    @Start
    void start(Stage stage) {
        showMainWindow(stage, TestDesk.LI_NA);
    }

    @Test
    void openingADocumentShowsItsDetailsAndSha256(FxRobot robot) throws TimeoutException {
        desk.waitUntil(() -> robot.lookup("#detailsTabs").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#detailsTabs .tab").nth(2).queryAs(Node.class));
        TableView<Document> documents = robot.lookup("#documentsTable").queryTableView();
        desk.waitUntil(() -> documents.getSelectionModel().getSelectedItem() != null);
        Document first = documents.getSelectionModel().getSelectedItem();

        robot.clickOn("#documentOpen");
        desk.waitUntil(() -> robot.lookup("#documentDialog").tryQuery().isPresent());

        assertThat(first.sha256()).hasSize(64);
        assertThat(desk.text("#documentSha256")).isEqualTo(first.sha256());
        assertThat(desk.text("#documentTitle")).isEqualTo(first.title());
        assertThat(robot.lookup("#documentCheck").queryButton().isDisabled()).isFalse();
        assertThat(TruncatedText.inShowingWindows()).isEmpty();
        robot.type(KeyCode.ESCAPE);
        desk.waitUntil(() -> robot.lookup("#documentDialog").tryQuery().isEmpty());

        // Enter on the selected row opens it too.
        robot.clickOn(desk.shownCell("#documentsTable", first.title())).type(KeyCode.ENTER);
        desk.waitUntil(() -> robot.lookup("#documentDialog").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        assertThat(dialogs.errors).isEmpty();
    }
}
