package org.licensedesk.workflow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.CountersignStage;
import org.licensedesk.domain.User;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DecisionTiming;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FirstCountersign;
import org.licensedesk.domain.workflow.Recommendation;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.store.Transaction;

/**
 * What a permitted command changes on the application and what its audit entry's details say. Runs after the rules
 * have passed, inside the action's transaction.
 */
final class WorkflowTransitions {
    private final LicenceNumbers licenceNumbers;
    private final WorkingDayCalendar calendar;
    private final WorkflowDetails details;

    WorkflowTransitions(LicenceNumbers licenceNumbers, WorkingDayCalendar calendar, WorkflowDetails details) {
        this.licenceNumbers = licenceNumbers;
        this.calendar = calendar;
        this.details = details;
    }

    /** A change to write and the details to record. */
    record Transition(StateChange change, ObjectNode details) {
    }

    /** The details of an application's latest audit entry of an action, including entries not yet appended. */
    @FunctionalInterface
    interface RecordedDetails {
        Optional<String> latest(String reference, AuditAction action);
    }

    Transition apply(Transaction transaction, User actor, WorkflowState state, WorkflowCommand command, Instant at,
                     LocalDate today, RecordedDetails recorded) {
        StateChange change = new StateChange(state);
        ObjectNode out = details.object();
        if (command instanceof WorkflowCommand.Claim) {
            assign(change, out, actor.username());
        } else if (command instanceof WorkflowCommand.Assign assign) {
            assign(change, out, assign.assignee().username());
        } else if (command instanceof WorkflowCommand.RequestInfo request) {
            change.status = ApplicationStatus.INFO_REQUESTED;
            change.clockStoppedOn = today;
            WorkflowDetails.putTexts(out, "questions", request.questions());
            WorkflowDetails.putDate(out, "clockStoppedOn", today);
        } else if (command instanceof WorkflowCommand.ReceiveInfo) {
            receiveInfo(state, change, out, today);
        } else if (command instanceof WorkflowCommand.Assess assess) {
            change.factorsAssessed = true;
            WorkflowDetails.putFactors(out, assess.factors());
        } else if (command instanceof WorkflowCommand.RecommendApproval recommend) {
            recommend(change, actor, Recommendation.APPROVAL);
            WorkflowDetails.putTerms(out, recommend.terms());
        } else if (command instanceof WorkflowCommand.RecommendDenial recommend) {
            recommend(change, actor, Recommendation.DENIAL);
            WorkflowDetails.putReasons(out, recommend.reasons());
        } else if (command instanceof WorkflowCommand.ReturnWithoutAction returned) {
            WorkflowDetails.putTexts(out, "defects", returned.defects());
            decide(state, change, out, ApplicationStatus.RETURNED, at, today);
        } else if (command instanceof WorkflowCommand.SendBack) {
            out.put("recommendation", state.recommendation() == null ? null : state.recommendation().name());
            out.put("recommendedBy", state.recommendedBy());
            change.status = ApplicationStatus.UNDER_REVIEW;
            change.recommendation = null;
            change.recommendedBy = null;
            if (state.firstCountersign() != null) {
                // The first countersignature lapses with the recommendation it signed.
                out.put("firstCountersignedBy", state.firstCountersign().by());
                change.firstCountersign = null;
            }
        } else if (command instanceof WorkflowCommand.Approve approve) {
            approve(transaction, recorded, state, change, out, approve, at, today);
        } else if (command instanceof WorkflowCommand.Deny deny) {
            deny(recorded, state, change, out, deny, at, today);
        } else if (command instanceof WorkflowCommand.Withdraw) {
            decide(state, change, out, ApplicationStatus.WITHDRAWN, at, today);
        } else if (command instanceof WorkflowCommand.StopClock stop) {
            // Counted exactly like a request for information, from the day it stops (Regulations Art. 17(2), 17(3)).
            change.clockStoppedOn = today;
            change.clockStop = stop.reason();
            out.put("reason", stop.reason().name());
            out.put("article", stop.reason().article());
            WorkflowDetails.putDate(out, "clockStoppedOn", today);
        } else if (command instanceof WorkflowCommand.ResumeClock) {
            out.put("reason", state.clockStop().name());
            out.put("article", state.clockStop().article());
            restartClock(state, change, out, today);
            change.clockStop = null;
        } else if (!(command instanceof WorkflowCommand.AddNote)) {
            throw new IllegalStateException("Unhandled command " + command.getClass().getSimpleName());
        }
        return new Transition(change, out);
    }

    /**
     * The first of two countersignatures a rule requires (see {@code CountersignRules}): nothing is decided, the status
     * stays PENDING_COUNTERSIGN, and the supervisor, their decision and the terms or reasons they sign are recorded
     * for the second supervisor to concur with.
     */
    Transition firstCountersign(User actor, WorkflowState state, WorkflowCommand command, String because,
                                RecordedDetails recorded) {
        StateChange change = new StateChange(state);
        ObjectNode out = details.object();
        out.put("stage", CountersignStage.FIRST.name());
        out.put("because", because);
        ApplicationStatus decision;
        if (command instanceof WorkflowCommand.Approve approve) {
            decision = ApplicationStatus.APPROVED;
            out.put("decision", decision.name());
            putRecommendation(out, state, state.recommendation() == Recommendation.DENIAL);
            if (!approve.reasons().isEmpty()) {
                WorkflowDetails.putPlainReasons(out, approve.reasons());
            }
            WorkflowDetails.putTerms(out, grantedTerms(recorded, state, approve));
        } else {
            WorkflowCommand.Deny deny = (WorkflowCommand.Deny) command;
            decision = ApplicationStatus.DENIED;
            out.put("decision", decision.name());
            putRecommendation(out, state, state.recommendation() == Recommendation.APPROVAL);
            WorkflowDetails.putReasons(out, denialReasons(recorded, state, deny));
        }
        change.firstCountersign = new FirstCountersign(actor.username(), decision);
        return new Transition(change, out);
    }

    /**
     * The terms an approval grants: the command's, else those of the first countersignature it concurs with, else the
     * recommended ones.
     */
    ApprovalTerms grantedTerms(RecordedDetails recorded, WorkflowState state, WorkflowCommand.Approve approve) {
        if (approve.terms() != null) {
            return approve.terms();
        }
        Optional<ApprovalTerms> signed = state.firstCountersign() == null ? Optional.empty()
                : recorded.latest(state.reference(), AuditAction.COUNTERSIGNED).flatMap(details::terms);
        return signed.or(() -> recorded.latest(state.reference(), AuditAction.RECOMMENDED_APPROVAL)
                        .flatMap(details::terms))
                .orElseThrow(() -> new WorkflowRefusedException("The recommended licence terms of "
                        + state.reference() + " are not on record; give the terms you grant."));
    }

    /** A denial's reasons: the command's, else the first countersignature's, else the recommended ones. */
    private List<DenialReason> denialReasons(RecordedDetails recorded, WorkflowState state, WorkflowCommand.Deny deny) {
        if (!deny.reasons().isEmpty()) {
            return deny.reasons();
        }
        Optional<List<DenialReason>> signed = state.firstCountersign() == null ? Optional.empty()
                : recorded.latest(state.reference(), AuditAction.COUNTERSIGNED).flatMap(details::reasons)
                        .filter(found -> !found.isEmpty());
        return signed.or(() -> recorded.latest(state.reference(), AuditAction.RECOMMENDED_DENIAL)
                        .flatMap(details::reasons).filter(found -> !found.isEmpty()))
                .orElseThrow(() -> new WorkflowRefusedException("The recommended reasons for denying "
                        + state.reference() + " are not on record; give your reasons, each tied to a review factor."));
    }

    private static void assign(StateChange change, ObjectNode out, String assignee) {
        out.put("assignee", assignee);
        out.put("previousAssignee", change.assignee);
        change.assignee = assignee;
        if (change.status == ApplicationStatus.SUBMITTED) {
            change.status = ApplicationStatus.UNDER_REVIEW;
        }
    }

    private void receiveInfo(WorkflowState state, StateChange change, ObjectNode out, LocalDate today) {
        change.status = ApplicationStatus.UNDER_REVIEW;
        restartClock(state, change, out, today);
    }

    /** The working days since the clock stopped are added to the stopped days, which push the deadline back. */
    private void restartClock(WorkflowState state, StateChange change, ObjectNode out, LocalDate today) {
        // Applications stopped before the workflow kept clock_stopped_on have no known start: nothing is added.
        int stopped = state.clockStoppedOn() == null ? 0
                : Math.max(0, calendar.workingDaysBetween(state.clockStoppedOn(), today));
        change.clockStoppedOn = null;
        change.stoppedWorkingDays = state.stoppedWorkingDays() + stopped;
        WorkflowDetails.putDate(out, "clockStoppedOn", state.clockStoppedOn());
        out.put("workingDaysStopped", stopped);
        out.put("stoppedWorkingDays", change.stoppedWorkingDays);
        WorkflowDetails.putDate(out, "deadline", calendar.deadline(state.receivedOn(),
                WorkingDayCalendar.DECISION_WORKING_DAYS, change.stoppedWorkingDays, today).date());
    }

    private static void recommend(StateChange change, User actor, Recommendation recommendation) {
        change.status = ApplicationStatus.PENDING_COUNTERSIGN;
        change.recommendedBy = actor.username();
        change.recommendation = recommendation;
    }

    private void approve(Transaction transaction, RecordedDetails recorded, WorkflowState state, StateChange change, ObjectNode out,
                         WorkflowCommand.Approve approve, Instant at, LocalDate today) {
        ApprovalTerms terms = grantedTerms(recorded, state, approve);
        putRecommendation(out, state, state.recommendation() == Recommendation.DENIAL);
        if (!approve.reasons().isEmpty()) {
            WorkflowDetails.putPlainReasons(out, approve.reasons());
        }
        WorkflowDetails.putTerms(out, terms);
        String number = licenceNumber(transaction, state.reference(), today);
        LocalDate validUntil = today.plusMonths(terms.validityMonths()).minusDays(1);
        change.licenceNumber = number;
        change.licenceValidFrom = today;
        change.licenceValidUntil = validUntil;
        out.put("licenceNumber", number);
        WorkflowDetails.putDate(out, "validFrom", today);
        WorkflowDetails.putDate(out, "validUntil", validUntil);
        decide(state, change, out, ApplicationStatus.APPROVED, at, today);
    }

    /** The number of a licence issued on this application today. */
    String licenceNumber(Transaction transaction, String reference, LocalDate today) {
        return licenceNumbers.issue(transaction, reference, today);
    }

    private void deny(RecordedDetails recorded, WorkflowState state, StateChange change, ObjectNode out,
                      WorkflowCommand.Deny deny, Instant at, LocalDate today) {
        List<DenialReason> reasons = denialReasons(recorded, state, deny);
        putRecommendation(out, state, state.recommendation() == Recommendation.APPROVAL);
        WorkflowDetails.putReasons(out, reasons);
        decide(state, change, out, ApplicationStatus.DENIED, at, today);
    }

    private static void putRecommendation(ObjectNode out, WorkflowState state, boolean against) {
        out.put("recommendation", state.recommendation() == null ? null : state.recommendation().name());
        out.put("recommendedBy", state.recommendedBy());
        out.put("againstRecommendation", against);
    }

    private void decide(WorkflowState state, StateChange change, ObjectNode out, ApplicationStatus finalStatus,
                        Instant at, LocalDate today) {
        if (state.firstCountersign() != null && state.status() == ApplicationStatus.PENDING_COUNTERSIGN
                && finalStatus == state.firstCountersign().decision()) {
            // The second countersignature decides: both signers are on its entry.
            out.put("stage", CountersignStage.SECOND.name());
            out.put("firstCountersignedBy", state.firstCountersign().by());
        }
        DecisionTiming timing = DecisionTiming.of(state, today, calendar);
        change.decide(finalStatus, at, timing);
        WorkflowDetails.putTiming(out, timing, calendar.addWorkingDays(state.receivedOn(),
                WorkingDayCalendar.DECISION_WORKING_DAYS + timing.stoppedWorkingDays()));
    }
}
