package org.licensedesk.ui.queue;

import org.licensedesk.queue.QueueField;
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
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;
import org.licensedesk.ui.task.DeferredTaskExecutor;
import org.licensedesk.ui.task.TaskExecutor;

/** The queue's filtering, sorting and selection, without a toolkit: the tasks run on the test's thread. */
class QueueViewModelTest {
    private static final QueueRow BAOTOU = row("LD-2026-000001", "Baotou Rare Earth Co.", "Siemens Energy", "DE",
            "1C904.a", "1200.5", "3400000.00", 30, ApplicationStatus.SUBMITTED);
    private static final QueueRow GANZHOU = QueueRows.withLocalName(row("LD-2026-000002", "Ganzhou Magnet Ltd",
            "Hitachi Metals", "JP", "1C902.b", "80", "950000.00", 5, ApplicationStatus.UNDER_REVIEW), "赣州磁材有限公司");
    private static final QueueRow XIAMEN = row("LD-2026-000003", "Xiamen Tungsten", "Samsung Electro-Mechanics",
            "KR", "1C908.c", "15", "12000000.00", -3, ApplicationStatus.INFO_REQUESTED);
    private static final QueueRow JIANGXI = row("LD-2026-000004", "Jiangxi Copper", "Vacuumschmelze", "DE",
            "1C905.a", "500", "2000.00", 12, ApplicationStatus.APPROVED);
    private static final List<QueueRow> ALL = List.of(BAOTOU, GANZHOU, XIAMEN, JIANGXI);

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Set<ApplicationStatus>> requested = new ArrayList<>();

    private QueueViewModel loaded() {
        QueueViewModel queue = viewModel(new CurrentThreadTaskExecutor());
        queue.reload();
        return queue;
    }

    private QueueViewModel viewModel(TaskExecutor executor) {
        QueueSource source = statuses -> {
            requested.add(statuses);
            return ALL.stream().filter(row -> statuses.contains(row.status())).toList();
        };
        return new QueueViewModel(source, statuses -> Set.of(), executor, dialogs, messages);
    }

    private static List<String> references(QueueViewModel queue) {
        return queue.visibleRows().stream().map(QueueRow::reference).toList();
    }

    @Test
    void loadsTheOpenApplicationsByDefaultAndSelectsTheFirst() {
        QueueViewModel queue = loaded();

        assertThat(requested).containsExactly(ApplicationStatus.openStatuses());
        assertThat(references(queue)).containsExactly("LD-2026-000001", "LD-2026-000002", "LD-2026-000003");
        assertThat(queue.selectedReference()).isEqualTo("LD-2026-000001");
        assertThat(queue.loadingProperty().get()).isFalse();
    }

    @Test
    void filterMatchesEachSearchedFieldIgnoringCase() {
        QueueViewModel queue = loaded();

        assertFilter(queue, "000002", GANZHOU);
        assertFilter(queue, "GANZHOU magnet", GANZHOU);
        assertFilter(queue, "samsung", XIAMEN);
        assertFilter(queue, "kr", XIAMEN);
        assertFilter(queue, "1c904", BAOTOU);
        assertFilter(queue, "  siemens   baotou ", BAOTOU);
    }

    @Test
    void filterFindsAFragmentOfTheApplicantsChineseNameAsTheDatabasesWordIndexDoes() {
        QueueViewModel queue = loaded();

        assertFilter(queue, "赣州", GANZHOU);
        assertFilter(queue, "磁材", GANZHOU);
        assertFilter(queue, "有限公司 hitachi", GANZHOU);
        queue.filterTextProperty().set("包头");
        assertThat(queue.visibleRows()).isEmpty();
    }

    @Test
    void filterDoesNotSearchOtherFieldsNorAcrossFields() {
        QueueViewModel queue = loaded();

        queue.filterTextProperty().set("dy");
        assertThat(queue.visibleRows()).isEmpty();
        queue.filterTextProperty().set("metalsjp");
        assertThat(queue.visibleRows()).isEmpty();
    }

    private static void assertFilter(QueueViewModel queue, String filter, QueueRow expected) {
        queue.filterTextProperty().set(filter);
        assertThat(queue.visibleRows()).as("filter '%s'", filter).containsExactly(expected);
    }

    @Test
    void countsShowTheFilteredAndTheLoadedRows() {
        QueueViewModel queue = loaded();
        assertThat(queue.shownCountProperty().get()).isEqualTo(3);
        assertThat(queue.totalCountProperty().get()).isEqualTo(3);

        queue.filterTextProperty().set("xiamen");

        assertThat(queue.shownCountProperty().get()).isEqualTo(1);
        assertThat(queue.totalCountProperty().get()).isEqualTo(3);
    }

    @Test
    void statusFilterLoadsThoseStatuses() {
        QueueViewModel queue = loaded();

        queue.statusChoiceProperty().set(StatusChoice.only(ApplicationStatus.APPROVED));
        assertThat(queue.visibleRows()).containsExactly(JIANGXI);

        queue.statusChoiceProperty().set(StatusChoice.all());
        assertThat(queue.visibleRows()).containsExactlyElementsOf(ALL);
        assertThat(queue.totalCountProperty().get()).isEqualTo(4);
    }

    @Test
    void statusChoicesStartWithAllOpenAndEndWithAll() {
        List<StatusChoice> choices = loaded().statusChoices();

        assertThat(choices.get(0)).isEqualTo(StatusChoice.allOpen());
        assertThat(choices.get(choices.size() - 1)).isEqualTo(StatusChoice.all());
        assertThat(choices).hasSize(ApplicationStatus.values().length + 2);
    }

    @Test
    void sortsByDaysLeftAsNumbers() {
        QueueViewModel queue = loaded();

        queue.sortBy(List.of(SortKey.ascending(QueueField.DAYS_LEFT)));
        assertThat(queue.visibleRows()).containsExactly(XIAMEN, GANZHOU, BAOTOU);

        queue.sortBy(List.of(SortKey.descending(QueueField.DAYS_LEFT)));
        assertThat(queue.visibleRows()).containsExactly(BAOTOU, GANZHOU, XIAMEN);
    }

    @Test
    void sortsByValueAsNumbersNotText() {
        QueueViewModel queue = loaded();

        queue.sortBy(List.of(SortKey.ascending(QueueField.VALUE)));

        assertThat(queue.visibleRows()).containsExactly(GANZHOU, BAOTOU, XIAMEN);
    }

    @Test
    void filteringKeepsTheSortAndNoSortKeepsTheServiceOrder() {
        QueueViewModel queue = loaded();
        queue.sortBy(List.of(SortKey.descending(QueueField.VALUE)));

        queue.filterTextProperty().set("ltd co");
        queue.filterTextProperty().set("");
        assertThat(queue.visibleRows()).containsExactly(XIAMEN, BAOTOU, GANZHOU);

        queue.sortBy(List.of());
        assertThat(queue.visibleRows()).containsExactly(BAOTOU, GANZHOU, XIAMEN);
    }

    @Test
    void selectionIsKeptAcrossSortFilterAndReload() {
        QueueViewModel queue = loaded();
        queue.select("LD-2026-000002");

        queue.sortBy(List.of(SortKey.descending(QueueField.VALUE)));
        queue.filterTextProperty().set("LD-2026");
        queue.reload();

        assertThat(queue.selectedReference()).isEqualTo("LD-2026-000002");
    }

    @Test
    void selectionMovesToTheFirstRowWhenTheFilterHidesItAndClearsWhenNothingMatches() {
        QueueViewModel queue = loaded();
        queue.select("LD-2026-000002");

        queue.filterTextProperty().set("xiamen");
        assertThat(queue.selectedReference()).isEqualTo("LD-2026-000003");

        queue.filterTextProperty().set("no such applicant");
        assertThat(queue.selectedReference()).isNull();
    }

    @Test
    void aLoadOvertakenByANewerOneIsDropped() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        QueueViewModel queue = viewModel(executor);
        queue.statusChoiceProperty().set(StatusChoice.all());
        queue.statusChoiceProperty().set(StatusChoice.only(ApplicationStatus.APPROVED));

        executor.run(1);
        executor.run(0);

        assertThat(queue.visibleRows()).containsExactly(JIANGXI);
        assertThat(queue.loadingProperty().get()).isFalse();
    }

    @Test
    void aFailedLoadTellsTheUserWhatHappenedAndWhatToDo() {
        QueueViewModel queue = new QueueViewModel(statuses -> {
            throw new IllegalStateException("The database file is locked by another program.");
        }, statuses -> Set.of(), new CurrentThreadTaskExecutor(), dialogs, messages);

        queue.reload();

        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo(messages.get("queue.loadFailed.title"));
            assertThat(error.message()).isEqualTo("The database file is locked by another program.");
            assertThat(error.whatToDo()).contains("F5");
        });
        assertThat(queue.loadingProperty().get()).isFalse();
    }

    @Test
    void openingAClosedApplicationWidensTheStatusesAndSelectsIt() {
        QueueViewModel queue = loaded();
        queue.filterTextProperty().set("Ganzhou");

        queue.open("LD-2026-000004");

        assertThat(queue.filterTextProperty().get()).isEmpty();
        assertThat(queue.statusChoiceProperty().get()).isEqualTo(StatusChoice.all());
        assertThat(queue.selectedReference()).isEqualTo("LD-2026-000004");
    }

    @Test
    void openingAShownApplicationOnlySelectsIt() {
        QueueViewModel queue = loaded();

        queue.open("LD-2026-000003");

        assertThat(queue.statusChoiceProperty().get()).isEqualTo(StatusChoice.allOpen());
        assertThat(queue.selectedReference()).isEqualTo("LD-2026-000003");
        assertThat(requested).hasSize(1);
    }
}
