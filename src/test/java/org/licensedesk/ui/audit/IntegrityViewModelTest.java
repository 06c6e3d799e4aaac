package org.licensedesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.audit.IntegrityReport;
import org.licensedesk.store.StoreException;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;
import org.licensedesk.ui.task.DeferredTaskExecutor;

/** The integrity indicator's states without a toolkit: verifying, verified, broken with its seq, and failed. */
class IntegrityViewModelTest {
    private static Locale before;

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final List<IntegrityReport> reports = new ArrayList<>();
    private RuntimeException failure;
    private int checks;

    private final IntegrityCheck check = (progress, cancelled) -> {
        checks++;
        if (failure != null) {
            throw failure;
        }
        return reports.remove(0);
    };

    @BeforeAll
    static void englishNumbers() {
        before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void anIntactChainShowsVerifiedWithTheNumberOfEntries() {
        reports.add(new IntegrityReport(ChainVerification.intact(12_345, 12_345,
                "All 12345 entries are intact and linked, up to the head, entry 12345"), null, null));
        IntegrityViewModel viewModel = new IntegrityViewModel(check, new CurrentThreadTaskExecutor(), messages);

        viewModel.verify();

        assertThat(viewModel.stateProperty().get()).isEqualTo(IntegrityViewModel.State.VERIFIED);
        assertThat(viewModel.textProperty().get()).isEqualTo("Audit trail verified · 12,345 entries");
        assertThat(viewModel.tooltipProperty().get()).startsWith("All 12345 entries are intact")
                .endsWith("Click to check again.");
    }

    @Test
    void aBrokenChainShowsTheFirstBrokenSeqAndWhereTheFindingWasRecorded() {
        reports.add(new IntegrityReport(ChainVerification.broken(4_710, 12_345, 4_711L,
                "Entry 4711 was changed: its hash does not match its content"), 12_346L, null));
        reports.add(new IntegrityReport(ChainVerification.broken(4_710, 12_346, 4_711L,
                "Entry 4711 was changed: its hash does not match its content"), null, null));
        IntegrityViewModel viewModel = new IntegrityViewModel(check, new CurrentThreadTaskExecutor(), messages);

        viewModel.verify();

        assertThat(viewModel.stateProperty().get()).isEqualTo(IntegrityViewModel.State.BROKEN);
        assertThat(viewModel.textProperty().get()).isEqualTo("Audit trail broken at seq 4711");
        assertThat(viewModel.tooltipProperty().get()).contains("Entry 4711 was changed")
                .contains("recorded in the audit trail as entry 12346");

        viewModel.verify();

        assertThat(viewModel.textProperty().get()).isEqualTo("Audit trail broken at seq 4711");
        assertThat(viewModel.tooltipProperty().get()).contains("already recorded");
    }

    @Test
    void whileACheckRunsTheIndicatorSaysVerifyingAndAnotherClickStartsNoSecondCheck() {
        reports.add(new IntegrityReport(ChainVerification.intact(3, 3, "All 3 entries are intact"), null, null));
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        IntegrityViewModel viewModel = new IntegrityViewModel(check, executor, messages);

        viewModel.verify();
        viewModel.verify();

        assertThat(viewModel.stateProperty().get()).isEqualTo(IntegrityViewModel.State.VERIFYING);
        assertThat(viewModel.textProperty().get()).isEqualTo("Verifying the audit trail…");
        assertThat(executor.pendingCount()).isEqualTo(1);
        executor.run(0);
        assertThat(checks).isEqualTo(1);
        assertThat(viewModel.stateProperty().get()).isEqualTo(IntegrityViewModel.State.VERIFIED);
    }

    @Test
    void aCheckThatCannotRunSaysSoAndCanBeTriedAgain() {
        failure = new StoreException("The database /tmp/desk reported an error: disk full");
        IntegrityViewModel viewModel = new IntegrityViewModel(check, new CurrentThreadTaskExecutor(), messages);

        viewModel.verify();

        assertThat(viewModel.stateProperty().get()).isEqualTo(IntegrityViewModel.State.FAILED);
        assertThat(viewModel.textProperty().get()).isEqualTo("Audit trail not verified");
        assertThat(viewModel.tooltipProperty().get()).contains("disk full");
    }
}
