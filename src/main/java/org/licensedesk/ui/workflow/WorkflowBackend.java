package org.licensedesk.ui.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.licensedesk.account.AccountService;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.User;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.drafts.AssessmentDraft;
import org.licensedesk.drafts.AssessmentDrafts;
import org.licensedesk.workflow.ActionOutcome;
import org.licensedesk.workflow.WorkflowService;

/**
 * What the actions pane asks of the services, behind an interface so its view model can be tested without a
 * database. Every method is called on a background thread.
 */
public interface WorkflowBackend {

    WorkflowState state(String reference);

    Set<AuditAction> allowedActions(User user, String reference);

    /**
     * @throws org.licensedesk.domain.workflow.WorkflowConflictException when someone else changed it first
     * @throws org.licensedesk.domain.workflow.WorkflowRefusedException  when the rules refuse it
     */
    ActionOutcome perform(User actor, WorkflowCommand command);

    Optional<List<FactorAssessment>> latestAssessment(String reference);

    Optional<ApprovalTerms> recommendedTerms(String reference);

    Optional<List<DenialReason>> recommendedDenialReasons(String reference);

    /** All accounts, for choosing an assignee. */
    List<User> users();

    /** The signed-in reviewer's draft of the application's assessment, if one is kept. */
    Optional<AssessmentDraft> assessmentDraft(String reference);

    void keepAssessmentDraft(AssessmentDraft draft);

    void discardAssessmentDraft(String reference);

    /** @param drafts the signed-in official's assessment drafts */
    static WorkflowBackend of(WorkflowService workflow, AccountService accounts, AssessmentDrafts drafts) {
        return new WorkflowBackend() {
            @Override
            public WorkflowState state(String reference) {
                return workflow.state(reference);
            }

            @Override
            public Set<AuditAction> allowedActions(User user, String reference) {
                return workflow.allowedActions(user, reference);
            }

            @Override
            public ActionOutcome perform(User actor, WorkflowCommand command) {
                return workflow.perform(actor, command);
            }

            @Override
            public Optional<List<FactorAssessment>> latestAssessment(String reference) {
                return workflow.latestAssessment(reference);
            }

            @Override
            public Optional<ApprovalTerms> recommendedTerms(String reference) {
                return workflow.recommendedTerms(reference);
            }

            @Override
            public Optional<List<DenialReason>> recommendedDenialReasons(String reference) {
                return workflow.recommendedDenialReasons(reference);
            }

            @Override
            public List<User> users() {
                return accounts.users();
            }

            @Override
            public Optional<AssessmentDraft> assessmentDraft(String reference) {
                return drafts.load(reference);
            }

            @Override
            public void keepAssessmentDraft(AssessmentDraft draft) {
                drafts.save(draft);
            }

            @Override
            public void discardAssessmentDraft(String reference) {
                drafts.discard(reference);
            }
        };
    }
}
