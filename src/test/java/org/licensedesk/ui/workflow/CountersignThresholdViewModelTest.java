package org.licensedesk.ui.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;

/** What Tools → Second countersignature… does with the answer: only supervisors, only a change, refusals said. */
class CountersignThresholdViewModelTest {
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<BigDecimal> changes = new ArrayList<>();
    private final List<BigDecimal> asked = new ArrayList<>();
    private BigDecimal answer;
    private RuntimeException refusal;

    private final CountersignThresholdViewModel.Backend backend = new CountersignThresholdViewModel.Backend() {
        @Override
        public BigDecimal current() {
            return new BigDecimal("1000000");
        }

        @Override
        public BigDecimal change(BigDecimal thresholdUsd, User by) {
            if (refusal != null) {
                throw refusal;
            }
            changes.add(thresholdUsd);
            return current();
        }
    };

    private CountersignThresholdViewModel viewModel(User user) {
        return new CountersignThresholdViewModel(backend, user, new CurrentThreadTaskExecutor(), dialogs, messages,
                current -> {
                    asked.add(current);
                    return Optional.ofNullable(answer);
                });
    }

    @Test
    void aReviewerIsNotAskedAndNothingChanges() {
        CountersignThresholdViewModel reviewer = viewModel(LI_NA);
        answer = new BigDecimal("1");

        reviewer.change();

        assertThat(reviewer.isAvailable()).isFalse();
        assertThat(asked).isEmpty();
        assertThat(changes).isEmpty();
    }

    @Test
    void theSameAmountOrCancelWritesNothingAndANewOneIsSetAndConfirmed() {
        CountersignThresholdViewModel supervisor = viewModel(ZHAO_LEI);
        answer = new BigDecimal("1000000.00");
        supervisor.change();
        answer = null;
        supervisor.change();
        assertThat(asked).containsExactly(new BigDecimal("1000000"), new BigDecimal("1000000"));
        assertThat(changes).isEmpty();

        answer = new BigDecimal("750000");
        supervisor.change();

        assertThat(changes).containsExactly(new BigDecimal("750000"));
        assertThat(dialogs.informations).extracting(RecordingDialogService.Shown::message).containsExactly(
                "Decisions on applications worth more than US$750,000 now need a second countersignature (was "
                        + "US$1,000,000).");
    }

    @Test
    void aRefusalIsShownWithTheServicesSentence() {
        refusal = new WorkflowRefusedException("Only an active supervisor may change the second-countersignature "
                + "threshold.");
        answer = new BigDecimal("5");

        viewModel(ZHAO_LEI).change();

        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0).message()).isEqualTo("Only an active supervisor may change the "
                + "second-countersignature threshold.");
        assertThat(dialogs.informations).isEmpty();
    }
}
