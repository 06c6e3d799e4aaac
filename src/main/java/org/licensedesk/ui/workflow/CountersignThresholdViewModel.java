package org.licensedesk.ui.workflow;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.workflow.CountersignRules;
import org.licensedesk.ui.DialogService;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;
import org.licensedesk.workflow.CountersignThresholds;

/**
 * Tools → Second countersignature… (issue 13), for supervisors: shows the value above which a decision needs a second
 * countersignature and sets a new one, as {@code countersign-threshold AMOUNT} does. The service checks the role and
 * the amount and audits the change; a refusal lands in a dialog with its sentence, and nothing is changed.
 */
public final class CountersignThresholdViewModel {
    /** What the dialog needs of {@link CountersignThresholds}. */
    public interface Backend {
        BigDecimal current();

        /** @return the threshold it replaced */
        BigDecimal change(BigDecimal thresholdUsd, User by);

        static Backend of(CountersignThresholds thresholds) {
            return new Backend() {
                @Override
                public BigDecimal current() {
                    return thresholds.current();
                }

                @Override
                public BigDecimal change(BigDecimal thresholdUsd, User by) {
                    return thresholds.change(thresholdUsd, by);
                }
            };
        }
    }

    /** The question the user answers; tests answer for the user. */
    public interface Question {
        /** @return the amount typed, or empty when cancelled */
        Optional<BigDecimal> askThreshold(BigDecimal current);
    }

    private final Backend backend;
    private final User user;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Question question;

    public CountersignThresholdViewModel(Backend backend, User user, TaskExecutor executor, DialogService dialogs,
                                         Messages messages, Question question) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.user = Objects.requireNonNull(user, "user");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.question = Objects.requireNonNull(question, "question");
    }

    /** Only supervisors may change it; the menu hides what the service would refuse. */
    public boolean isAvailable() {
        return user.role() == UserRole.SUPERVISOR;
    }

    /** Reads the threshold in force, asks for the new one, and sets it when it differs. */
    public void change() {
        if (!isAvailable()) {
            return;
        }
        BackgroundTask.wrap(backend::current)
                .withTitle(messages.get("countersignThreshold.loading"))
                .onSuccess(current -> question.askThreshold(current)
                        .filter(chosen -> chosen.compareTo(current) != 0)
                        .ifPresent(this::set))
                .onFailure(failure -> dialogs.showError(messages.get("countersignThreshold.failed.title"),
                        ErrorText.whatHappened(failure, messages),
                        messages.get("countersignThreshold.failed.whatToDo"), failure))
                .executeWith(executor);
    }

    public void set(BigDecimal thresholdUsd) {
        BackgroundTask.wrap(() -> backend.change(thresholdUsd, user))
                .withTitle(messages.format("countersignThreshold.running", CountersignRules.usd(thresholdUsd)))
                .onSuccess(before -> dialogs.showInformation(messages.get("countersignThreshold.done.title"),
                        messages.format("countersignThreshold.done.message", CountersignRules.usd(before),
                                CountersignRules.usd(thresholdUsd))))
                .onFailure(failure -> dialogs.showError(messages.get("countersignThreshold.failed.title"),
                        ErrorText.whatHappened(failure, messages),
                        messages.get("countersignThreshold.failed.whatToDo"), null))
                .executeWith(executor);
    }
}
