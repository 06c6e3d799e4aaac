package org.licensedesk.workflow;

import java.math.BigDecimal;
import java.util.Optional;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.workflow.CountersignRules;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.store.Transaction;
import org.licensedesk.store.WorkflowSettingRepository;
import org.licensedesk.store.WorkflowStateRepository;

/**
 * Asks {@link CountersignRules} whether a supervisor's approval or denial is only the first of two countersignatures
 * (issue 13), with the facts the rule needs read in the action's transaction: the licence type the approval grants,
 * the application's value and the bureau's value threshold.
 */
final class SecondCountersign {
    private final CountersignRules rules = new CountersignRules();
    private final WorkflowStateRepository states;
    private final WorkflowSettingRepository settings = new WorkflowSettingRepository();
    private final WorkflowTransitions transitions;

    SecondCountersign(WorkflowStateRepository states, WorkflowTransitions transitions) {
        this.states = states;
        this.transitions = transitions;
    }

    /** Why this command only gives the first countersignature; empty when it decides the application. */
    Optional<String> reason(Transaction transaction, WorkflowState state, WorkflowCommand command,
                            WorkflowTransitions.RecordedDetails recorded) {
        if (state.firstCountersign() != null || !(command instanceof WorkflowCommand.Approve
                || command instanceof WorkflowCommand.Deny)) {
            return Optional.empty();
        }
        LicenceType granted = command instanceof WorkflowCommand.Approve approve
                ? transitions.grantedTerms(recorded, state, approve).licenceType() : null;
        BigDecimal value = states.totalValueUsd(transaction, state.reference());
        return rules.secondCountersignReason(state, command, granted, value,
                settings.countersignThresholdUsd(transaction));
    }
}
