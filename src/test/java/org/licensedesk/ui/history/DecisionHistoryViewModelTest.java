package org.licensedesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.licensedesk.audit.ExportFormat;
import org.licensedesk.audit.ExportResult;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistoryPage;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.domain.history.SearchCancel;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.audit.LongJob;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;
import org.licensedesk.ui.task.DeferredTaskExecutor;
import org.licensedesk.ui.task.TaskExecutor;

class DecisionHistoryViewModelTest {
    private static final int PAGE = 3;

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakeBackend backend = new FakeBackend();
    private final List<String> opened = new ArrayList<>();
    private final RecordingHistoryDialogs historyDialogs = new RecordingHistoryDialogs();

    /** Seven entries, seq 1..7; every page holds three; the filter's actor keeps only odd seqs for "li.na". */
    private static final class FakeBackend implements HistoryBackend {
        final List<HistoryFilter> asked = new ArrayList<>();
        final List<HistoryFilter> exported = new ArrayList<>();
        RuntimeException failure;
        boolean cancelExport;
        final List<SearchCancel> searches = new ArrayList<>();

        private List<AuditEntry> matching(HistoryFilter filter, HistorySort sort) {
            List<AuditEntry> entries = LongStream.rangeClosed(1, 7)
                    .filter(seq -> !"li.na".equals(filter.actor()) || seq % 2 == 1)
                    .mapToObj(seq -> new AuditEntry(seq, "2026-05-0" + seq + "T01:00:00.000Z",
                            seq == 7 ? null : "EXP-2026-00000" + seq, "NOTE_ADDED", "li.na", "REVIEWER", null, null,
                            "Note " + seq, "{}", "0".repeat(64), "1".repeat(64)))
                    .collect(Collectors.toCollection(ArrayList::new));
            if (sort == HistorySort.NEWEST_FIRST) {
                java.util.Collections.reverse(entries);
            }
            return entries;
        }

        private HistoryPage from(HistoryFilter filter, HistorySort sort, long keyset) {
            if (failure != null) {
                throw failure;
            }
            asked.add(filter);
            List<AuditEntry> after = matching(filter, sort).stream()
                    .filter(e -> sort == HistorySort.NEWEST_FIRST ? e.seq() < keyset : e.seq() > keyset)
                    .collect(Collectors.toList());
            List<AuditEntry> page = after.subList(0, Math.min(PAGE, after.size()));
            return new HistoryPage(page, page.isEmpty() ? keyset : page.get(page.size() - 1).seq(),
                    after.size() > PAGE);
        }

        @Override
        public HistoryPage firstPage(HistoryFilter filter, HistorySort sort, SearchCancel cancel) {
            searches.add(cancel);
            if (cancel.cancelled()) {
                throw new CancellationException("cancelled");
            }
            return from(filter, sort, sort == HistorySort.NEWEST_FIRST ? Long.MAX_VALUE : 0);
        }

        @Override
        public HistoryPage nextPage(HistoryFilter filter, HistorySort sort, HistoryPage previous,
                SearchCancel cancel) {
            searches.add(cancel);
            if (cancel.cancelled()) {
                throw new CancellationException("cancelled");
            }
            return from(filter, sort, previous.keyset());
        }

        @Override
        public ExportResult export(HistoryFilter filter, ExportFormat format, Path target, ProgressListener progress,
                BooleanSupplier cancelled) {
            if (cancelExport) {
                throw new CancellationException("cancelled");
            }
            exported.add(filter);
            return new ExportResult(matching(filter, HistorySort.OLDEST_FIRST).size(), 7, target);
        }

        @Override
        public List<User> users() {
            return List.of(new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true),
                    new User("li.na", "Li Na", UserRole.REVIEWER, true));
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("Asia/Shanghai");
        }
    }

    private static final class RecordingHistoryDialogs implements HistoryDialogs {
        Path answer = Path.of("history.csv");
        final List<LongJob> jobs = new ArrayList<>();

        @Override
        public Optional<Path> chooseExportFile(ExportFormat format, String suggestedName) {
            return Optional.ofNullable(answer);
        }

        @Override
        public void showProgress(LongJob job) {
            jobs.add(job);
        }
    }

    private DecisionHistoryViewModel viewModel(TaskExecutor executor) {
        return new DecisionHistoryViewModel(backend, executor, dialogs, historyDialogs, messages, opened::add);
    }

    private static List<Long> seqs(DecisionHistoryViewModel viewModel) {
        return viewModel.rows().stream().map(AuditEntry::seq).collect(Collectors.toList());
    }

    @Test
    void startLoadsTheOfficialsAndTheNewestPage() {
        DecisionHistoryViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());
        viewModel.start();
        assertThat(viewModel.form().users()).extracting(User::username).containsExactly("zhao.lei", "li.na");
        assertThat(seqs(viewModel)).containsExactly(7L, 6L, 5L);
        assertThat(viewModel.moreProperty().get()).isTrue();
        assertThat(viewModel.countText().get()).isEqualTo("3 entries shown; more load as you scroll");
    }

    @Test
    void loadMoreAppendsPagesUntilTheLast() {
        DecisionHistoryViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());
        viewModel.start();
        viewModel.loadMore();
        viewModel.loadMore();
        viewModel.loadMore();
        assertThat(seqs(viewModel)).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(viewModel.moreProperty().get()).isFalse();
        assertThat(viewModel.countText().get()).isEqualTo("7 entries");
        assertThat(backend.asked).hasSize(3);
    }

    @Test
    void applyTakesTheBarsFilterAndStartsAgainFromTheTop() {
        DecisionHistoryViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());
        viewModel.start();
        viewModel.form().actorProperty().set("li.na");
        viewModel.form().actions().add(AuditAction.NOTE_ADDED);
        viewModel.form().noteTextProperty().set("  note  ");
        viewModel.form().countryProperty().set(" ");
        viewModel.apply();
        HistoryFilter asked = backend.asked.get(backend.asked.size() - 1);
        assertThat(asked.actor()).isEqualTo("li.na");
        assertThat(asked.actions()).containsExactly(AuditAction.NOTE_ADDED);
        assertThat(asked.noteText()).isEqualTo("note");
        assertThat(asked.endUserCountry()).isNull();
        assertThat(seqs(viewModel)).containsExactly(7L, 5L, 3L);
        viewModel.sortProperty().set(HistorySort.OLDEST_FIRST);
        viewModel.apply();
        assertThat(seqs(viewModel)).containsExactly(1L, 3L, 5L);
    }

    @Test
    void aPageOfAFilterAppliedSinceIsDropped() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        DecisionHistoryViewModel viewModel = viewModel(executor);
        viewModel.apply();
        viewModel.form().actorProperty().set("li.na");
        viewModel.apply();
        executor.run(1);
        executor.run(0);
        assertThat(seqs(viewModel)).containsExactly(7L, 5L, 3L);
        assertThat(viewModel.shownProperty().get().actor()).isEqualTo("li.na");
    }

    @Test
    void cancelStopsTheSlowSearchAndKeepsTheRowsShownBefore() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        DecisionHistoryViewModel viewModel = viewModel(executor);
        viewModel.apply();
        executor.run(0);
        viewModel.form().actorProperty().set("li.na");
        viewModel.apply();
        assertThat(viewModel.loadingProperty().get()).isTrue();
        viewModel.cancelLoading();
        assertThat(viewModel.loadingProperty().get()).isFalse();
        executor.run(0);
        assertThat(backend.searches.get(backend.searches.size() - 1).cancelled()).isTrue();
        assertThat(seqs(viewModel)).containsExactly(7L, 6L, 5L);
        assertThat(viewModel.shownProperty().get().actor()).isNull();
        assertThat(dialogs.errors).isEmpty();
        viewModel.apply();
        executor.run(0);
        assertThat(seqs(viewModel)).containsExactly(7L, 5L, 3L);
    }

    @Test
    void cancelWithNothingLoadingChangesNothing() {
        DecisionHistoryViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());
        viewModel.apply();
        viewModel.cancelLoading();
        viewModel.loadMore();
        assertThat(seqs(viewModel)).containsExactly(7L, 6L, 5L, 4L, 3L, 2L);
        assertThat(backend.searches).noneMatch(SearchCancel::cancelled);
    }

    @Test
    void showPutsAFilterIntoTheBarAndShowsItsEntries() {
        DecisionHistoryViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());
        HistoryFilter filter = new HistoryFilter(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), "li.na",
                EnumSet.of(AuditAction.APPROVED), ApplicationStatus.APPROVED, "Dy", "1C905", "DE", "Ganzhou",
                "magnet", Set.of("EXP-2026-000001"));
        viewModel.show(filter);
        assertThat(viewModel.form().filter()).isEqualTo(filter);
        assertThat(viewModel.form().referencesText().get()).isEqualTo("Only the entries of 1 chosen applications");
        assertThat(backend.asked).containsExactly(filter);
        viewModel.form().clearReferences();
        viewModel.clear();
        assertThat(viewModel.form().filter()).isEqualTo(HistoryFilter.ANY);
        assertThat(viewModel.form().referencesText().get()).isEmpty();
    }

    @Test
    void daysTheWrongWayRoundAreRefusedWithAnExplanation() {
        DecisionHistoryViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());
        viewModel.form().fromProperty().set(LocalDate.of(2026, 5, 10));
        viewModel.form().toProperty().set(LocalDate.of(2026, 5, 1));
        viewModel.apply();
        assertThat(backend.asked).isEmpty();
        assertThat(dialogs.errors).extracting(RecordingDialogService.Shown::title)
                .containsExactly("The days are the wrong way round");
    }

    @Test
    void aFailedLoadSaysWhatToDo() {
        backend.failure = new IllegalStateException("database gone");
        DecisionHistoryViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());
        viewModel.apply();
        assertThat(dialogs.errors).extracting(RecordingDialogService.Shown::title)
                .containsExactly("The decision history could not be loaded");
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void openShowsTheEntrysApplicationAndNothingForEntriesWithoutOne() {
        DecisionHistoryViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());
        viewModel.start();
        viewModel.open(viewModel.rows().get(1));
        viewModel.open(viewModel.rows().get(0));
        viewModel.open(null);
        assertThat(opened).containsExactly("EXP-2026-000006");
    }

    @Test
    void exportWritesWhatTheShownFilterMatchesWithProgress() {
        DecisionHistoryViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());
        viewModel.form().actorProperty().set("li.na");
        viewModel.apply();
        viewModel.form().actorProperty().set("zhao.lei");
        viewModel.export(ExportFormat.CSV, "history.csv");
        assertThat(backend.exported).extracting(HistoryFilter::actor).containsExactly("li.na");
        assertThat(historyDialogs.jobs).hasSize(1);
        assertThat(historyDialogs.jobs.get(0).runningProperty().get()).isFalse();
        assertThat(dialogs.informations).extracting(RecordingDialogService.Shown::message)
                .containsExactly("4 entries were exported to history.csv.");
    }

    @Test
    void aCancelledOrUnchosenExportWritesNothing() {
        DecisionHistoryViewModel viewModel = viewModel(new CurrentThreadTaskExecutor());
        historyDialogs.answer = null;
        viewModel.export(ExportFormat.JSON, "history.json");
        assertThat(historyDialogs.jobs).isEmpty();
        historyDialogs.answer = Path.of("history.json");
        backend.cancelExport = true;
        viewModel.export(ExportFormat.JSON, "history.json");
        assertThat(backend.exported).isEmpty();
        assertThat(dialogs.informations).extracting(RecordingDialogService.Shown::title)
                .containsExactly("Export cancelled");
    }
}
