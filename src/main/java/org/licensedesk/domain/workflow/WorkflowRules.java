package org.licensedesk.domain.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.ClockStop;
import org.licensedesk.domain.MofcomListing;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;

/**
 * Who may do what to an application, from which status, and what each action must carry; four-eyes on decisions.
 * Pure: the service enforces it for every caller, and the screens ask it which actions to offer.
 */
public final class WorkflowRules {
    /** A note shorter than this, after trimming, says nothing a later reader can use. */
    public static final int MIN_NOTE_LENGTH = 10;

    private static final Set<AuditAction> WORKFLOW_ACTIONS = Collections.unmodifiableSet(EnumSet.of(
            AuditAction.CLAIMED, AuditAction.ASSIGNED, AuditAction.INFO_REQUESTED, AuditAction.INFO_RECEIVED,
            AuditAction.ASSESSED, AuditAction.RECOMMENDED_APPROVAL, AuditAction.RECOMMENDED_DENIAL,
            AuditAction.RETURNED_WITHOUT_ACTION, AuditAction.SENT_BACK, AuditAction.APPROVED, AuditAction.DENIED,
            AuditAction.WITHDRAWN, AuditAction.NOTE_ADDED, AuditAction.CLOCK_STOPPED, AuditAction.CLOCK_RESUMED));

    private static final Map<AuditAction, String> VERBS = new EnumMap<>(Map.ofEntries(
            Map.entry(AuditAction.CLAIMED, "claim"),
            Map.entry(AuditAction.ASSIGNED, "assign"),
            Map.entry(AuditAction.INFO_REQUESTED, "request information on"),
            Map.entry(AuditAction.INFO_RECEIVED, "record the applicant's answer on"),
            Map.entry(AuditAction.ASSESSED, "assess"),
            Map.entry(AuditAction.RECOMMENDED_APPROVAL, "recommend approval of"),
            Map.entry(AuditAction.RECOMMENDED_DENIAL, "recommend denial of"),
            Map.entry(AuditAction.RETURNED_WITHOUT_ACTION, "return"),
            Map.entry(AuditAction.SENT_BACK, "send back"),
            Map.entry(AuditAction.APPROVED, "approve"),
            Map.entry(AuditAction.DENIED, "deny"),
            Map.entry(AuditAction.WITHDRAWN, "withdraw"),
            Map.entry(AuditAction.NOTE_ADDED, "add a note to"),
            Map.entry(AuditAction.CLOCK_STOPPED, "stop the clock of"),
            Map.entry(AuditAction.CLOCK_RESUMED, "restart the clock of")));

    /**
     * Whether the action must carry a note of at least {@link #MIN_NOTE_LENGTH} characters. Claiming an application
     * nobody holds says all a later reader needs (who took it, when), so its note is optional; taking one over from a
     * colleague, and every other action, still says why.
     */
    public static boolean noteRequired(WorkflowState state, AuditAction action) {
        Objects.requireNonNull(state, "state");
        return !(action == AuditAction.CLAIMED && state.assignee() == null);
    }

    /** The actions of the decision workflow, in the order the screens list them. */
    public static Set<AuditAction> workflowActions() {
        return WORKFLOW_ACTIONS;
    }

    /** The actions this user may start on the application now; a command may still be refused for its content. */
    public Set<AuditAction> allowedActions(User actor, WorkflowState state) {
        Set<AuditAction> allowed = EnumSet.noneOf(AuditAction.class);
        for (AuditAction action : WORKFLOW_ACTIONS) {
            if (refusal(actor, state, action).isEmpty()) {
                allowed.add(action);
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    /**
     * Why this user may not take this action on the application now (their role, the status, whether they are the
     * assignee, four-eyes, the assessment), before any content is looked at; empty when they may.
     */
    public Optional<String> refusal(User actor, WorkflowState state, AuditAction action) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(action, "action");
        if (!WORKFLOW_ACTIONS.contains(action)) {
            return Optional.of(action + " is not an action of the decision workflow.");
        }
        if (!actor.active()) {
            return Optional.of("Your account (" + actor.username() + ") is deactivated, so you can no longer act on "
                    + "applications. Ask a supervisor if this is a mistake.");
        }
        String ref = state.reference();
        switch (action) {
            case CLAIMED:
                return first(
                        () -> actor.role() == UserRole.REVIEWER ? null
                                : "Only reviewers claim applications; as a supervisor, assign " + ref
                                        + " to a reviewer instead.",
                        () -> mustBeOpen(state, action),
                        () -> state.isAssignee(actor.username()) ? "You are already the assignee of " + ref + "."
                                : null);
            case ASSIGNED:
                return first(
                        () -> actor.role() == UserRole.SUPERVISOR ? null
                                : "Only a supervisor may assign " + ref + " to a reviewer; you can claim it for "
                                        + "yourself instead.",
                        () -> mustBeOpen(state, action));
            case INFO_REQUESTED:
            case RETURNED_WITHOUT_ACTION:
                return first(() -> mustBe(state, action, ApplicationStatus.UNDER_REVIEW),
                        () -> mustBeAssignee(actor, state, action),
                        () -> stoppedRefusal(state, action));
            case ASSESSED:
                return first(() -> mustBe(state, action, ApplicationStatus.UNDER_REVIEW),
                        () -> mustBeAssignee(actor, state, action));
            case INFO_RECEIVED:
                return first(() -> mustBe(state, action, ApplicationStatus.INFO_REQUESTED),
                        () -> mustBeAssignee(actor, state, action));
            case RECOMMENDED_APPROVAL:
            case RECOMMENDED_DENIAL:
                return first(() -> mustBe(state, action, ApplicationStatus.UNDER_REVIEW),
                        () -> mustBeAssignee(actor, state, action),
                        () -> stoppedRefusal(state, action),
                        () -> state.factorsAssessed() ? null
                                : "Assess all eight review factors of " + ref + " before you recommend a decision.",
                        () -> action == AuditAction.RECOMMENDED_APPROVAL ? screeningRefusal(state) : null);
            case SENT_BACK:
                return first(() -> mustBeSupervisor(actor, state, action),
                        () -> mustBe(state, action, ApplicationStatus.PENDING_COUNTERSIGN));
            case APPROVED:
            case DENIED:
                return first(() -> mustBeSupervisor(actor, state, action),
                        () -> mustBe(state, action, ApplicationStatus.PENDING_COUNTERSIGN),
                        () -> stoppedRefusal(state, action),
                        () -> state.recommendation() != null ? null
                                : ref + " has no recorded recommendation; send it back so the reviewer can "
                                        + "recommend a decision.",
                        () -> actor.username().equals(state.recommendedBy())
                                ? "You recommended this application; another supervisor must countersign it."
                                : null,
                        () -> CountersignRules.secondCountersignRefusal(actor.username(), state, action),
                        () -> action == AuditAction.APPROVED && state.screening().hasBlockingMatch()
                                ? trueMatch(state.screening().blockingMatches().get(0)) + "; deny " + ref
                                        + " or send it back instead of approving it."
                                : null);
            case WITHDRAWN:
                return first(() -> mustBeOpen(state, action),
                        () -> actor.role() == UserRole.SUPERVISOR || state.isAssignee(actor.username()) ? null
                                : "Only the assignee" + assigneeInBrackets(state) + " or a supervisor may withdraw "
                                        + ref + ".");
            case NOTE_ADDED:
                return Optional.empty();
            case CLOCK_STOPPED:
                return first(() -> mustBeOpen(state, action),
                        () -> alreadyStopped(state),
                        () -> actor.role() == UserRole.SUPERVISOR || state.isAssignee(actor.username()) ? null
                                : "Only the assignee" + assigneeInBrackets(state) + " may stop the clock of " + ref
                                        + " (Regulations Art. 17(3)); a supervisor may refer it to the State Council "
                                        + "(Art. 17(2)).");
            case CLOCK_RESUMED:
                return first(() -> mustBeOpen(state, action),
                        () -> state.clockStop() != null ? null
                                : state.status() == ApplicationStatus.INFO_REQUESTED
                                        ? "The clock of " + ref + " waits for the applicant's information; record "
                                                + "their answer to restart it."
                                        : "The clock of " + ref + " is running; there is nothing to restart.",
                        () -> state.clockStop().bySupervisor() ? mustBeSupervisor(actor, state, action)
                                : mustBeAssignee(actor, state, action));
            default:
                throw new IllegalStateException("Unhandled workflow action " + action);
        }
    }

    /**
     * Why this command may not be performed by this user on the application in this state; empty when it may. Checks
     * everything {@link #refusal(User, WorkflowState, AuditAction)} does, then the note and what the action carries.
     */
    public Optional<String> refusal(User actor, WorkflowState state, WorkflowCommand command) {
        Objects.requireNonNull(command, "command");
        if (!command.reference().equals(state.reference())) {
            throw new IllegalArgumentException("The command is for " + command.reference() + " but the state is of "
                    + state.reference());
        }
        Optional<String> refusal = refusal(actor, state, command.action());
        if (refusal.isPresent()) {
            return refusal;
        }
        return first(() -> CommandContent.noteRefusal(state, command),
                () -> command instanceof WorkflowCommand.StopClock stop ? clockStopRefusal(actor, state, stop) : null,
                () -> CommandContent.refusal(state, command));
    }

    /**
     * The reasons this user may stop the application's clock for now, in the order of {@link ClockStop}: the assignee's
     * of Art. 17(3), a supervisor's referral of Art. 17(2); empty when the clock may not stop.
     */
    public java.util.List<ClockStop> clockStopsFor(User actor, WorkflowState state) {
        if (refusal(actor, state, AuditAction.CLOCK_STOPPED).isPresent()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(ClockStop.values()).filter(reason -> clockStopRefusal(actor, state,
                new WorkflowCommand.StopClock(state.reference(), state.version(), "", reason)) == null).toList();
    }

    /**
     * Why the clock may not stop for this command's reason: the assignee stops it for identification, expert
     * consultation or on-site verification while the application is under review (Regulations Art. 17(3)); only a
     * supervisor refers it to the State Council, under review or awaiting countersignature (Art. 17(2)).
     */
    private static String clockStopRefusal(User actor, WorkflowState state, WorkflowCommand.StopClock stop) {
        String ref = state.reference();
        ClockStop reason = stop.reason();
        if (reason == null) {
            return "Choose why the clock of " + ref + " stops: identification of the items, expert consultation or "
                    + "on-site verification (Regulations Art. 17(3)), or referral to the State Council (Art. 17(2)).";
        }
        if (reason.bySupervisor()) {
            if (actor.role() != UserRole.SUPERVISOR) {
                return "Only a supervisor may refer " + ref + " to the State Council (Regulations Art. 17(2)).";
            }
            return state.status() == ApplicationStatus.UNDER_REVIEW
                    || state.status() == ApplicationStatus.PENDING_COUNTERSIGN ? null
                    : "A supervisor refers " + ref + " to the State Council (Regulations Art. 17(2)) while it is under "
                            + "review or waiting for a countersignature; it is " + describe(state.status()) + ".";
        }
        if (!state.isAssignee(actor.username())) {
            return "Only the assignee" + assigneeInBrackets(state) + " may stop the clock of " + ref + " for "
                    + reason.description() + " (Regulations " + reason.article() + ").";
        }
        return state.status() == ApplicationStatus.UNDER_REVIEW ? null
                : "The clock of " + ref + " stops for " + reason.description() + " (Regulations " + reason.article()
                        + ") only while it is under review; it is " + describe(state.status()) + ".";
    }

    private static String alreadyStopped(WorkflowState state) {
        if (state.status() == ApplicationStatus.INFO_REQUESTED) {
            return "The clock of " + state.reference() + " is already stopped waiting for the applicant's "
                    + "information; record their answer first.";
        }
        return state.clockStop() == null ? null
                : "The clock of " + state.reference() + " is already " + state.clockStop().sentence()
                        + "; restart it first.";
    }

    /** A decision, a return or a request for information waits until a stop of Art. 17(2) or 17(3) has ended. */
    private static String stoppedRefusal(WorkflowState state, AuditAction action) {
        return state.clockStop() == null ? null
                : "The clock of " + state.reference() + " is " + state.clockStop().sentence() + "; restart it "
                        + "before you " + VERBS.get(action) + " it.";
    }

    /**
     * Why a licence may not be issued on this application's screening, when it is issued otherwise than by
     * countersigning a recommendation (a granted appeal): every hit disposed of and none a true match, as a
     * recommendation to approve needs. Empty when it may.
     */
    public static Optional<String> licenceScreeningRefusal(WorkflowState state) {
        ScreeningClearance screening = state.screening();
        if (screening.hasBlockingMatch()) {
            return Optional.of(trueMatch(screening.blockingMatches().get(0)) + "; no licence may be issued on "
                    + state.reference() + ".");
        }
        int open = screening.undisposedHits();
        if (open > 0) {
            return Optional.of((open == 1 ? "1 screening hit has" : open + " screening hits have")
                    + " no disposition yet: record one on the Screening tab before a licence is issued on "
                    + state.reference() + ".");
        }
        return Optional.empty();
    }

    /** Approval needs every screening hit disposed of, and none of them a true match. */
    private static String screeningRefusal(WorkflowState state) {
        ScreeningClearance screening = state.screening();
        if (screening.hasBlockingMatch()) {
            return trueMatch(screening.blockingMatches().get(0)) + "; recommend denial instead.";
        }
        int open = screening.undisposedHits();
        if (open > 0) {
            return (open == 1 ? "1 screening hit has" : open + " screening hits have") + " no disposition yet: "
                    + "record one on the Screening tab before you recommend approval of " + state.reference() + ".";
        }
        return null;
    }

    private static String trueMatch(ScreeningHit hit) {
        String party = switch (hit.party()) {
            case APPLICANT -> "The applicant";
            case CONSIGNEE -> "The consignee";
            case END_USER -> "The end user";
        };
        String controlList = MofcomListing.MofcomList.ofListName(hit.listName()) == MofcomListing.MofcomList.CONTROL
                ? ", to which exports of dual-use items are prohibited (Regulations Arts. 28–30)" : "";
        return party + " (" + hit.partyName() + ") is a true match for " + hit.listedName() + " on the "
                + hit.listName() + controlList;
    }

    private static String mustBeSupervisor(User actor, WorkflowState state, AuditAction action) {
        return actor.role() == UserRole.SUPERVISOR ? null
                : "Only a supervisor may " + VERBS.get(action) + " " + state.reference() + ".";
    }

    private static String mustBeAssignee(User actor, WorkflowState state, AuditAction action) {
        if (state.isAssignee(actor.username())) {
            return null;
        }
        if (state.assignee() == null) {
            return state.reference() + " has no assignee; claim it, or ask a supervisor to assign it, before you "
                    + VERBS.get(action) + " it.";
        }
        return "Only the assignee (" + state.assignee() + ") may " + VERBS.get(action) + " " + state.reference() + ".";
    }

    private static String mustBe(WorkflowState state, AuditAction action, ApplicationStatus required) {
        if (state.status() == required) {
            return null;
        }
        if (state.status().isFinal()) {
            return decided(state);
        }
        return "You can " + VERBS.get(action) + " " + state.reference() + " only while it is " + describe(required)
                + "; it is " + describe(state.status()) + ".";
    }

    private static String mustBeOpen(WorkflowState state, AuditAction action) {
        return state.status().isOpen() ? null : decided(state);
    }

    private static String decided(WorkflowState state) {
        return state.reference() + " is already " + describe(state.status()) + "; a closed application cannot be "
                + "changed, but you can still add a note to it.";
    }

    private static String assigneeInBrackets(WorkflowState state) {
        return state.assignee() == null ? "" : " (" + state.assignee() + ")";
    }

    /** A status as a sentence fragment. */
    public static String describe(ApplicationStatus status) {
        switch (status) {
            case SUBMITTED:
                return "submitted and not yet claimed";
            case UNDER_REVIEW:
                return "under review";
            case INFO_REQUESTED:
                return "waiting for information from the applicant";
            case PENDING_COUNTERSIGN:
                return "waiting for a supervisor's countersignature";
            case APPROVED:
                return "approved";
            case DENIED:
                return "denied";
            case RETURNED:
                return "returned without action";
            case WITHDRAWN:
                return "withdrawn";
            default:
                throw new IllegalStateException("Unhandled status " + status);
        }
    }

    private static Optional<String> first(Check... checks) {
        for (Check check : checks) {
            String refusal = check.refusal();
            if (refusal != null) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    /** One check; null when it passes. */
    @FunctionalInterface
    private interface Check {
        String refusal();
    }
}
