package org.licensedesk.ui.audit;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.audit.IntegrityReport;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * The audit trail's integrity indicator in a supervisor's status bar: checked in the background on sign-in and on
 * each click, with its progress in the status bar. The service records a broken chain; this only shows it.
 */
public final class IntegrityViewModel {
    /** What the indicator shows. */
    public enum State {
        NOT_CHECKED,
        VERIFYING,
        VERIFIED,
        BROKEN,
        /** The check itself failed (the database could not be read): nothing is known. */
        FAILED
    }

    private final IntegrityCheck check;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NOT_CHECKED);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper tooltip = new ReadOnlyStringWrapper(this, "tooltip", "");

    public IntegrityViewModel(IntegrityCheck check, TaskExecutor executor, Messages messages) {
        this.check = Objects.requireNonNull(check, "check");
        this.executor = executor;
        this.messages = messages;
    }

    /** Checks the whole chain; a click while a check runs changes nothing. */
    public void verify() {
        if (state.get() == State.VERIFYING) {
            return;
        }
        show(State.VERIFYING, messages.get("integrity.verifying"), messages.get("integrity.tooltip.verifying"));
        BackgroundTask.wrapWithProgress(progress -> check.verify(progress::update, () -> false))
                .withTitle(messages.get("integrity.verifying"))
                .onSuccess(this::report)
                .onFailure(failure -> show(State.FAILED, messages.get("integrity.failed"),
                        messages.format("integrity.tooltip.failed", ErrorText.whatHappened(failure, messages))))
                .executeWith(executor);
    }

    private void report(IntegrityReport report) {
        ChainVerification verification = report.verification();
        if (verification.ok()) {
            show(State.VERIFIED, messages.format("integrity.verified", verification.entriesChecked()),
                    messages.format("integrity.tooltip.verified", verification.reason()));
            return;
        }
        String where = verification.firstBrokenSeq() == null ? messages.get("integrity.broken.noSeq")
                : messages.format("integrity.broken", Long.toString(verification.firstBrokenSeq()));
        String recorded;
        if (report.recordedSeq() != null) {
            recorded = messages.format("integrity.tooltip.recorded", Long.toString(report.recordedSeq()));
        } else if (report.notRecordedBecause() != null) {
            recorded = messages.format("integrity.tooltip.notRecorded", report.notRecordedBecause());
        } else {
            recorded = messages.get("integrity.tooltip.alreadyRecorded");
        }
        show(State.BROKEN, where, messages.format("integrity.tooltip.broken", verification.reason(), recorded));
    }

    private void show(State shown, String shownText, String shownTooltip) {
        state.set(shown);
        text.set(shownText);
        tooltip.set(shownTooltip);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tooltipProperty() {
        return tooltip.getReadOnlyProperty();
    }
}
