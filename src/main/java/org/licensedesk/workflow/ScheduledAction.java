package org.licensedesk.workflow;

import java.time.Instant;
import java.util.Objects;
import org.licensedesk.domain.User;
import org.licensedesk.domain.workflow.WorkflowCommand;

/** One action for {@link WorkflowService#performAll}: who asks for what, as of when. */
public record ScheduledAction(User actor, WorkflowCommand command, Instant at) {
    public ScheduledAction {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(at, "at");
    }
}
