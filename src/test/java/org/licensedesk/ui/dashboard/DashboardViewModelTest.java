package org.licensedesk.ui.dashboard;

import java.math.BigDecimal;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.QueueRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.dashboard.Dashboard;
import org.licensedesk.dashboard.Trace;
import org.licensedesk.domain.dashboard.DashboardPeriod;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;

class DashboardViewModelTest {
    private static final Messages MESSAGES = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final HistoryFilter MARCH = HistoryFilter.ANY.withDays(LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 31));

    @TempDir
    Path folder;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakeSource source = new FakeSource();
    private final List<HistoryFilter> opened = new ArrayList<>();
    private final List<ApplicationList> listed = new ArrayList<>();
    private Path chosenFile;
    private final List<String> suggestedNames = new ArrayList<>();

    private DashboardViewModel viewModel() {
        DashboardDialogs files = suggested -> {
            suggestedNames.add(suggested);
            return Optional.ofNullable(chosenFile);
        };
        return new DashboardViewModel(source, new CurrentThreadTaskExecutor(), dialogs, files, MESSAGES, opened::add,
                listed::add);
    }

    @Test
    void startsOnTheDefaultPeriodAndOffersTwoYearsOfMonths() {
        DashboardViewModel viewModel = viewModel();

        assertThat(viewModel.period()).isEqualTo(DashboardPeriod.lastMonths(6, TODAY));
        assertThat(viewModel.months()).hasSize(24).endsWith(YearMonth.of(2026, 3))
                .startsWith(YearMonth.of(2024, 4));
    }

    @Test
    void refreshComputesTheChosenPeriodAndSaysWhatTheFiguresAreFor() {
        DashboardViewModel viewModel = viewModel();
        viewModel.fromProperty().set(YearMonth.of(2026, 1));

        viewModel.refresh();

        assertThat(source.periods).containsExactly(new DashboardPeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 3)));
        assertThat(viewModel.dashboard().period()).isEqualTo(source.periods.get(0));
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.progressProperty().get()).isEqualTo(1.0);
        assertThat(viewModel.statusProperty().get()).isEqualTo(MESSAGES.format("dashboard.status", "2026-01-01",
                "2026-03-31", "2026-03-20"));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void choosingAStartAfterTheEndMovesTheEndAlongAndBack() {
        DashboardViewModel viewModel = viewModel();

        viewModel.toProperty().set(YearMonth.of(2025, 8));
        assertThat(viewModel.period()).isEqualTo(new DashboardPeriod(YearMonth.of(2025, 8), YearMonth.of(2025, 8)));

        viewModel.fromProperty().set(YearMonth.of(2026, 2));
        assertThat(viewModel.period()).isEqualTo(new DashboardPeriod(YearMonth.of(2026, 2), YearMonth.of(2026, 2)));
    }

    @Test
    void aFailedRefreshSaysWhatToDoAndKeepsTheLastFigures() {
        DashboardViewModel viewModel = viewModel();
        viewModel.refresh();
        Dashboard shown = viewModel.dashboard();
        source.failure = new IllegalStateException("The database file is locked.");

        viewModel.refresh();

        assertThat(viewModel.dashboard()).isSameAs(shown);
        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo(MESSAGES.get("dashboard.failed.title"));
            assertThat(error.whatToDo()).isEqualTo(MESSAGES.get("dashboard.failed.whatToDo"));
        });
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void aFigureOfDecisionsOpensTheirHistory() {
        DashboardViewModel viewModel = viewModel();

        viewModel.open(new Trace.Entries(MARCH));

        assertThat(opened).containsExactly(MARCH);
        assertThat(listed).isEmpty();
        assertThat(dialogs.informations).isEmpty();
    }

    @Test
    void anAgeBarOpensTheApplicationsItCountsNotTheirAuditEntries() {
        DashboardViewModel viewModel = viewModel();

        viewModel.open(new Trace.OpenAged(46, Integer.MAX_VALUE, TODAY));

        assertThat(opened).isEmpty();
        assertThat(listed).singleElement().satisfies(list -> {
            assertThat(list.rows()).extracting(QueueRow::reference).containsExactly("EXP-2026-000001");
            assertThat(list.title()).isEqualTo(MESSAGES.format("dashboard.applications.title",
                    MESSAGES.format("dashboard.age.over", 45), 1));
        });
    }

    @Test
    void anAgeBarWithNoApplicationsLeftSaysSo() {
        DashboardViewModel viewModel = viewModel();

        viewModel.open(new Trace.OpenAged(0, 10, TODAY));

        assertThat(listed).isEmpty();
        assertThat(dialogs.informations).singleElement()
                .extracting(RecordingDialogService.Shown::title).isEqualTo(MESSAGES.get("dashboard.trace.none.title"));
    }

    @Test
    void aFigureWithNoApplicationsLeftSaysSoInsteadOfOpeningTheWholeHistory() {
        DashboardViewModel viewModel = viewModel();

        viewModel.open(new Trace.Decisions(TODAY, TODAY, false));

        assertThat(opened).isEmpty();
        assertThat(dialogs.informations).singleElement()
                .extracting(RecordingDialogService.Shown::title).isEqualTo(MESSAGES.get("dashboard.trace.none.title"));
    }

    @Test
    void savingWritesThePictureAsPngWhereTheUserChose() throws Exception {
        DashboardViewModel viewModel = viewModel();
        chosenFile = folder.resolve("weekly.png");

        viewModel.save("decisions-per-week", () -> new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB));

        assertThat(suggestedNames).containsExactly("licensedesk-decisions-per-week-2025-10-to-2026-03.png");
        byte[] png = Files.readAllBytes(chosenFile);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(viewModel.statusProperty().get()).isEqualTo(MESSAGES.format("dashboard.saved", chosenFile));
    }

    @Test
    void cancellingTheFileChooserTakesNoPicture() {
        DashboardViewModel viewModel = viewModel();

        viewModel.save("open-by-age", () -> {
            throw new AssertionError("no picture is taken when nothing is saved");
        });

        assertThat(suggestedNames).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aPictureThatCannotBeWrittenSaysWhatToDo() {
        DashboardViewModel viewModel = viewModel();
        chosenFile = folder.resolve("no such folder").resolve("chart.png");

        viewModel.save("open-by-age", () -> new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB));

        assertThat(dialogs.errors).singleElement().extracting(RecordingDialogService.Shown::whatToDo)
                .isEqualTo(MESSAGES.get("dashboard.save.failed.whatToDo"));
    }

    /** Empty figures for any period; the open-age trace names one application, decisions none. */
    private static final class FakeSource implements DashboardSource {
        final List<DashboardPeriod> periods = new ArrayList<>();
        RuntimeException failure;

        @Override
        public DashboardPeriod defaultPeriod() {
            return DashboardPeriod.lastMonths(6, TODAY);
        }

        @Override
        public Dashboard dashboard(DashboardPeriod period, ProgressListener progress) {
            if (failure != null) {
                throw failure;
            }
            periods.add(period);
            progress.update(1, 2);
            progress.update(2, 2);
            return new Dashboard(period, TODAY, List.of(), List.of(), List.of(), List.of(), List.of(),
                    new Dashboard.DecisionDurations(0, OptionalDouble.empty(), new Trace.Entries(MARCH), List.of()));
        }

        @Override
        public Optional<HistoryFilter> historyFilter(Trace trace) {
            if (trace instanceof Trace.Entries entries) {
                return Optional.of(entries.filter());
            }
            return Optional.empty();
        }

        @Override
        public List<QueueRow> openApplications(Trace.OpenAged aged) {
            return aged.fromDays() > 45 ? List.of(overdue("EXP-2026-000001")) : List.of();
        }
    }

    private static QueueRow overdue(String reference) {
        LocalDate received = LocalDate.of(2026, 8, 3);
        return new QueueRow(reference, "Ganzhou Rare Earth Minerals", "Dy", "1C905.b", "Severn Metals", "GB",
                new BigDecimal("500"), new BigDecimal("156250"), received, ApplicationStatus.UNDER_REVIEW, "li.na",
                new Deadline(received.plusDays(63), -30, false), false);
    }
}
