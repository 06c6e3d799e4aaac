package org.licensedesk.domain.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.ClockStop;
import org.licensedesk.domain.User;

/**
 * One action a user asks for on an application. Every command names the application, the version the user saw (for
 * optimistic locking) and a note; each kind adds what its action must carry. Content is checked by
 * {@link WorkflowRules}, not here, so a refusal can say what is missing.
 */
public sealed interface WorkflowCommand {

    String reference();

    /** The application's version when the user read it. */
    long expectedVersion();

    String note();

    /** The audit action that records this command. */
    AuditAction action();

    /** A reviewer takes the application for themself. */
    record Claim(String reference, long expectedVersion, String note) implements WorkflowCommand {
        public Claim {
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public AuditAction action() {
            return AuditAction.CLAIMED;
        }
    }

    /** A supervisor gives the application to a reviewer (the service re-reads the assignee before the rules run). */
    record Assign(String reference, long expectedVersion, String note, User assignee) implements WorkflowCommand {
        public Assign {
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public AuditAction action() {
            return AuditAction.ASSIGNED;
        }
    }

    /** The assignee asks the applicant questions; the decision clock stops until the answers arrive. */
    record RequestInfo(String reference, long expectedVersion, String note, List<String> questions)
            implements WorkflowCommand {
        public RequestInfo {
            Objects.requireNonNull(reference, "reference");
            questions = copy(questions);
        }

        @Override
        public AuditAction action() {
            return AuditAction.INFO_REQUESTED;
        }
    }

    /** The applicant answered; the decision clock runs again. */
    record ReceiveInfo(String reference, long expectedVersion, String note) implements WorkflowCommand {
        public ReceiveInfo {
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public AuditAction action() {
            return AuditAction.INFO_RECEIVED;
        }
    }

    /** The assignee rates every review factor of Export Control Law Art. 13. */
    record Assess(String reference, long expectedVersion, String note, List<FactorAssessment> factors)
            implements WorkflowCommand {
        public Assess {
            Objects.requireNonNull(reference, "reference");
            factors = copy(factors);
        }

        @Override
        public AuditAction action() {
            return AuditAction.ASSESSED;
        }
    }

    record RecommendApproval(String reference, long expectedVersion, String note, ApprovalTerms terms)
            implements WorkflowCommand {
        public RecommendApproval {
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public AuditAction action() {
            return AuditAction.RECOMMENDED_APPROVAL;
        }
    }

    record RecommendDenial(String reference, long expectedVersion, String note, List<DenialReason> reasons)
            implements WorkflowCommand {
        public RecommendDenial {
            Objects.requireNonNull(reference, "reference");
            reasons = copy(reasons);
        }

        @Override
        public AuditAction action() {
            return AuditAction.RECOMMENDED_DENIAL;
        }
    }

    /** The application is incomplete or defective: it goes back to the applicant undecided. */
    record ReturnWithoutAction(String reference, long expectedVersion, String note, List<String> defects)
            implements WorkflowCommand {
        public ReturnWithoutAction {
            Objects.requireNonNull(reference, "reference");
            defects = copy(defects);
        }

        @Override
        public AuditAction action() {
            return AuditAction.RETURNED_WITHOUT_ACTION;
        }
    }

    /** A supervisor sends the recommendation back for rework; the note says what to redo. */
    record SendBack(String reference, long expectedVersion, String note) implements WorkflowCommand {
        public SendBack {
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public AuditAction action() {
            return AuditAction.SENT_BACK;
        }
    }

    /**
     * A supervisor grants the licence.
     *
     * @param terms   the licence granted; null to grant it as recommended
     * @param reasons why, when approving against a recommendation to deny; otherwise may be empty
     */
    record Approve(String reference, long expectedVersion, String note, ApprovalTerms terms, List<String> reasons)
            implements WorkflowCommand {
        public Approve {
            Objects.requireNonNull(reference, "reference");
            reasons = copy(reasons);
        }

        @Override
        public AuditAction action() {
            return AuditAction.APPROVED;
        }
    }

    /**
     * A supervisor refuses the licence.
     *
     * @param reasons the supervisor's own reasons, required when denying against a recommendation to approve; when
     *                empty, the recommended reasons are the decision's
     */
    record Deny(String reference, long expectedVersion, String note, List<DenialReason> reasons)
            implements WorkflowCommand {
        public Deny {
            Objects.requireNonNull(reference, "reference");
            reasons = copy(reasons);
        }

        @Override
        public AuditAction action() {
            return AuditAction.DENIED;
        }
    }

    /** The applicant withdrew the application. */
    record Withdraw(String reference, long expectedVersion, String note) implements WorkflowCommand {
        public Withdraw {
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public AuditAction action() {
            return AuditAction.WITHDRAWN;
        }
    }

    /**
     * The decision clock stops for a reason other than a request for information: the assignee's identification,
     * expert consultation or on-site verification (Regulations Art. 17(3)), or a supervisor's referral to the State
     * Council (Art. 17(2)).
     */
    record StopClock(String reference, long expectedVersion, String note, ClockStop reason)
            implements WorkflowCommand {
        public StopClock {
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public AuditAction action() {
            return AuditAction.CLOCK_STOPPED;
        }
    }

    /** The clock stopped by {@link StopClock} runs again; the stopped working days push the deadline back. */
    record ResumeClock(String reference, long expectedVersion, String note) implements WorkflowCommand {
        public ResumeClock {
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public AuditAction action() {
            return AuditAction.CLOCK_RESUMED;
        }
    }

    record AddNote(String reference, long expectedVersion, String note) implements WorkflowCommand {
        public AddNote {
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public AuditAction action() {
            return AuditAction.NOTE_ADDED;
        }
    }

    // Not List.copyOf, which throws on a null element: the rules refuse one with a sentence instead.
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
