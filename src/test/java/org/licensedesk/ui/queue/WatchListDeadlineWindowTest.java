package org.licensedesk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.NoStatutoryLimit;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.QueueQuery;
import org.licensedesk.screening.ListFormat;
import org.licensedesk.screening.MofcomFileReader;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.DeskRobot;
import org.licensedesk.ui.main.DeskSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A party confirmed on MOFCOM's watch list lifts the 45-working-day limit (Regulations Art. 26): the queue's
 * days-left column and the details header of the real window say "no statutory limit" and why.
 */
class WatchListDeadlineWindowTest extends DemoWindowFixture {
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private DeskSession session;

    @Start
    void start(Stage stage) {
        session = startSession(stage);
    }

    @Test
    void aConfirmedWatchListPartyShowsNoStatutoryLimitInTheQueueAndTheDetails(FxRobot robot) throws Exception {
        QueueRow row = services.queue().queue(QueueQuery.of(java.util.Set.of(ApplicationStatus.UNDER_REVIEW))
                .withAssignee("li.na")).get(0);
        String reference = row.reference();
        Path lists = folder.resolve("watch-list.csv");
        Files.writeString(lists, String.join(",", MofcomFileReader.HEADER) + "\n"
                + "WATCH,," + row.endUserName().replace(",", " ") + "," + row.endUserCountry()
                + ",MOFCOM Announcement 2026 No. 12 (test),2026-02-24,,,,\n", StandardCharsets.UTF_8);
        services.screening().importList(ListFormat.MOFCOM, List.of(lists), ZHAO_LEI);
        List<ScreeningHit> hits = services.screening().screen(reference);
        assertThat(hits).as("the end user is on the watch list").isNotEmpty();
        for (ScreeningHit hit : hits) {
            services.dispositions().dispose(LI_NA, reference, hit.party(), hit.entryKey(),
                    ScreeningDisposition.TRUE_MATCH, "Same registered address.");
        }

        desk.waitUntil(() -> robot.lookup("#signInUsername").tryQuery().isPresent());
        desk.signIn(session, "li.na");
        robot.clickOn("#queueFilter").write(reference).type(KeyCode.ENTER);
        desk.waitUntil(() -> queueTable(robot).getItems().size() == 1);
        desk.waitForDetailsOf(reference);

        desk.waitUntil(() -> MESSAGES.get("watchList.noLimit.details").equals(desk.text("#detailsDeadline")));
        assertThat(queueTable(robot).getItems().get(0).deadline().limitLifted()).isEqualTo(NoStatutoryLimit.WATCH_LIST);
        TableCell<?, ?> daysLeft = robot.lookup("#queueTable .table-cell").match(cell -> cell instanceof DaysLeftCell<?> days && days.getText() != null)
                .queryAs(TableCell.class);
        assertThat(((Labeled) daysLeft).getText()).isEqualTo(MESSAGES.get("clockStop.noLimit.short"));
        // The tooltip is made when the pointer comes over the cell (HoverTooltip).
        robot.moveTo(daysLeft);
        desk.waitUntil(() -> daysLeft.getTooltip() != null);
        assertThat(daysLeft.getTooltip().getText()).isEqualTo(MESSAGES.get("watchList.noLimit.tooltip"));
        DeskRobot.snapshot(robot.lookup("#queueTable").query().getScene(), "screenshot-watch-list-no-limit.png");
        assertThat(dialogs.errors).isEmpty();
    }

    private TableView<QueueRow> queueTable(FxRobot robot) {
        return robot.lookup("#queueTable").queryTableView();
    }
}
