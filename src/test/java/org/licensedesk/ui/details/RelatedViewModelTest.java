package org.licensedesk.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.RelatedApplication;
import org.licensedesk.domain.RelatedApplication.Relation;
import org.licensedesk.domain.RelatedApplications;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;
import org.licensedesk.ui.task.DeferredTaskExecutor;
import org.licensedesk.ui.task.TaskExecutor;

/** The Related tab's loading and opening, without a toolkit. */
class RelatedViewModelTest {
    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<String> opened = new ArrayList<>();

    private RelatedViewModel viewModel(TaskExecutor executor) {
        RelatedSource source = reference -> {
            if (reference.equals("LD-BROKEN")) {
                throw new IllegalStateException("The database file is locked by another program.");
            }
            return new RelatedApplications(List.of(related(reference + "-A"), related(reference + "-B")), false);
        };
        return new RelatedViewModel(source, executor, dialogs, messages, opened::add);
    }

    private static RelatedApplication related(String reference) {
        return new RelatedApplication(reference, Relation.SAME_APPLICANT, LocalDate.of(2026, 3, 2),
                ApplicationStatus.APPROVED, null, "Dy", List.of("1C905.b"), new BigDecimal("500"));
    }

    private static List<String> references(RelatedViewModel related) {
        return related.applications().newestFirst().stream().map(RelatedApplication::reference).toList();
    }

    @Test
    void loadsTheRelatedApplicationsOfTheShownOneAndEmptiesForNone() {
        RelatedViewModel related = viewModel(new CurrentThreadTaskExecutor());

        related.show("LD-1");
        assertThat(references(related)).containsExactly("LD-1-A", "LD-1-B");
        assertThat(related.loadingProperty().get()).isFalse();

        related.show(null);
        assertThat(related.applications().newestFirst()).isEmpty();
    }

    @Test
    void aResultForAnApplicationNoLongerShownIsDropped() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        RelatedViewModel related = viewModel(executor);
        related.show("LD-1");
        related.show("LD-2");
        assertThat(related.loadingProperty().get()).isTrue();

        executor.run(1);
        executor.run(0);

        assertThat(references(related)).containsExactly("LD-2-A", "LD-2-B");
        assertThat(related.loadingProperty().get()).isFalse();
    }

    @Test
    void openingARowOpensItsApplication() {
        RelatedViewModel related = viewModel(new CurrentThreadTaskExecutor());
        related.show("LD-1");

        related.open(related.applications().newestFirst().get(1));
        related.open(null);

        assertThat(opened).containsExactly("LD-1-B");
    }

    @Test
    void aFailedLoadEmptiesTheListAndSaysWhatToDo() {
        RelatedViewModel related = viewModel(new CurrentThreadTaskExecutor());
        related.show("LD-1");

        related.show("LD-BROKEN");

        assertThat(related.applications().newestFirst()).isEmpty();
        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo(messages.get("related.loadFailed.title"));
            assertThat(error.message()).isEqualTo("The database file is locked by another program.");
            assertThat(error.whatToDo()).contains("F5");
        });
    }
}
