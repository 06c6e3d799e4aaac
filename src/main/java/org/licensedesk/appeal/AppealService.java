package org.licensedesk.appeal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.TrailAgreement;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.User;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.domain.appeal.Appeal;
import org.licensedesk.domain.appeal.AppealOutcome;
import org.licensedesk.domain.appeal.AppealRefusedException;
import org.licensedesk.domain.appeal.AppealRules;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.AppealRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.Transaction;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.workflow.WorkflowService;

/**
 * Administrative reconsideration of a denial: APPEAL_RECEIVED within the period after the denial, APPEAL_REVIEWED by
 * a reviewer, then APPEAL_UPHELD (the denial stands) or APPEAL_GRANTED by a supervisor. A granted appeal either sends
 * the application back to UNDER_REVIEW, assigned to the appeal's reviewer, for a new decision, or issues the licence
 * itself (APPROVED, with its licence record) when the reviewer recommended granting it and the supervisor gives the
 * licence's terms. Neither the reviewer nor the supervisor may have taken part in the decision under appeal; the
 * service enforces it.
 */
public final class AppealService {
    /** The days after a denial within which an appeal is received, unless configured otherwise. */
    public static final int DEFAULT_PERIOD_DAYS = 60;

    /** The entries whose actors took part in a decision. */
    private static final Set<AuditAction> DECISION_ACTIONS = EnumSet.of(AuditAction.CLAIMED, AuditAction.ASSIGNED,
            AuditAction.INFO_REQUESTED, AuditAction.INFO_RECEIVED, AuditAction.ASSESSED,
            AuditAction.RECOMMENDED_APPROVAL, AuditAction.RECOMMENDED_DENIAL, AuditAction.SENT_BACK,
            AuditAction.APPROVED, AuditAction.DENIED);

    /** The APPEAL_GRANTED entry's {@code remedy}: the application went back for a new decision. */
    public static final String REMEDY_NEW_DECISION = "NEW_DECISION";
    /** The APPEAL_GRANTED entry's {@code remedy}: the licence was issued on the appeal. */
    public static final String REMEDY_LICENCE = "LICENCE_ISSUED";

    private final Database database;
    private final WorkflowService workflow;
    private final AppealRepository appeals = new AppealRepository();
    private final WorkflowStateRepository states;
    private final AuditRepository auditEntries;
    private final AuditTrail auditTrail;
    private final Officials officials;
    private final Clock clock;
    private final int periodDays;
    private final ObjectMapper json = JsonMapper.shared();

    public AppealService(Database database, WorkflowService workflow, WorkflowStateRepository states,
                         UserRepository users, AuditRepository auditEntries, AuditTrail auditTrail, Clock clock,
                         int periodDays) {
        this.database = Objects.requireNonNull(database, "database");
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.states = Objects.requireNonNull(states, "states");
        this.auditEntries = Objects.requireNonNull(auditEntries, "auditEntries");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.officials = new Officials(database, Objects.requireNonNull(users, "users"),
                new TrailAgreement(database, auditEntries, auditTrail));
        this.clock = Objects.requireNonNull(clock, "clock");
        if (periodDays <= 0) {
            throw new IllegalArgumentException("The appeal period must be at least one day, not " + periodDays);
        }
        this.periodDays = periodDays;
    }

    public int periodDays() {
        return periodDays;
    }

    public Optional<Appeal> latest(String reference) {
        return database.read(transaction -> appeals.latest(transaction, reference));
    }

    /** Records an appeal received on {@code receivedOn} against the application's denial. */
    public Appeal receive(User actor, String reference, LocalDate receivedOn, String note) {
        requireNote(note);
        return database.write(transaction -> {
            User current = current(transaction, actor, "record an appeal");
            WorkflowState state = state(transaction, reference);
            LocalDate deniedOn = state.decidedAt() == null ? null
                    : LocalDate.ofInstant(state.decidedAt(), clock.getZone());
            boolean open = appeals.latest(transaction, reference).map(Appeal::open).orElse(false);
            refuse(AppealRules.refuseReceipt(current, state.status(), reference, deniedOn, receivedOn,
                    LocalDate.now(clock), periodDays, open));
            appeals.insert(transaction, reference, receivedOn);
            ObjectNode details = json.createObjectNode();
            details.put("receivedOn", receivedOn.toString());
            details.put("deniedOn", deniedOn.toString());
            details.put("periodDays", periodDays);
            append(transaction, current, reference, AuditAction.APPEAL_RECEIVED, null, null, note, details);
            return appeals.latest(transaction, reference).orElseThrow();
        });
    }

    /** A reviewer who took no part in the decision recommends upholding the denial or granting the appeal. */
    public Appeal review(User actor, String reference, AppealOutcome recommendation, String note) {
        requireNote(note);
        Set<String> participants = participants(reference);
        return database.write(transaction -> {
            User current = current(transaction, actor, "review an appeal");
            Appeal appeal = open(transaction, reference);
            refuse(AppealRules.refuseReview(current, appeal, participants));
            if (!appeals.review(transaction, appeal, current.username(), recommendation)) {
                throw changedMeanwhile(reference);
            }
            ObjectNode details = json.createObjectNode();
            details.put("recommendation", recommendation.name());
            append(transaction, current, reference, AuditAction.APPEAL_REVIEWED, null, null, note, details);
            return appeals.latest(transaction, reference).orElseThrow();
        });
    }

    /**
     * A supervisor who took no part in the decision decides the reviewed appeal; a granted appeal sends the
     * application back for a new decision.
     */
    public Appeal decide(User actor, String reference, AppealOutcome outcome, String note) {
        return decide(actor, reference, outcome, null, note);
    }

    /**
     * A supervisor who took no part in the decision decides the reviewed appeal. GRANTED with {@code licence} terms
     * issues the licence on the application (APPROVED, with its licence record) rather than sending it back: only
     * when the reviewer recommended granting the appeal, and only if the screening and the regime's rules allow
     * these terms as they would an approval.
     *
     * @param licence the terms of the licence issued on a granted appeal; null to send the application back
     */
    public Appeal decide(User actor, String reference, AppealOutcome outcome, ApprovalTerms licence, String note) {
        requireNote(note);
        Objects.requireNonNull(outcome, "outcome");
        if (licence != null && outcome != AppealOutcome.GRANTED) {
            throw new AppealRefusedException("An upheld appeal issues no licence; decide GRANTED to issue one, or "
                    + "leave out the licence terms.");
        }
        Set<String> participants = participants(reference);
        return database.write(transaction -> {
            User current = current(transaction, actor, "decide an appeal");
            Appeal appeal = open(transaction, reference);
            refuse(AppealRules.refuseDecision(current, appeal, participants));
            if (licence != null) {
                refuse(AppealRules.refuseLicence(appeal));
            }
            if (!appeals.decide(transaction, appeal, current.username(), outcome)) {
                throw changedMeanwhile(reference);
            }
            Instant now = now();
            ObjectNode details = json.createObjectNode();
            details.put("recommendation", appeal.recommendation().name());
            if (outcome == AppealOutcome.GRANTED && licence != null) {
                WorkflowState issued;
                try {
                    issued = workflow.issueOnAppeal(transaction, current.username(), appeal.reviewer(), reference,
                            licence, now);
                } catch (WorkflowRefusedException refused) {
                    throw new AppealRefusedException(refused.getMessage());
                }
                details.put("remedy", REMEDY_LICENCE);
                WorkflowService.putLicence(details, issued, licence);
                append(transaction, current, reference, AuditAction.APPEAL_GRANTED, ApplicationStatus.DENIED,
                        ApplicationStatus.APPROVED, note, details);
            } else if (outcome == AppealOutcome.GRANTED) {
                if (!appeals.sendBack(transaction, reference, appeal.reviewer(), current.username(),
                        AuditRepository.AT_FORMAT.format(now))) {
                    throw changedMeanwhile(reference);
                }
                details.put("remedy", REMEDY_NEW_DECISION);
                details.put("assignee", appeal.reviewer());
                append(transaction, current, reference, AuditAction.APPEAL_GRANTED, ApplicationStatus.DENIED,
                        ApplicationStatus.UNDER_REVIEW, note, details);
            } else {
                append(transaction, current, reference, AuditAction.APPEAL_UPHELD, null, null, note, details);
            }
            return appeals.latest(transaction, reference).orElseThrow();
        });
    }

    /** Everyone who claimed, assessed, recommended, sent back or decided the application. */
    Set<String> participants(String reference) {
        Set<String> names = DECISION_ACTIONS.stream().map(Enum::name).collect(Collectors.toSet());
        return auditEntries.forApplication(reference).stream().filter(entry -> names.contains(entry.action()))
                .map(entry -> entry.actor()).collect(Collectors.toSet());
    }

    private Appeal open(Transaction transaction, String reference) {
        state(transaction, reference);
        return appeals.latest(transaction, reference).filter(Appeal::open).orElseThrow(() ->
                new AppealRefusedException("There is no open appeal on " + reference + "; record the appeal "
                        + "received first."));
    }

    private WorkflowState state(Transaction transaction, String reference) {
        return states.find(transaction, reference).orElseThrow(() -> new AppealRefusedException(
                "There is no application " + reference + "; check the reference."));
    }

    /** The actor as stored now, when active and in agreement with the trail (roles.Officials). */
    private User current(Transaction transaction, User actor, String what) {
        return officials.require(transaction, Authority.ANY_ACTIVE, actor, what, AppealRefusedException::new);
    }

    private void append(Transaction transaction, User actor, String reference, AuditAction action,
                        ApplicationStatus from, ApplicationStatus to, String note, ObjectNode details) {
        auditTrail.append(transaction, new AuditDraft(now(), reference, action, actor.username(), actor.role(), from,
                to, note.strip(), details.toString()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void refuse(Optional<String> refusal) {
        if (refusal.isPresent()) {
            throw new AppealRefusedException(refusal.get());
        }
    }

    private static void requireNote(String note) {
        if (note == null || note.strip().length() < 10) {
            throw new AppealRefusedException("Write a note of at least 10 characters; it stays in the audit trail.");
        }
    }

    private static AppealRefusedException changedMeanwhile(String reference) {
        return new AppealRefusedException(reference + " was changed by someone else just now; nothing was saved: "
                + "open it again and retry.");
    }
}
