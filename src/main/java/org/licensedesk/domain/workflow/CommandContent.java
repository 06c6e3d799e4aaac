package org.licensedesk.domain.workflow;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;

/** What a command must carry: a note of substance and its action's content. The second half of {@link WorkflowRules}. */
final class CommandContent {
    private static final Map<AuditAction, String> NOTE_HINTS = new EnumMap<>(Map.of(
            AuditAction.CLAIMED, "why you take it over",
            AuditAction.ASSIGNED, "why it goes to this reviewer",
            AuditAction.INFO_RECEIVED, "what the applicant sent",
            AuditAction.SENT_BACK, "what the reviewer must redo",
            AuditAction.WITHDRAWN, "how and when the applicant withdrew it",
            AuditAction.NOTE_ADDED, "what a later reader needs to know",
            AuditAction.CLOCK_STOPPED, "what is being examined and by whom",
            AuditAction.CLOCK_RESUMED, "what the examination found"));

    private CommandContent() {
    }

    static String noteRefusal(WorkflowState state, WorkflowCommand command) {
        if (!WorkflowRules.noteRequired(state, command.action())) {
            return null;
        }
        String note = command.note() == null ? "" : command.note().strip();
        if (note.length() >= WorkflowRules.MIN_NOTE_LENGTH) {
            return null;
        }
        String hint = NOTE_HINTS.getOrDefault(command.action(), "what you did and why");
        return "Write a note of at least " + WorkflowRules.MIN_NOTE_LENGTH + " characters saying " + hint
                + (note.isEmpty() ? "" : " (it has " + note.length() + ")") + "; it stays in the audit trail.";
    }

    static String refusal(WorkflowState state, WorkflowCommand command) {
        String ref = state.reference();
        if (command instanceof WorkflowCommand.Assign assign) {
            return assigneeRefusal(state, assign.assignee());
        }
        if (command instanceof WorkflowCommand.RequestInfo request) {
            return texts(request.questions(), "question",
                    "Write at least one question for the applicant; the decision clock stops until they answer.");
        }
        if (command instanceof WorkflowCommand.Assess assess) {
            return assessmentRefusal(assess.factors());
        }
        if (command instanceof WorkflowCommand.RecommendApproval recommend) {
            return recommend.terms() != null ? null
                    : "Give the licence terms you recommend: type, validity, conditions and riders.";
        }
        if (command instanceof WorkflowCommand.RecommendDenial recommend) {
            return reasonsRefusal(recommend.reasons(),
                    "Give at least one reason for denial, each tied to a review factor.");
        }
        if (command instanceof WorkflowCommand.ReturnWithoutAction returned) {
            return texts(returned.defects(), "defect",
                    "Say what is missing or defective in " + ref + "; the applicant needs it to apply again.");
        }
        if (command instanceof WorkflowCommand.Approve approve) {
            return approvalRefusal(state, approve);
        }
        if (command instanceof WorkflowCommand.Deny deny) {
            if (deny.reasons().isEmpty()) {
                // A second countersignature concurs with the reasons the first one recorded (issue 13).
                return state.recommendation() == Recommendation.APPROVAL && state.firstCountersign() == null
                        ? "The reviewer recommended approval; give your own reasons for denying " + ref
                                + ", each tied to a review factor."
                        : null;
            }
            return reasonsRefusal(deny.reasons(), null);
        }
        return null;
    }

    private static String assigneeRefusal(WorkflowState state, User assignee) {
        String ref = state.reference();
        if (assignee == null) {
            return "Choose the reviewer to assign " + ref + " to.";
        }
        if (!assignee.active()) {
            return assignee.username() + " is deactivated; assign " + ref + " to an active reviewer.";
        }
        if (assignee.role() != UserRole.REVIEWER) {
            return assignee.username() + " is a supervisor; assign " + ref + " to a reviewer.";
        }
        if (state.isAssignee(assignee.username())) {
            return ref + " is already assigned to " + assignee.username() + ".";
        }
        return null;
    }

    private static String assessmentRefusal(List<FactorAssessment> factors) {
        EnumSet<ReviewFactor> seen = EnumSet.noneOf(ReviewFactor.class);
        for (FactorAssessment assessment : factors) {
            if (assessment == null) {
                return "The assessment has an empty line; rate each review factor once.";
            }
            if (!seen.add(assessment.factor())) {
                return "The assessment rates \"" + assessment.factor().label() + "\" twice; rate each factor once.";
            }
            if (assessment.comment().isEmpty()) {
                return "Give a comment for your rating of \"" + assessment.factor().label() + "\".";
            }
        }
        Set<ReviewFactor> missing = EnumSet.complementOf(seen);
        if (!missing.isEmpty()) {
            return "Rate every review factor of Export Control Law Art. 13; missing: "
                    + missing.stream().map(f -> "\"" + f.label() + "\"").collect(Collectors.joining(", ")) + ".";
        }
        return null;
    }

    private static String approvalRefusal(WorkflowState state, WorkflowCommand.Approve approve) {
        // A second countersignature concurs with the terms and reasons the first one recorded (issue 13).
        if (state.recommendation() == Recommendation.DENIAL && state.firstCountersign() == null) {
            if (approve.terms() == null) {
                return "The reviewer recommended denial, so there are no recommended terms; give the licence terms "
                        + "you grant.";
            }
            if (approve.reasons().isEmpty()) {
                return "The reviewer recommended denial; give your own reasons for approving " + state.reference()
                        + " against the recommendation.";
            }
        }
        return approve.reasons().isEmpty() ? null : texts(approve.reasons(), "reason", null);
    }

    private static String reasonsRefusal(List<DenialReason> reasons, String whenEmpty) {
        if (reasons.isEmpty()) {
            return whenEmpty;
        }
        for (DenialReason reason : reasons) {
            if (reason == null) {
                return "A reason for denial is empty; write it or remove it.";
            }
            if (reason.reason().isEmpty()) {
                return "The reason tied to \"" + reason.factor().label() + "\" is empty; write it or remove it.";
            }
        }
        return null;
    }

    private static String texts(List<String> texts, String what, String whenEmpty) {
        if (texts.isEmpty()) {
            return whenEmpty;
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null || texts.get(i).isBlank()) {
                return capitalised(what) + " " + (i + 1) + " is empty; write it or remove it.";
            }
        }
        return null;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
