package org.licensedesk.ui.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.drafts.AssessmentDraft;
import org.licensedesk.workflow.ActionOutcome;

/** A workflow that answers what the test set up and records the commands it was asked to perform. */
final class FakeWorkflowBackend implements WorkflowBackend {
    static final LocalDate RECEIVED = LocalDate.of(2026, 10, 9);

    WorkflowState state;
    Set<AuditAction> allowed = EnumSet.noneOf(AuditAction.class);
    final List<WorkflowCommand> performed = new ArrayList<>();
    /** Failures the next calls of perform throw, in order; when empty, perform succeeds. */
    final Deque<RuntimeException> failures = new ArrayDeque<>();
    Optional<List<FactorAssessment>> assessment = Optional.empty();
    Optional<ApprovalTerms> terms = Optional.empty();
    Optional<List<DenialReason>> denialReasons = Optional.empty();
    List<User> users = List.of();
    /** The drafts kept on "disk", by reference. */
    final Map<String, AssessmentDraft> drafts = new HashMap<>();
    /** A failure that keeping a draft throws, when set. */
    RuntimeException draftFailure;

    static WorkflowState state(String reference, ApplicationStatus status, String assignee, long version) {
        return new WorkflowState(reference, RECEIVED, status, assignee, null, null, false, null, 0, null, null, null,
                null, null, version, null, null);
    }

    @Override
    public WorkflowState state(String reference) {
        return state;
    }

    @Override
    public Set<AuditAction> allowedActions(User user, String reference) {
        return allowed;
    }

    @Override
    public ActionOutcome perform(User actor, WorkflowCommand command) {
        performed.add(command);
        if (!failures.isEmpty()) {
            throw failures.removeFirst();
        }
        WorkflowState after = state(command.reference(), ApplicationStatus.UNDER_REVIEW, actor.username(),
                command.expectedVersion() + 1);
        state = after;
        AuditEntry entry = new AuditEntry(1, "2026-11-29T02:00:00.000Z", command.reference(), command.action().name(),
                actor.username(), actor.role().name(), null, null, command.note(), "{}", AuditEntry.GENESIS_HASH,
                "f".repeat(64));
        return new ActionOutcome(after, entry);
    }

    @Override
    public Optional<List<FactorAssessment>> latestAssessment(String reference) {
        return assessment;
    }

    @Override
    public Optional<ApprovalTerms> recommendedTerms(String reference) {
        return terms;
    }

    @Override
    public Optional<List<DenialReason>> recommendedDenialReasons(String reference) {
        return denialReasons;
    }

    @Override
    public List<User> users() {
        return users;
    }

    @Override
    public Optional<AssessmentDraft> assessmentDraft(String reference) {
        return Optional.ofNullable(drafts.get(reference));
    }

    @Override
    public void keepAssessmentDraft(AssessmentDraft draft) {
        if (draftFailure != null) {
            throw draftFailure;
        }
        drafts.put(draft.reference(), draft);
    }

    @Override
    public void discardAssessmentDraft(String reference) {
        drafts.remove(reference);
    }

    static Instant at(String text) {
        return Instant.parse(text);
    }
}
