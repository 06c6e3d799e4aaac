package org.licensedesk.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.Disposition;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.workflow.DispositionRefusedException;
import org.licensedesk.screening.ListFormat;
import org.licensedesk.screening.ListImportResult;
import org.licensedesk.screening.ScreeningRefusedException;
import org.licensedesk.screening.ThresholdChange;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;

/** The Screening tab's and the supervisors' screening commands' view models, without a toolkit. */
class ScreeningViewModelTest {
    private static final String REF = "EXP-2026-004211";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final Instant AT = Instant.parse("2026-03-05T02:00:00Z");

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<ScreeningHit> stored = new ArrayList<>(List.of(hit(null)));
    private final List<String> notesAsked = new ArrayList<>();
    private Optional<String> refusal = Optional.empty();
    private Optional<String> noteAnswer = Optional.of("Different registration number.");
    private int changes;

    private final List<String> othersShown = new ArrayList<>();

    private static ScreeningHit hit(Disposition disposition) {
        return hit("TNK Trading International SA", disposition);
    }

    private static ScreeningHit hit(String consignee, Disposition disposition) {
        return new ScreeningHit(REF, ScreenedParty.CONSIGNEE, consignee, 1L, "CSL|28603", "CSL",
                "TNK Trading International S.A.", null, "Sectoral Sanctions Identifications List (SSI)",
                "UKRAINE-EO13662", 100, AT, disposition);
    }

    private final ScreeningBackend backend = new ScreeningBackend() {
        @Override
        public List<ScreeningHit> hits(String reference) {
            return List.copyOf(stored);
        }

        @Override
        public Optional<String> dispositionRefusal(User user, String reference) {
            return refusal;
        }

        @Override
        public ScreeningHit dispose(User user, String reference, ScreenedParty party, String partyName,
                String entryKey, ScreeningDisposition verdict, String note) {
            if (note.equals("refuse")) {
                throw new DispositionRefusedException("Only the assignee (wang.fang) may record a disposition.");
            }
            ScreeningHit disposed = hit(partyName, new Disposition(verdict, note, user.username(), AT));
            for (int i = 0; i < stored.size(); i++) {
                if (stored.get(i).partyName().equals(partyName)) {
                    stored.set(i, disposed);
                }
            }
            return disposed;
        }
    };

    private ScreeningViewModel viewModel() {
        ScreeningViewModel[] made = new ScreeningViewModel[1];
        made[0] = new ScreeningViewModel(backend, LI_NA, new CurrentThreadTaskExecutor(), dialogs, messages,
                (hit, othersOnEntry, verdict) -> {
                    notesAsked.add(verdict.name());
                    othersOnEntry.forEach(other -> othersShown.add(other.partyName()));
                    return noteAnswer;
                }, () -> {
                    changes++;
                    made[0].reload();
                });
        return made[0];
    }

    @Test
    void theAssigneeRecordsADispositionAfterWritingTheNote() {
        ScreeningViewModel viewModel = viewModel();
        viewModel.show(REF);
        assertThat(viewModel.undisposedCount()).isEqualTo(1);
        assertThat(viewModel.canDispose(viewModel.hits().get(0))).isTrue();

        viewModel.dispose(viewModel.hits().get(0), ScreeningDisposition.FALSE_POSITIVE);

        assertThat(notesAsked).containsExactly("FALSE_POSITIVE");
        assertThat(changes).isEqualTo(1);
        assertThat(viewModel.undisposedCount()).isZero();
        assertThat(viewModel.canDispose(viewModel.hits().get(0))).as("a disposition is recorded once").isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void twoConsigneesOnOneEntryEachNeedTheirOwnVerdictAndTheDialogSaysSo() {
        stored.add(hit("TNK Trading Intl S.A. (Geneva)", null));
        ScreeningViewModel viewModel = viewModel();
        viewModel.show(REF);
        assertThat(viewModel.undisposedCount()).isEqualTo(2);

        viewModel.dispose(viewModel.hits().get(1), ScreeningDisposition.FALSE_POSITIVE);

        assertThat(othersShown).containsExactly("TNK Trading International SA");
        assertThat(viewModel.hits().get(1).isDisposed()).isTrue();
        assertThat(viewModel.hits().get(0).isDisposed()).as("the other consignee's hit keeps waiting").isFalse();
        assertThat(viewModel.undisposedCount()).isEqualTo(1);
        assertThat(viewModel.canDispose(viewModel.hits().get(0))).isTrue();
    }

    @Test
    void someoneElseIsNotOfferedADispositionAndACancelledNoteRecordsNothing() {
        refusal = Optional.of("Only the assignee (wang.fang) may record a disposition.");
        ScreeningViewModel viewModel = viewModel();
        viewModel.show(REF);
        assertThat(viewModel.mayDisposeProperty().get()).isFalse();
        viewModel.dispose(viewModel.hits().get(0), ScreeningDisposition.TRUE_MATCH);
        assertThat(notesAsked).isEmpty();

        refusal = Optional.empty();
        noteAnswer = Optional.empty();
        viewModel.reload();
        viewModel.dispose(viewModel.hits().get(0), ScreeningDisposition.TRUE_MATCH);
        assertThat(notesAsked).containsExactly("TRUE_MATCH");
        assertThat(changes).isZero();
        assertThat(viewModel.undisposedCount()).isEqualTo(1);
    }

    @Test
    void aRefusalIsExplainedAndNothingChanges() {
        noteAnswer = Optional.of("refuse");
        ScreeningViewModel viewModel = viewModel();
        viewModel.show(REF);

        viewModel.dispose(viewModel.hits().get(0), ScreeningDisposition.FALSE_POSITIVE);

        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo(messages.get("screening.disposition.failed.title"));
            assertThat(error.message()).contains("Only the assignee (wang.fang)");
        });
        assertThat(changes).isZero();
    }

    /** The supervisors' commands, with a backend that remembers what it was asked. */
    private final List<String> calls = new ArrayList<>();
    private final ScreeningToolsBackend tools = new ScreeningToolsBackend() {
        @Override
        public int threshold() {
            return 85;
        }

        @Override
        public ThresholdChange setThreshold(int threshold, User by) {
            calls.add("threshold " + threshold + " by " + by.username());
            if (by.role() != UserRole.SUPERVISOR) {
                throw new ScreeningRefusedException("Only a supervisor may change the screening threshold.");
            }
            return new ThresholdChange(85, threshold, 40, 3);
        }

        @Override
        public ListImportResult importList(ListFormat format, List<Path> files, User by) {
            calls.add(format + " " + files);
            return new ListImportResult(format, format.source(), List.of("sdn.csv", "alt.csv"), 7379, 9680, 7379, 40,
                    3);
        }
    };

    private ScreeningToolsViewModel toolsViewModel(User user, Optional<Integer> threshold,
            Optional<ListFormat> format) {
        return new ScreeningToolsViewModel(tools, user, new CurrentThreadTaskExecutor(), dialogs, messages,
                new ScreeningToolDialogs() {
                    @Override
                    public Optional<Integer> askThreshold(int current, int min, int max) {
                        calls.add("asked " + current + " in " + min + ".." + max);
                        return threshold;
                    }

                    @Override
                    public Optional<ListFormat> askListFormat() {
                        return format;
                    }
                }, () -> changes++);
    }

    @Test
    void aSupervisorChangesTheThresholdAndIsToldWhatTheRescreeningFound() {
        toolsViewModel(ZHAO_LEI, Optional.of(92), Optional.empty()).changeThreshold();

        assertThat(calls).containsExactly("asked 85 in 50..100", "threshold 92 by zhao.lei");
        assertThat(dialogs.informations).singleElement().satisfies(shown ->
                assertThat(shown.message()).contains("92").contains("40").contains("3"));
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void aReviewerHasNoScreeningCommands() {
        ScreeningToolsViewModel viewModel = toolsViewModel(LI_NA, Optional.of(92), Optional.of(ListFormat.CSL));
        assertThat(viewModel.isAvailable()).isFalse();

        viewModel.changeThreshold();
        viewModel.importList();

        assertThat(calls).isEmpty();
        assertThat(dialogs.fileChoosers).isEmpty();
    }

    @Test
    void anOfacImportAsksForSeveralFilesAndReportsTheCounts() {
        List<Path> files = List.of(Path.of("sdn.csv"), Path.of("alt.csv"));
        dialogs.fileAnswers.add(files);

        toolsViewModel(ZHAO_LEI, Optional.empty(), Optional.of(ListFormat.OFAC)).importList();

        assertThat(dialogs.fileChoosers).containsExactly(messages.get("screening.import.chooser.ofac"));
        assertThat(calls).containsExactly("OFAC " + files);
        assertThat(dialogs.informations).singleElement().satisfies(shown ->
                assertThat(shown.message()).contains("7,379").contains("40"));
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void aMofcomImportAsksForOneCsvOfTheControlAndWatchLists() {
        List<Path> files = List.of(Path.of("mofcom.csv"));
        dialogs.fileAnswers.add(files);

        toolsViewModel(ZHAO_LEI, Optional.empty(), Optional.of(ListFormat.MOFCOM)).importList();

        assertThat(dialogs.fileChoosers).containsExactly(messages.get("screening.import.chooser.mofcom"));
        assertThat(calls).containsExactly("MOFCOM " + files);
        assertThat(changes).isEqualTo(1);
    }
}
