package org.licensedesk.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.intake.ImportResult;
import org.licensedesk.intake.IntakeProblem;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.audit.LongJob;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;

/** File → Import applications as the official sees it, without a toolkit. */
class IntakeViewModelTest {
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final Path FILE = Path.of("/data/batch.json");

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<LongJob> jobs = new ArrayList<>();
    private int queueReloads;

    private IntakeViewModel viewModel(IntakeBackend backend) {
        return new IntakeViewModel(backend, LI_NA, new CurrentThreadTaskExecutor(), dialogs, messages, jobs::add,
                () -> queueReloads++);
    }

    @Test
    void successfulImportSaysWhatCameInAndReloadsTheQueue() {
        List<User> importedBy = new ArrayList<>();
        viewModel((file, by, progress, cancelled) -> {
            importedBy.add(by);
            return new ImportResult("batch.json", 3, List.of("EXP-2026-004211"), List.of("EXP-2026-004213"),
                    List.of(), 0);
        }).importFile(FILE);

        assertThat(importedBy).containsExactly(LI_NA);
        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0).runningProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.informations).singleElement().satisfies(shown -> {
            assertThat(shown.title()).contains("batch.json");
            assertThat(shown.message()).contains("Imported 3").contains("EXP-2026-004211")
                    .contains("INCOMPLETE").contains("EXP-2026-004213");
        });
        assertThat(queueReloads).isEqualTo(1);
    }

    @Test
    void refusedFileListsEveryProblemByPointerAndSaysNothingWasImported() {
        viewModel((file, by, progress, cancelled) -> new ImportResult("batch.json", 0, List.of(), List.of(),
                List.of(new IntakeProblem("/applications/3/items/0/controlCode", "1C999.a is not in the control list"),
                        new IntakeProblem("/applications/7/applicant/uscc", "The USCC check digit should be 8, not 3")),
                2)).importFile(FILE);

        assertThat(dialogs.informations).isEmpty();
        assertThat(dialogs.errors).singleElement().satisfies(shown -> {
            assertThat(shown.message()).contains("nothing was imported")
                    .contains("/applications/3/items/0/controlCode: 1C999.a is not in the control list")
                    .contains("/applications/7/applicant/uscc: The USCC check digit should be 8, not 3");
            assertThat(shown.whatToDo()).contains("JSON pointer");
        });
        assertThat(queueReloads).isZero();
    }

    @Test
    void veryBadFileShowsTheFirstProblemsAndCountsTheRest() {
        List<IntakeProblem> problems = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            problems.add(new IntakeProblem("/applications/" + i + "/reference", "is missing"));
        }
        viewModel((file, by, progress, cancelled) -> new ImportResult("bad.json", 0, List.of(), List.of(), problems,
                1_500)).importFile(FILE);

        String message = dialogs.errors.get(0).message();
        assertThat(message).contains("/applications/29/reference").doesNotContain("/applications/30/reference")
                .contains("1,470 more");
    }

    @Test
    void cancelledImportSaysNothingWasImported() {
        viewModel((file, by, progress, cancelled) -> {
            throw new CancellationException();
        }).importFile(FILE);

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.informations).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("Nothing was imported"));
    }

    @Test
    void unreadableFileEndsInAnErrorSayingWhatToDo() {
        viewModel((file, by, progress, cancelled) -> {
            throw new UncheckedIOException("Cannot read /data/batch.json", new java.io.IOException("denied"));
        }).importFile(FILE);

        assertThat(dialogs.errors).singleElement()
                .satisfies(shown -> assertThat(shown.whatToDo()).contains("Nothing was imported"));
        assertThat(queueReloads).isZero();
    }
}
