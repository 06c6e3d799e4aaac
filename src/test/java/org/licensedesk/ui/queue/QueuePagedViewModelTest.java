package org.licensedesk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueKey;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.queue.Inbox;
import org.licensedesk.queue.QueueField;
import org.licensedesk.queue.QueueIndex;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;
import org.licensedesk.ui.task.DeferredTaskExecutor;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * An inbox too long to hold (20,000 open applications): the view model never loads it whole and holds at most a
 * window of pages, whatever the table reads, while filter, selection and "moved on" keep working. Rows are counted,
 * not timed.
 */
class QueuePagedViewModelTest {
    private static final int OPEN = 20_000;
    private static final int BOUND = PagedRows.PAGES_HELD * PagedRows.PAGE_SIZE;

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<QueueRow> database = new ArrayList<>();
    private int keyJumps;
    private long rowsRead;
    /** The text of each pager asked for: each is a search of the database. */
    private final List<String> searched = new ArrayList<>();

    QueuePagedViewModelTest() {
        database.addAll(TenADayRows.of(OPEN, i -> null));
    }

    private static String reference(int i) {
        return TenADayRows.reference(i);
    }

    /** The database as the view model sees it: counts and pages, never the whole inbox. */
    private final InboxSource source = new InboxSource() {
        @Override
        public List<QueueRow> queue(Inbox inbox, Set<ApplicationStatus> statuses) {
            throw new AssertionError("a paged inbox must not be loaded whole");
        }

        @Override
        public Map<Inbox, Long> counts(Set<ApplicationStatus> statuses) {
            Map<Inbox, Long> counts = new EnumMap<>(Inbox.class);
            for (Inbox inbox : Inbox.values()) {
                counts.put(inbox, (long) database.size());
            }
            return counts;
        }

        @Override
        public QueuePager pager(Inbox inbox, Set<ApplicationStatus> statuses, String text, FlagFilter flags) {
            searched.add(text);
            QueuePager rows = QueuePager.of(QueueIndex.build(List.copyOf(database)).select(text, null).stream()
                    .filter(row -> flags.keeps(row.flags())).toList());
            return new QueuePager() {
                @Override
                public long count() {
                    return rows.count();
                }

                @Override
                public List<QueueRow> page(QueueKey after, int limit) {
                    List<QueueRow> page = rows.page(after, limit);
                    rowsRead += page.size();
                    return page;
                }

                @Override
                public Optional<QueueKey> keyAt(long offset) {
                    keyJumps++;
                    return rows.keyAt(offset);
                }

                @Override
                public OptionalLong position(String reference) {
                    return rows.position(reference);
                }
            };
        }

        @Override
        public String assigneeName(String username) {
            return "";
        }
    };

    private QueueViewModel viewModel(TaskExecutor executor) {
        return new QueueViewModel(source, statuses -> {
            throw new AssertionError("a paged inbox has no denial filter");
        }, Set::of, executor, dialogs, messages);
    }

    private QueueViewModel loaded() {
        QueueViewModel queue = viewModel(new CurrentThreadTaskExecutor());
        queue.reload();
        return queue;
    }

    @Test
    void scrollingThroughTwentyThousandOpenApplicationsHoldsAtMostAWindowOfPages() {
        QueueViewModel queue = loaded();

        assertThat(queue.pagedProperty().get()).isTrue();
        assertThat(queue.totalCountProperty().get()).isEqualTo(OPEN);
        assertThat(queue.shownCountProperty().get()).isEqualTo(OPEN);
        List<QueueRow> rows = queue.visibleRows();
        assertThat(rows).hasSize(OPEN);
        assertThat(queue.rowsHeld()).isEqualTo(PagedRows.PAGE_SIZE);
        assertThat(queue.selectedReference()).isEqualTo(reference(1));
        // The table reads every row once, top to bottom, as if scrolled to the end.
        for (int i = 0; i < OPEN; i++) {
            assertThat(rows.get(i).reference()).isEqualTo(reference(i + 1));
            assertThat(queue.rowsHeld()).isLessThanOrEqualTo(BOUND);
        }
        // Page after page continues from the last key: no jumps, every row read once.
        assertThat(keyJumps).isZero();
        assertThat(rowsRead).isEqualTo(OPEN);
        assertThat(queue.rowsHeld()).isEqualTo(BOUND);
    }

    @Test
    void jumpingToTheEndReadsTheLastPageOnlyFromTheKeyBeforeIt() {
        QueueViewModel queue = loaded();
        List<QueueRow> rows = queue.visibleRows();

        assertThat(rows.get(OPEN - 1).reference()).isEqualTo(reference(OPEN));
        assertThat(rows.get(OPEN / 2).reference()).isEqualTo(reference(OPEN / 2 + 1));

        assertThat(keyJumps).isEqualTo(2);
        assertThat(rowsRead).isEqualTo(3L * PagedRows.PAGE_SIZE);
        assertThat(queue.rowsHeld()).isEqualTo(3 * PagedRows.PAGE_SIZE);
    }

    @Test
    void theRowsShowWithTheChosenInboxCountAndTheOtherInboxesAreCountedAfterThem() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        QueueViewModel queue = viewModel(executor);
        queue.reload();
        assertThat(queue.countingProperty().get()).isTrue();
        executor.run(0);

        // Issue 11: the first paint waits for one count, not five (27-37 s for "past deadline" at 1,000,000).
        assertThat(queue.loadingProperty().get()).isFalse();
        assertThat(queue.visibleRows()).hasSize(OPEN);
        assertThat(queue.inboxCountsProperty().get()).containsOnlyKeys(Inbox.ALL_OPEN);
        assertThat(queue.countingProperty().get()).isTrue();
        assertThat(executor.pendingCount()).isEqualTo(1);
        executor.run(0);
        assertThat(queue.inboxCountsProperty().get()).hasSize(Inbox.values().length);
        assertThat(queue.countingProperty().get()).isFalse();

        // A reload keeps the counts shown for the same statuses until the new ones are in; a newer reload's count
        // wins over an older one that ends after it.
        queue.reload();
        executor.run(0);
        assertThat(queue.inboxCountsProperty().get()).hasSize(Inbox.values().length);
        queue.reload();
        executor.run(1);
        executor.run(1);
        assertThat(queue.countingProperty().get()).isFalse();
        executor.run(0);
        assertThat(queue.countingProperty().get()).isFalse();
        assertThat(executor.pendingCount()).isZero();
    }

    @Test
    void theOtherInboxesAreCountedOnlyWhenTheWindowStartsTheRoundAfterPaintingTheRows() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        QueueViewModel queue = viewModel(executor);
        List<Runnable> starts = new ArrayList<>();
        queue.setCountStart(starts::add);
        queue.reload();
        executor.run(0);

        // Issue 11: the rows are in, the counts wait for the window (which starts them after the paint).
        assertThat(queue.visibleRows()).hasSize(OPEN);
        assertThat(starts).hasSize(1);
        assertThat(executor.pendingCount()).isZero();
        assertThat(queue.countingProperty().get()).isTrue();
        starts.remove(0).run();
        assertThat(executor.pendingCount()).isEqualTo(1);
        executor.run(0);
        assertThat(queue.inboxCountsProperty().get()).hasSize(Inbox.values().length);
        assertThat(queue.countingProperty().get()).isFalse();

        // A round started after a newer load began is not run: the newer load's round counts.
        queue.reload();
        executor.run(0);
        queue.reload();
        starts.remove(0).run();
        assertThat(executor.pendingCount()).as("only the newer load").isEqualTo(1);
        executor.run(0);
        starts.remove(0).run();
        executor.run(0);
        assertThat(queue.countingProperty().get()).isFalse();
        assertThat(executor.pendingCount()).isZero();
    }

    @Test
    void theFilterIsSearchedByTheDatabaseWhileTheQueueSaysSearching() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        QueueViewModel queue = viewModel(executor);
        queue.reload();
        executor.run(0);
        executor.run(0); // the other inboxes' counts, read after the rows

        queue.filterTextProperty().set("ganzhou");

        assertThat(queue.searchingProperty().get()).isTrue();
        assertThat(queue.visibleRows()).hasSize(OPEN);
        executor.run(0);
        assertThat(queue.searchingProperty().get()).isFalse();
        assertThat(queue.shownCountProperty().get()).isEqualTo(OPEN / 7);
        assertThat(queue.totalCountProperty().get()).isEqualTo(OPEN);
        assertThat(queue.visibleRows().get(0).reference()).isEqualTo(reference(7));
        assertThat(queue.selectedReference()).isEqualTo(reference(7));
        assertThat(queue.movedOnProperty().get()).isNull();
    }

    @Test
    void keystrokesOvertakenBeforeTheirSearchRunsAskNothingOfTheDatabase() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        QueueViewModel queue = viewModel(executor);
        queue.reload();
        executor.run(0);
        executor.run(0); // the other inboxes' counts, read after the rows
        searched.clear();

        for (String typed : List.of("g", "ga", "gan", "ganz", "ganzhou")) {
            queue.filterTextProperty().set(typed);
        }
        assertThat(executor.pendingCount()).isEqualTo(5);
        while (executor.pendingCount() > 0) {
            executor.run(0);
        }

        assertThat(searched).containsExactly("ganzhou");
        assertThat(queue.searchingProperty().get()).isFalse();
        assertThat(queue.shownCountProperty().get()).isEqualTo(OPEN / 7);
        assertThat(queue.visibleRows().get(0).reference()).isEqualTo(reference(7));
    }

    @Test
    void anApplicationDeepInTheQueueIsOpenedAndStaysSelectedAcrossAReload() {
        QueueViewModel queue = loaded();

        queue.open(reference(15_001));

        assertThat(queue.selectedReference()).isEqualTo(reference(15_001));
        assertThat(queue.visibleRows().indexOf(queue.visibleRows().get(15_000))).isEqualTo(15_000);
        queue.reload();
        assertThat(queue.selectedReference()).isEqualTo(reference(15_001));
        assertThat(queue.rowsHeld()).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void whenTheSelectedApplicationLeavesTheInboxTheNextOneIsSelectedAndSaidSo() {
        QueueViewModel queue = loaded();
        queue.open(reference(15_001));

        database.remove(15_000);
        queue.reload();

        assertThat(queue.selectedReference()).isEqualTo(reference(15_002));
        assertThat(queue.movedOnProperty().get()).contains(reference(15_001)).contains(reference(15_002));
        assertThat(queue.shownCountProperty().get()).isEqualTo(OPEN - 1);
    }

    @Test
    void aPagedQueueKeepsTheDatabasesOrderAndHasNoDenialFilter() {
        QueueViewModel queue = loaded();

        assertThat(queue.sortBy(List.of(SortKey.descending(QueueField.VALUE)))).isFalse();
        assertThat(queue.sortBy(List.of())).isTrue();
        queue.applicantDeniedOnlyProperty().set(true);
        assertThat(queue.visibleRows()).hasSize(OPEN);
        assertThat(queue.visibleRows().get(0).reference()).isEqualTo(reference(1));
    }

    @Test
    void anInboxUpToTheLimitIsStillHeldWholeAndSortable() {
        while (database.size() > QueueViewModel.DEFAULT_PAGED_ABOVE) {
            database.remove(database.size() - 1);
        }
        QueueViewModel queue = new QueueViewModel(new InboxSource() {
            @Override
            public List<QueueRow> queue(Inbox inbox, Set<ApplicationStatus> statuses) {
                return List.copyOf(database);
            }

            @Override
            public Map<Inbox, Long> counts(Set<ApplicationStatus> statuses) {
                return source.counts(statuses);
            }

            @Override
            public QueuePager pager(Inbox inbox, Set<ApplicationStatus> statuses, String text, FlagFilter flags) {
                throw new AssertionError("an inbox of 2,000 is held whole");
            }

            @Override
            public String assigneeName(String username) {
                return "";
            }
        }, statuses -> Set.of(), Set::of, new CurrentThreadTaskExecutor(), dialogs, messages);
        queue.reload();

        assertThat(queue.pagedProperty().get()).isFalse();
        assertThat(queue.sortBy(List.of(SortKey.descending(QueueField.RECEIVED)))).isTrue();
        assertThat(queue.visibleRows().get(0).receivedOn()).isAfter(queue.visibleRows().get(1999).receivedOn());
    }
}
