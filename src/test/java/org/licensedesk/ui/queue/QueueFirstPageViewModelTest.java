package org.licensedesk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.queue.Inbox;
import org.licensedesk.queue.QueueIndex;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;
import org.licensedesk.ui.task.DeferredTaskExecutor;

/**
 * Issue 11, launch to painted queue at 1,000,000 applications: a long inbox's first page is shown before its count
 * (a slow count here blocks on a latch, as "All open"'s 346,341 rows take 1-2 s on H2), then the list grows once to
 * the count. A late count of an older load is dropped; a failed one keeps the rows and is said.
 */
class QueueFirstPageViewModelTest {
    private static final int OPEN = 20_000;
    private static final int PAGE = PagedRows.PAGE_SIZE;

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private final List<QueueRow> database = new ArrayList<>();
    /** The inboxes whose whole count was asked for, in order. */
    private final List<Inbox> counted = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Long> probes = new ArrayList<>();
    /** The inbox each round of counts left out (the one its load had counted); null: none. */
    private final List<Inbox> roundsBut = java.util.Collections.synchronizedList(new ArrayList<>());
    /** When set, a count says it began (entered) and waits for release. */
    private volatile CountDownLatch entered;
    private volatile CountDownLatch release;
    private volatile RuntimeException countFails;
    private Thread counting;

    QueueFirstPageViewModelTest() {
        // Every odd one is unassigned: that inbox holds 10,000.
        database.addAll(TenADayRows.of(OPEN, i -> i % 2 == 1 ? null : "li.na"));
    }

    @AfterEach
    void noCountLeftWaiting() throws InterruptedException {
        if (release != null) {
            release.countDown();
        }
        if (counting != null) {
            counting.join(10_000);
        }
    }

    private static String reference(int i) {
        return TenADayRows.reference(i);
    }

    private List<QueueRow> rows(Inbox inbox) {
        return inbox == Inbox.UNASSIGNED ? database.stream().filter(row -> row.assignee() == null).toList()
                : List.copyOf(database);
    }

    /** The database as the view model sees it: a cheap bounded probe, a slow count, pages. */
    private final InboxSource source = new InboxSource() {
        @Override
        public List<QueueRow> queue(Inbox inbox, Set<ApplicationStatus> statuses) {
            List<QueueRow> all = rows(inbox);
            assertThat(all.size()).as("only a short inbox is loaded whole").isLessThanOrEqualTo(2_000);
            return all;
        }

        @Override
        public Long countUpTo(Inbox inbox, Set<ApplicationStatus> statuses, long atMost) {
            probes.add(atMost);
            return Math.min(rows(inbox).size(), atMost);
        }

        @Override
        public Long count(Inbox inbox, Set<ApplicationStatus> statuses) {
            counted.add(inbox);
            CountDownLatch began = entered;
            if (began != null) {
                began.countDown();
                try {
                    assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (countFails != null) {
                throw countFails;
            }
            return (long) rows(inbox).size();
        }

        @Override
        public Map<Inbox, Long> counts(Set<ApplicationStatus> statuses) {
            Map<Inbox, Long> counts = new EnumMap<>(Inbox.class);
            for (Inbox inbox : Inbox.values()) {
                counts.put(inbox, (long) rows(inbox).size());
            }
            return counts;
        }

        @Override
        public Map<Inbox, Long> countsBut(Inbox known, Set<ApplicationStatus> statuses) {
            roundsBut.add(known);
            Map<Inbox, Long> counts = new EnumMap<>(counts(statuses));
            counts.remove(known);
            return counts;
        }

        @Override
        public QueuePager pager(Inbox inbox, Set<ApplicationStatus> statuses, String text, FlagFilter flags) {
            return QueuePager.of(QueueIndex.build(rows(inbox)).select(text, null).stream()
                    .filter(row -> flags.keeps(row.flags())).toList());
        }

        @Override
        public String assigneeName(String username) {
            return "";
        }
    };

    private QueueViewModel viewModel() {
        return new QueueViewModel(source, statuses -> Set.of(), Set::of, executor, dialogs, messages);
    }

    /** Runs the pending task {@code index} on another thread, as the window's executor would, until it counts. */
    private void startSlowCount(int index) throws InterruptedException {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
        counting = new Thread(() -> executor.run(index), "slow-count");
        counting.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the count began").isTrue();
    }

    private void finishSlowCount() throws InterruptedException {
        release.countDown();
        counting.join(10_000);
        assertThat(counting.isAlive()).isFalse();
        entered = null;
        release = null;
        counting = null;
    }

    @Test
    void theFirstPageIsShownAndSelectableBeforeTheCountThenTheListGrowsOnceAndTheSelectionStays()
            throws InterruptedException {
        QueueViewModel queue = viewModel();
        queue.reload();
        executor.run(0);

        // Shown without the count: the probe asked for one more than a held inbox, no count was read.
        assertThat(probes).containsExactly(QueueViewModel.DEFAULT_PAGED_ABOVE + 1);
        assertThat(counted).isEmpty();
        assertThat(queue.loadingProperty().get()).isFalse();
        assertThat(queue.pagedProperty().get()).isTrue();
        assertThat(queue.rowCountProperty().get()).isEqualTo(QueueViewModel.RowCount.COUNTING);
        ObservableList<QueueRow> rows = (PagedRows) queue.visibleRows();
        assertThat(rows).hasSize(PAGE);
        assertThat(queue.shownCountProperty().get()).isEqualTo(PAGE);
        assertThat(queue.inboxCountsProperty().get()).doesNotContainKey(Inbox.ALL_OPEN);
        assertThat(queue.selectedReference()).isEqualTo(reference(1));
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<QueueRow>) change -> {
            while (change.next()) {
                changes.add((change.wasAdded() ? "add " : "") + (change.wasRemoved() ? "remove " : "")
                        + change.getFrom() + "-" + change.getTo());
            }
        });

        // The count is slow: the page is there and the official works in it meanwhile.
        assertThat(executor.pendingCount()).as("the count, after the paint").isEqualTo(1);
        startSlowCount(0);
        assertThat(rows.get(PAGE - 1).reference()).isEqualTo(reference(PAGE));
        queue.select(reference(42));
        assertThat(queue.selectedReference()).isEqualTo(reference(42));
        assertThat(queue.rowCountProperty().get()).isEqualTo(QueueViewModel.RowCount.COUNTING);
        assertThat(rows).hasSize(PAGE);
        finishSlowCount();

        assertThat(changes).containsExactly("add " + PAGE + "-" + OPEN);
        assertThat(queue.visibleRows()).isSameAs(rows).hasSize(OPEN);
        assertThat(queue.totalCountProperty().get()).isEqualTo(OPEN);
        assertThat(queue.shownCountProperty().get()).isEqualTo(OPEN);
        assertThat(queue.rowCountProperty().get()).isEqualTo(QueueViewModel.RowCount.COUNTED);
        assertThat(queue.inboxCountsProperty().get()).containsEntry(Inbox.ALL_OPEN, (long) OPEN);
        assertThat(queue.selectedReference()).isEqualTo(reference(42));
        // Then the other inboxes, one round.
        assertThat(queue.countingProperty().get()).isTrue();
        assertThat(executor.pendingCount()).isEqualTo(1);
        // End reaches the last row, past the first page's: its page is read.
        assertThat(rows.get(OPEN - 1)).isNull();
        executor.run(1);
        assertThat(rows.get(OPEN - 1).reference()).isEqualTo(reference(OPEN));
        executor.run(0);
        assertThat(queue.countingProperty().get()).isFalse();
        assertThat(queue.inboxCountsProperty().get()).hasSize(Inbox.values().length)
                .containsEntry(Inbox.ALL_OPEN, (long) OPEN).containsEntry(Inbox.UNASSIGNED, (long) OPEN / 2);
        assertThat(roundsBut).as("the round does not count All open again").containsExactly(Inbox.ALL_OPEN);
        assertThat(counted).containsExactly(Inbox.ALL_OPEN);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aLateCountOfAnOlderLoadIsIgnoredAndTheNewerLoadsCountIsShown() throws InterruptedException {
        QueueViewModel queue = viewModel();
        queue.reload();
        executor.run(0);
        startSlowCount(0);

        // Nothing selected, another inbox: a newer load, shown before its own count too.
        queue.select(null);
        queue.showInbox(Inbox.UNASSIGNED);
        executor.run(0);
        PagedRows unassigned = (PagedRows) queue.visibleRows();
        assertThat(unassigned).hasSize(PAGE);
        assertThat(unassigned.get(0).reference()).isEqualTo(reference(1));
        assertThat(unassigned.get(1).reference()).isEqualTo(reference(3));
        finishSlowCount();

        // All open's 20,000 arrived late: not this list's size, nor a count to show.
        assertThat(queue.visibleRows()).isSameAs(unassigned).hasSize(PAGE);
        assertThat(queue.rowCountProperty().get()).isEqualTo(QueueViewModel.RowCount.COUNTING);
        assertThat(queue.totalCountProperty().get()).isEqualTo(PAGE);
        assertThat(queue.inboxCountsProperty().get()).doesNotContainKey(Inbox.ALL_OPEN);
        assertThat(executor.pendingCount()).as("the newer load's count; the older round is dropped").isEqualTo(1);

        executor.run(0);
        assertThat(unassigned).hasSize(OPEN / 2);
        assertThat(queue.totalCountProperty().get()).isEqualTo(OPEN / 2);
        assertThat(queue.rowCountProperty().get()).isEqualTo(QueueViewModel.RowCount.COUNTED);
        assertThat(queue.inboxCountsProperty().get()).containsEntry(Inbox.UNASSIGNED, (long) OPEN / 2);
        executor.run(0);
        assertThat(queue.countingProperty().get()).isFalse();
        assertThat(executor.pendingCount()).isZero();
    }

    @Test
    void aCountThatFailsKeepsTheRowsShownAndSaysSoAsAPageFailureDoes() {
        QueueViewModel queue = viewModel();
        queue.reload();
        executor.run(0);
        countFails = new IllegalStateException("The database file is locked");

        executor.run(0);

        assertThat(queue.visibleRows()).hasSize(PAGE);
        assertThat(queue.selectedReference()).isEqualTo(reference(1));
        assertThat(queue.rowCountProperty().get()).isEqualTo(QueueViewModel.RowCount.NOT_COUNTED);
        assertThat(queue.shownCountProperty().get()).isEqualTo(PAGE);
        assertThat(dialogs.errors).singleElement()
                .satisfies(error -> assertThat(error.title()).isEqualTo(messages.get("queue.loadFailed.title")));
        // The round of inbox counts still runs, All open among them.
        assertThat(executor.pendingCount()).isEqualTo(1);
        executor.run(0);
        assertThat(queue.countingProperty().get()).isFalse();
        assertThat(roundsBut).isEmpty();
        assertThat(queue.inboxCountsProperty().get()).containsEntry(Inbox.ALL_OPEN, (long) OPEN);
    }

    @Test
    void aSearchBeforeTheCountCountsForItselfAndTheOlderCountIsNotRead() {
        QueueViewModel queue = viewModel();
        queue.reload();
        executor.run(0);

        queue.filterTextProperty().set("ganzhou");
        executor.run(1);

        assertThat(queue.shownCountProperty().get()).isEqualTo(OPEN / 7);
        assertThat(queue.totalCountProperty().get()).isEqualTo(OPEN);
        assertThat(queue.rowCountProperty().get()).isEqualTo(QueueViewModel.RowCount.COUNTED);
        assertThat(counted).containsExactly(Inbox.ALL_OPEN);
        executor.run(0);
        assertThat(counted).as("the overtaken count asks nothing").containsExactly(Inbox.ALL_OPEN);
        assertThat(queue.shownCountProperty().get()).isEqualTo(OPEN / 7);
        assertThat(executor.pendingCount()).as("the inbox round").isEqualTo(1);
    }

    @Test
    void aLoadThatMustFindAnApplicationCountsFirst() {
        QueueViewModel queue = viewModel();
        queue.reload();
        executor.run(0);
        executor.run(0);
        executor.run(0);
        counted.clear();

        queue.open(reference(15_001));
        executor.run(0);

        assertThat(counted).containsExactly(Inbox.ALL_OPEN);
        assertThat(queue.rowCountProperty().get()).isEqualTo(QueueViewModel.RowCount.COUNTED);
        assertThat(queue.visibleRows()).hasSize(OPEN);
        assertThat(queue.selectedReference()).isEqualTo(reference(15_001));
    }

    @Test
    void anInboxUpToTheLimitIsHeldOnTheProbesAnswerWithoutACount() {
        while (database.size() > QueueViewModel.DEFAULT_PAGED_ABOVE) {
            database.remove(database.size() - 1);
        }
        QueueViewModel queue = new QueueViewModel(source, statuses -> Set.of(), Set::of,
                new CurrentThreadTaskExecutor(), dialogs, messages);
        queue.reload();

        assertThat(queue.pagedProperty().get()).isFalse();
        assertThat(queue.visibleRows()).hasSize(2_000);
        assertThat(queue.rowCountProperty().get()).isEqualTo(QueueViewModel.RowCount.COUNTED);
        assertThat(queue.totalCountProperty().get()).isEqualTo(2_000);
        // The probe's answer is the count: only the round after the rows counts.
        assertThat(counted).isEmpty();
        assertThat(roundsBut).containsExactly(Inbox.ALL_OPEN);
        assertThat(queue.inboxCountsProperty().get()).containsEntry(Inbox.ALL_OPEN, 2_000L)
                .hasSize(Inbox.values().length);
    }
}
