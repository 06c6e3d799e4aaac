package org.licensedesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.licensedesk.audit.AuditCheckpoints;
import org.licensedesk.audit.AuditScope;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.audit.ExportResult;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;

/** Export and verification as the official sees them, without a toolkit. */
class AuditToolsViewModelTest {
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<AuditExportForm> exportForms = new ArrayList<>();
    private final List<LongJob> jobs = new ArrayList<>();
    private final List<AuditScope> exported = new ArrayList<>();
    private ChainVerification verification;
    private boolean cancelOnFirstProgress;

    private final AuditBackend backend = new AuditBackend() {
        @Override
        public ExportResult export(AuditScope scope, Path target, User exportedBy, ProgressListener progress,
                BooleanSupplier cancelled) {
            exported.add(scope);
            progress.update(500, 1000);
            if (cancelOnFirstProgress) {
                jobs.get(0).cancel();
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            progress.update(1000, 1000);
            return new ExportResult(1000, 1200, target);
        }

        @Override
        public ChainVerification verifyDatabase(ProgressListener progress, BooleanSupplier cancelled) {
            return verification;
        }

        @Override
        public ChainVerification verifyFile(Path file, ProgressListener progress, BooleanSupplier cancelled) {
            return verification;
        }

        @Override
        public List<User> users() {
            return List.of(ZHAO_LEI);
        }

        @Override
        public AuditCheckpoints.Taken takeCheckpoint(User supervisor, Path target) {
            checkpointsTaken.add(supervisor.username() + " -> " + target);
            if (checkpointFailure != null) {
                throw checkpointFailure;
            }
            return new AuditCheckpoints.Taken(42, "ab".repeat(32), target, true);
        }
    };
    private final List<String> checkpointsTaken = new ArrayList<>();
    private RuntimeException checkpointFailure;

    @Test
    void aCheckpointIsSavedWhereTheSupervisorChoseAndSaysWhichEntryItVouchesFor() {
        dialogs.fileAnswers.add(List.of(Path.of("/tmp/cp.json")));

        viewModel().takeCheckpoint();

        assertThat(checkpointsTaken).containsExactly("zhao.lei -> /tmp/cp.json");
        assertThat(dialogs.informations).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo(messages.get("checkpoint.done.title"));
            assertThat(shown.message()).contains("42", "/tmp/cp.json");
        });
    }

    @Test
    void noFileChosenTakesNoCheckpointAndARefusalIsShownAsAnError() {
        dialogs.fileAnswers.add(List.of());
        viewModel().takeCheckpoint();
        assertThat(checkpointsTaken).isEmpty();

        checkpointFailure = new IllegalStateException("Only an active supervisor may take an audit checkpoint.");
        dialogs.fileAnswers.add(List.of(Path.of("/tmp/cp.json")));
        viewModel().takeCheckpoint();

        assertThat(dialogs.errors).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo(messages.get("checkpoint.failed.title"));
            assertThat(shown.whatToDo()).isEqualTo(messages.get("checkpoint.failed.whatToDo"));
        });
        assertThat(dialogs.informations).isEmpty();
    }

    private AuditToolsViewModel viewModel() {
        return new AuditToolsViewModel(backend, ZHAO_LEI, new CurrentThreadTaskExecutor(), dialogs, messages,
                new AuditDialogs() {
                    @Override
                    public void showExport(AuditExportForm form) {
                        exportForms.add(form);
                    }

                    @Override
                    public void showProgress(LongJob job) {
                        jobs.add(job);
                    }
                }, CLOCK);
    }

    @Test
    void exportsTheChosenApplicationAndSaysHowManyEntriesWentWhere() {
        AuditToolsViewModel audit = viewModel();
        audit.openExport("EXP-2026-000076");
        AuditExportForm form = exportForms.get(0);
        assertThat(form.defaultFileName()).isEqualTo("licensedesk-audit-20261129.json");
        form.kindProperty().set(AuditScope.Kind.APPLICATION);
        assertThat(form.problemProperty().get()).isEmpty();

        form.confirm(Path.of("/tmp/out.json"));

        assertThat(exported).containsExactly(AuditScope.application("EXP-2026-000076"));
        assertThat(jobs.get(0).progressProperty().get()).isEqualTo(1.0);
        assertThat(jobs.get(0).runningProperty().get()).isFalse();
        assertThat(dialogs.informations).singleElement()
                .satisfies(info -> assertThat(info.message()).contains("1,000").contains("out.json"));
    }

    @Test
    void aDateRangeNeedsItsDaysInOrder() {
        AuditToolsViewModel audit = viewModel();
        audit.openExport(null);
        AuditExportForm form = exportForms.get(0);
        form.kindProperty().set(AuditScope.Kind.DATE_RANGE);
        form.fromProperty().set(java.time.LocalDate.of(2026, 12, 1));

        assertThat(form.problemProperty().get()).isEqualTo(messages.get("export.problem.datesReversed"));
        form.kindProperty().set(AuditScope.Kind.ACTOR);
        assertThat(form.problemProperty().get()).isEqualTo(messages.get("export.problem.noActor"));
    }

    @Test
    void aCancelledExportSaysNoFileWasWritten() {
        cancelOnFirstProgress = true;

        viewModel().export(AuditScope.all(), Path.of("/tmp/out.json"));

        assertThat(dialogs.informations).singleElement()
                .satisfies(info -> assertThat(info.title()).isEqualTo(messages.get("export.cancelled.title")));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBrokenChainNamesTheFirstBrokenEntry() {
        verification = ChainVerification.broken(41, 120, 42L, "Entry 42 was changed after it was written.");

        viewModel().verifyDatabase();

        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo(messages.get("verify.database.broken.title"));
            assertThat(error.message()).contains("number 42").contains("was changed");
        });
    }

    @Test
    void anIntactChainSaysHowManyEntriesWereChecked() {
        verification = ChainVerification.intact(120, 120, "All 120 entries are intact.");

        viewModel().verifyDatabase();

        assertThat(dialogs.informations).singleElement()
                .satisfies(info -> assertThat(info.message()).contains("120 entries were checked"));
    }
}
