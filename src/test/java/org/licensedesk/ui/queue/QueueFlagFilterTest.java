package org.licensedesk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.licensedesk.ui.queue.QueueRows.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.flags.FlagColour;
import org.licensedesk.domain.flags.FlagMark;
import org.licensedesk.domain.flags.FlagSubject;
import org.licensedesk.queue.QueueField;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;

/**
 * The queue's choice by risk flag (issue 13) on a queue held whole (filtered here) and on a paged one (asked of the
 * database, through the pager), with the counts the status bar shows; the flag column's sort and tooltip text.
 */
class QueueFlagFilterTest {
    private static final FlagMark.OpenFlag AMBER = new FlagMark.OpenFlag(FlagColour.AMBER, FlagSubject.APPLICATION,
            false, "Regulations Arts. 15, 16(2), 20: general licence");
    private static final FlagMark.OpenFlag RED_BLOCKING = new FlagMark.OpenFlag(FlagColour.RED,
            FlagSubject.END_USER, true, "Bureau instruction 7: large values looked at twice");
    private static final QueueRow PLAIN = row("EXP-2026-000001", "Baotou", "Siemens", "DE", "1C904.a", "1", "1",
            30, ApplicationStatus.SUBMITTED);
    private static final QueueRow FLAGGED = row("EXP-2026-000002", "Ganzhou", "Hitachi", "JP", "1C902.b", "1", "1",
            5, ApplicationStatus.UNDER_REVIEW).withFlags(FlagMark.of(List.of(AMBER)));
    private static final QueueRow BLOCKED = row("EXP-2026-000003", "Xiamen", "Samsung", "KR", "1C908.c", "1", "1",
            -3, ApplicationStatus.UNDER_REVIEW).withFlags(FlagMark.of(List.of(AMBER, RED_BLOCKING)));
    private static final List<QueueRow> ALL = List.of(PLAIN, FLAGGED, BLOCKED);

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();

    private static List<String> references(QueueViewModel queue) {
        return queue.visibleRows().stream().map(QueueRow::reference).toList();
    }

    @Test
    void aQueueHeldWholeKeepsFlaggedOrBlockedRowsAndCountsThem() {
        QueueViewModel queue = new QueueViewModel(statuses -> ALL, statuses -> Set.of(),
                new CurrentThreadTaskExecutor(), dialogs, messages);
        queue.reload();
        assertThat(queue.shownCountProperty().get()).isEqualTo(3);

        queue.flagFilterProperty().set(FlagFilter.FLAGGED);
        assertThat(references(queue)).containsExactly(FLAGGED.reference(), BLOCKED.reference());
        assertThat(queue.shownCountProperty().get()).isEqualTo(2);
        assertThat(queue.totalCountProperty().get()).isEqualTo(3);

        queue.nextFlagFilter();
        assertThat(queue.flagFilterProperty().get()).isEqualTo(FlagFilter.BLOCKING);
        assertThat(references(queue)).containsExactly(BLOCKED.reference());
        assertThat(queue.selectedReference()).isEqualTo(BLOCKED.reference());

        queue.nextFlagFilter();
        assertThat(queue.flagFilterProperty().get()).isEqualTo(FlagFilter.ALL);
        assertThat(references(queue)).hasSize(3);

        queue.flagFilterProperty().set(FlagFilter.BLOCKING);
        queue.open(PLAIN.reference());
        assertThat(queue.flagFilterProperty().get()).as("opening an application clears the filters")
                .isEqualTo(FlagFilter.ALL);
        assertThat(queue.selectedReference()).isEqualTo(PLAIN.reference());
    }

    @Test
    void aPagedQueueAsksThePagerForTheFlagFilterAndCountsWhatItFinds() {
        List<FlagFilter> asked = new ArrayList<>();
        InboxSource source = new InboxSource() {
            @Override
            public List<QueueRow> queue(org.licensedesk.queue.Inbox inbox, Set<ApplicationStatus> statuses) {
                throw new AssertionError("a paged inbox must not be loaded whole");
            }

            @Override
            public java.util.Map<org.licensedesk.queue.Inbox, Long> counts(Set<ApplicationStatus> statuses) {
                java.util.Map<org.licensedesk.queue.Inbox, Long> counts = new java.util.EnumMap<>(
                        org.licensedesk.queue.Inbox.class);
                for (org.licensedesk.queue.Inbox inbox : org.licensedesk.queue.Inbox.values()) {
                    counts.put(inbox, (long) ALL.size());
                }
                return counts;
            }

            @Override
            public QueuePager pager(org.licensedesk.queue.Inbox inbox, Set<ApplicationStatus> statuses, String text,
                    FlagFilter flags) {
                asked.add(flags);
                return QueuePager.of(ALL.stream().filter(row -> flags.keeps(row.flags())).toList());
            }

            @Override
            public String assigneeName(String username) {
                return "";
            }
        };
        QueueViewModel queue = new QueueViewModel(source, statuses -> Set.of(), Set::of,
                new CurrentThreadTaskExecutor(), dialogs, messages, 2, 2);
        queue.reload();
        assertThat(queue.pagedProperty().get()).isTrue();

        queue.flagFilterProperty().set(FlagFilter.BLOCKING);

        assertThat(asked).containsExactly(FlagFilter.ALL, FlagFilter.BLOCKING);
        assertThat(queue.shownCountProperty().get()).isEqualTo(1);
        assertThat(queue.totalCountProperty().get()).isEqualTo(3);
        assertThat(queue.visibleRows().get(0).reference()).isEqualTo(BLOCKED.reference());
    }

    @Test
    void theFlagColumnSortsLoudestFirstAndItsTooltipListsEachOpenFlag() {
        assertThat(ALL.stream().sorted(QueueField.FLAGS.ascending()).map(QueueRow::reference))
                .containsExactly(BLOCKED.reference(), FLAGGED.reference(), PLAIN.reference());
        assertThat(BLOCKED.flags().worst()).isEqualTo(FlagColour.RED);
        assertThat(org.licensedesk.ui.flags.FlagTexts.describe(messages, BLOCKED.flags())).isEqualTo("Blocks the approval until cleared\n"
                + "Amber flag on the application: Regulations Arts. 15, 16(2), 20: general licence\n"
                + "Red flag on the end user (blocks the approval): Bureau instruction 7: large values looked at twice");
    }
}
