package org.licensedesk.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Deadline;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;
import org.licensedesk.ui.task.DeferredTaskExecutor;
import org.licensedesk.ui.task.TaskExecutor;

/** The details pane's loading rules, without a toolkit. */
class DetailsViewModelTest {
    private static final LocalDate RECEIVED = LocalDate.of(2026, 10, 9);

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<String> loaded = new ArrayList<>();

    private DetailsViewModel viewModel(TaskExecutor executor) {
        DetailsSource source = reference -> {
            loaded.add(reference);
            return reference.startsWith("LD-") ? Optional.of(details(reference)) : Optional.empty();
        };
        return new DetailsViewModel(source, executor, dialogs, messages);
    }

    private static ApplicationDetails details(String reference) {
        return new ApplicationDetails(
                SampleApplications.dysprosiumOxide(reference, RECEIVED, ApplicationStatus.UNDER_REVIEW, null),
                new Deadline(RECEIVED.plusDays(63), 20, false));
    }

    @Test
    void showsTheSelectedApplicationAndEmptiesForNoSelection() {
        DetailsViewModel details = viewModel(new CurrentThreadTaskExecutor());

        details.show("LD-2026-000007");
        assertThat(details.details().application().reference()).isEqualTo("LD-2026-000007");

        details.show(null);
        assertThat(details.details()).isNull();
        assertThat(details.emptyTextProperty().get()).isEqualTo(messages.get("details.empty"));
    }

    @Test
    void aResultForAnApplicationNoLongerSelectedIsDropped() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        DetailsViewModel details = viewModel(executor);
        details.show("LD-2026-000001");
        details.show("LD-2026-000002");

        executor.run(1);
        executor.run(0);

        assertThat(details.details().application().reference()).isEqualTo("LD-2026-000002");
        assertThat(details.loadingProperty().get()).isFalse();
    }

    @Test
    void whileTheNextSelectionWaitsThePaneNeverShowsThePreviousApplication() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        DetailsViewModel details = viewModel(executor);
        details.show("LD-2026-000001");
        executor.run(0);
        assertThat(details.details().application().reference()).isEqualTo("LD-2026-000001");
        // A second load of the first one is running (after an action) when a quick filter selects another row.
        details.reload();

        details.expect("LD-2026-000002");

        assertThat(details.details()).isNull();
        assertThat(details.loadingProperty().get()).isTrue();
        assertThat(details.emptyTextProperty().get()).isEqualTo(messages.format("details.loading", "LD-2026-000002"));
        // The late result for the first one is dropped: it is no longer the selected row.
        executor.run(0);
        assertThat(details.details()).isNull();
        // After the short delay the view asks for the selected one, and only then shows it.
        details.show("LD-2026-000002");
        executor.run(0);
        assertThat(details.details().application().reference()).isEqualTo("LD-2026-000002");
        assertThat(details.loadingProperty().get()).isFalse();
        assertThat(loaded).containsExactly("LD-2026-000001", "LD-2026-000001", "LD-2026-000002");
    }

    @Test
    void expectingTheShownApplicationChangesNothing() {
        DetailsViewModel details = viewModel(new CurrentThreadTaskExecutor());
        details.show("LD-2026-000004");
        int revision = details.revisionProperty().get();

        details.expect("LD-2026-000004");

        assertThat(details.details().application().reference()).isEqualTo("LD-2026-000004");
        assertThat(details.revisionProperty().get()).isEqualTo(revision);
        assertThat(details.loadingProperty().get()).isFalse();
    }

    @Test
    void showingTheSameApplicationAgainDoesNotReloadButRefreshDoes() {
        DetailsViewModel details = viewModel(new CurrentThreadTaskExecutor());
        details.show("LD-2026-000003");
        details.show("LD-2026-000003");
        assertThat(loaded).containsExactly("LD-2026-000003");

        details.reload();
        assertThat(loaded).containsExactly("LD-2026-000003", "LD-2026-000003");
    }

    @Test
    void aMissingApplicationEmptiesThePaneWithAReason() {
        DetailsViewModel details = viewModel(new CurrentThreadTaskExecutor());

        details.show("GONE-1");

        assertThat(details.details()).isNull();
        assertThat(details.emptyTextProperty().get()).contains("GONE-1").contains("F5");
    }

    @Test
    void aFailedLoadShowsTheErrorAndEmptiesThePane() {
        DetailsViewModel details = new DetailsViewModel(reference -> {
            throw new IllegalStateException("The database is not reachable.");
        }, new CurrentThreadTaskExecutor(), dialogs, messages);

        details.show("LD-2026-000009");

        assertThat(details.details()).isNull();
        assertThat(dialogs.errors).singleElement()
                .satisfies(error -> assertThat(error.message()).isEqualTo("The database is not reachable."));
    }
}
