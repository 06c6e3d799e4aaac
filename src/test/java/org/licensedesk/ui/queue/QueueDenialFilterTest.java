package org.licensedesk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.licensedesk.ui.queue.QueueRows.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;

/** The queue's "applicant has a denial in the last 3 years" filter, without a toolkit. */
class QueueDenialFilterTest {
    private static final QueueRow BAOTOU = row("LD-2026-000001", "Baotou Rare Earth Co.", "Siemens Energy", "DE",
            "1C904.a", "1200.5", "3400000.00", 30, ApplicationStatus.SUBMITTED);
    private static final QueueRow GANZHOU = row("LD-2026-000002", "Ganzhou Magnet Ltd", "Hitachi Metals", "JP",
            "1C902.b", "80", "950000.00", 5, ApplicationStatus.UNDER_REVIEW);
    private static final QueueRow GANZHOU_LATER = row("LD-2026-000003", "Ganzhou Magnet Ltd",
            "Samsung Electro-Mechanics", "KR", "1C908.c", "15", "12000000.00", -3, ApplicationStatus.INFO_REQUESTED);
    private static final QueueRow JIANGXI = row("LD-2026-000004", "Jiangxi Copper", "Vacuumschmelze", "DE",
            "1C905.a", "500", "2000.00", 12, ApplicationStatus.APPROVED);
    private static final List<QueueRow> ALL = List.of(BAOTOU, GANZHOU, GANZHOU_LATER, JIANGXI);
    /** What the service would say: these applicants had another application denied recently. */
    private static final Set<String> DENIED_APPLICANT = Set.of("LD-2026-000002", "LD-2026-000003", "LD-2026-000004");

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Set<ApplicationStatus>> denialsAskedFor = new ArrayList<>();

    private QueueViewModel loaded() {
        QueueViewModel queue = new QueueViewModel(
                statuses -> ALL.stream().filter(row -> statuses.contains(row.status())).toList(),
                statuses -> {
                    denialsAskedFor.add(statuses);
                    return ALL.stream().filter(row -> statuses.contains(row.status()))
                            .map(QueueRow::reference).filter(DENIED_APPLICANT::contains).collect(Collectors.toSet());
                },
                new CurrentThreadTaskExecutor(), dialogs, messages);
        queue.reload();
        return queue;
    }

    private static List<String> references(QueueViewModel queue) {
        return queue.visibleRows().stream().map(QueueRow::reference).toList();
    }

    @Test
    void theDenialsAreLoadedWithTheQueueForTheSameStatuses() {
        QueueViewModel queue = loaded();

        assertThat(denialsAskedFor).containsExactly(ApplicationStatus.openStatuses());

        queue.statusChoiceProperty().set(StatusChoice.all());

        assertThat(denialsAskedFor).last().isEqualTo(StatusChoice.all().statuses());
    }

    @Test
    void switchedOnItKeepsOnlyApplicationsOfApplicantsWithARecentDenialAndTheCountsFollow() {
        QueueViewModel queue = loaded();

        queue.applicantDeniedOnlyProperty().set(true);

        assertThat(references(queue)).containsExactly("LD-2026-000002", "LD-2026-000003");
        assertThat(queue.shownCountProperty().get()).isEqualTo(2);
        assertThat(queue.totalCountProperty().get()).isEqualTo(3);

        queue.applicantDeniedOnlyProperty().set(false);

        assertThat(references(queue)).containsExactly("LD-2026-000001", "LD-2026-000002", "LD-2026-000003");
        assertThat(queue.shownCountProperty().get()).isEqualTo(3);
    }

    @Test
    void itCombinesWithTheTextFilterAndTheStatusChoice() {
        QueueViewModel queue = loaded();
        queue.applicantDeniedOnlyProperty().set(true);

        queue.filterTextProperty().set("samsung");
        assertThat(references(queue)).containsExactly("LD-2026-000003");

        queue.filterTextProperty().set("baotou");
        assertThat(references(queue)).isEmpty();
        assertThat(queue.shownCountProperty().get()).isZero();

        queue.filterTextProperty().set("");
        queue.statusChoiceProperty().set(StatusChoice.only(ApplicationStatus.APPROVED));
        assertThat(references(queue)).containsExactly("LD-2026-000004");
        assertThat(queue.totalCountProperty().get()).isEqualTo(1);
    }

    @Test
    void aSelectedRowThatIsFilteredOutGivesWayToTheFirstShown() {
        QueueViewModel queue = loaded();
        queue.select("LD-2026-000001");

        queue.applicantDeniedOnlyProperty().set(true);

        assertThat(queue.selectedReference()).isEqualTo("LD-2026-000002");
    }

    @Test
    void openingAnApplicationSwitchesTheFilterOffSoTheApplicationIsShown() {
        QueueViewModel queue = loaded();
        queue.applicantDeniedOnlyProperty().set(true);

        queue.open("LD-2026-000001");

        assertThat(queue.applicantDeniedOnlyProperty().get()).isFalse();
        assertThat(references(queue)).contains("LD-2026-000001");
        assertThat(queue.selectedReference()).isEqualTo("LD-2026-000001");
    }
}
