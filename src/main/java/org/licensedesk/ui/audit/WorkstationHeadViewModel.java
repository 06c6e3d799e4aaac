package org.licensedesk.ui.audit;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.licensedesk.audit.WorkstationHeads;
import org.licensedesk.ui.ErrorText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.BackgroundTask;
import org.licensedesk.ui.task.TaskExecutor;

/**
 * The red warning under the menu bar when the database's audit chain does not extend the head this workstation saw
 * last ({@link WorkstationHeads}): checked in the background when the window opens after sign-in.
 */
public final class WorkstationHeadViewModel {
    /** Compares the chain with the remembered head and remembers the new one when it extends it. */
    @FunctionalInterface
    public interface Backend {
        Optional<WorkstationHeads.Divergence> checkOnSignIn();
    }

    private final Backend backend;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");

    public WorkstationHeadViewModel(Backend backend, TaskExecutor executor, Messages messages) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The warning, empty when the chain extends what this workstation saw. */
    public ReadOnlyStringProperty warning() {
        return warning.getReadOnlyProperty();
    }

    public void check() {
        BackgroundTask.wrap(backend::checkOnSignIn)
                .withTitle(messages.get("workstationHead.checking"))
                .onSuccess(found -> warning.set(found.map(this::text).orElse("")))
                .onFailure(failure -> warning.set(messages.format("workstationHead.failed",
                        ErrorText.whatHappened(failure, messages))))
                .executeWith(executor);
    }

    private String text(WorkstationHeads.Divergence divergence) {
        return divergence.hashNow() == null
                ? messages.format("workstationHead.cut", Long.toString(divergence.seq()),
                        Long.toString(divergence.headSeqNow()))
                : messages.format("workstationHead.rewritten", Long.toString(divergence.seq()));
    }
}
