package org.licensedesk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.queue.Inbox;
import org.licensedesk.queue.QueueIndex;
import org.licensedesk.ui.DisplayFormats;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The queue's table with a long inbox whose count is slow (blocked on a latch, as 346,341 rows are on H2 at
 * 1,000,000 applications): the first page is painted and a row clicked before the count, the chosen inbox's button
 * says it is being counted, then the table grows to the count with the clicked row still selected, and End reaches
 * the last application.
 */
@ExtendWith(ApplicationExtension.class)
class QueueFirstPageWindowTest {
    private static final int OPEN = 5_000;
    private static final Messages MESSAGES = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<QueueRow> database = new ArrayList<>();
    private FxTaskExecutor executor;
    private QueueViewModel queue;

    @Start
    void start(Stage stage) {
        LocalDate first = LocalDate.of(2026, 1, 5);
        for (int i = 1; i <= OPEN; i++) {
            LocalDate received = first.plusDays((i - 1) / 10);
            database.add(new QueueRow(reference(i), "Baotou Rare Earth " + i, "Dy", "1C904.a", "Siemens", "DE",
                    BigDecimal.ONE, BigDecimal.TEN, received, ApplicationStatus.UNDER_REVIEW, null,
                    new Deadline(received.plusDays(63), 10, false), false));
        }
        Theme.install();
        executor = new FxTaskExecutor();
        queue = new QueueViewModel(source(), statuses -> Set.of(), Set::of, executor, new RecordingDialogService(),
                MESSAGES);
        QueueView view = new QueueView(queue, MESSAGES, new DomainText(MESSAGES), new DisplayFormats(Locale.ROOT));
        Scene scene = new Scene(new javafx.scene.layout.StackPane(view.root()), 1000, 600);
        Theme.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        queue.reload();
    }

    @AfterEach
    void releaseAndClose() {
        release.countDown();
        executor.close();
    }

    private static String reference(int i) {
        return String.format("EXP-2026-%06d", i);
    }

    private InboxSource source() {
        return new InboxSource() {
            @Override
            public List<QueueRow> queue(Inbox inbox, Set<ApplicationStatus> statuses) {
                throw new AssertionError("a paged inbox must not be loaded whole");
            }

            @Override
            public Long countUpTo(Inbox inbox, Set<ApplicationStatus> statuses, long atMost) {
                return Math.min(database.size(), atMost);
            }

            @Override
            public Long count(Inbox inbox, Set<ApplicationStatus> statuses) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return (long) database.size();
            }

            @Override
            public Map<Inbox, Long> counts(Set<ApplicationStatus> statuses) {
                return Map.of(Inbox.ALL_OPEN, (long) database.size());
            }

            @Override
            public QueuePager pager(Inbox inbox, Set<ApplicationStatus> statuses, String text, FlagFilter flags) {
                return QueuePager.of(QueueIndex.build(List.copyOf(database)).select(text, null));
            }

            @Override
            public String assigneeName(String username) {
                return "";
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static TableView<QueueRow> table(FxRobot robot) {
        return (TableView<QueueRow>) robot.lookup("#queueTable").queryAs(TableView.class);
    }

    private static String allOpenButton(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#inbox-ALL_OPEN").queryAs(ToggleButton.class).getText())
                .get();
    }

    @Test
    void theFirstPageIsPaintedAndSelectableBeforeTheCountThenTheTableGrowsKeepingTheSelection(FxRobot robot)
            throws Exception {
        TableView<QueueRow> table = table(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !queue.loadingProperty().get()
                && table.getItems().size() == PagedRows.PAGE_SIZE);
        String allOpen = MESSAGES.get("queue.inbox.allOpen");
        assertThat(allOpenButton(robot)).isEqualTo(MESSAGES.format("queue.inbox.counting", allOpen));
        assertThat(queue.rowCountProperty().get()).isEqualTo(QueueViewModel.RowCount.COUNTING);
        AtomicInteger changes = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> table.getItems().addListener(
                (ListChangeListener<QueueRow>) change -> changes.incrementAndGet())).get();

        // The count is still blocked: the official clicks the fourth row.
        robot.clickOn(robot.lookup("#queueTable .table-row-cell").nth(3).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(queue.selectedReference()).isEqualTo(reference(4));
        assertThat(table.getItems()).hasSize(PagedRows.PAGE_SIZE);

        release.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == OPEN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(changes.get()).as("one change: the add of the counted rows").isEqualTo(1);
        assertThat(WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().getSelectedIndex()).get()).isEqualTo(3);
        assertThat(queue.selectedReference()).isEqualTo(reference(4));
        assertThat(queue.rowCountProperty().get()).isEqualTo(QueueViewModel.RowCount.COUNTED);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !queue.countingProperty().get());
        assertThat(allOpenButton(robot)).isEqualTo(MESSAGES.format("queue.inbox.withCount", allOpen, (long) OPEN));

        robot.push(KeyCode.END);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> reference(OPEN).equals(queue.selectedReference()));
    }
}
