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
import org.licensedesk.domain.appeal.Appeal;
import org.licensedesk.domain.appeal.AppealOutcome;
import org.licensedesk.domain.appeal.AppealRefusedException;
import org.licensedesk.domain.appeal.AppealRules;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.store.AppealRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.Transaction;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;

/**
 * Administrative reconsideration of a denial: APPEAL_RECEIVED within the period after the denial, APPEAL_REVIEWED by
 * a reviewer, then APPEAL_UPHELD (the denial stands) or APPEAL_GRANTED (the application goes back to UNDER_REVIEW,
 * assigned to the appeal's reviewer, for a new decision) by a supervisor. Neither the reviewer nor the supervisor may
 * have taken part in the decision under appeal; the service enforces it.
 */
public final class AppealService {
    /** The days after a denial within which an appeal is received, unless configured otherwise. */
    public static final int DEFAULT_PERIOD_DAYS = 60;

    /** The entries whose actors took part in a decision. */
    private static final Set<AuditAction> DECISION_ACTIONS = EnumSet.of(AuditAction.CLAIMED, AuditAction.ASSIGNED,
            AuditAction.INFO_REQUESTED, AuditAction.INFO_RECEIVED, AuditAction.ASSESSED,
            AuditAction.RECOMMENDED_APPROVAL, AuditAction.RECOMMENDED_DENIAL, AuditAction.SENT_BACK,
            AuditAction.APPROVED, AuditAction.DENIED);

    private final Database database;
    private final AppealRepository appeals = new AppealRepository();
    private final WorkflowStateRepository states;
    private final UserRepository users;
    private final AuditRepository auditEntries;
    private final AuditTrail auditTrail;
    private final TrailAgreement agreement;
    private final Clock clock;
    private final int periodDays;
    private final ObjectMapper json = JsonMapper.create();

    public AppealService(Database database, WorkflowStateRepository states, UserRepository users,
                         AuditRepository auditEntries, AuditTrail auditTrail, Clock clock, int periodDays) {
        this.database = Objects.requireNonNull(database, "database");
        this.states = Objects.requireNonNull(states, "states");
        this.users = Objects.requireNonNull(users, "users");
        this.auditEntries = Objects.requireNonNull(auditEntries, "auditEntries");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.agreement = new TrailAgreement(database, auditEntries, auditTrail);
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
            User current = current(transaction, actor);
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
            User current = current(transaction, actor);
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

    /** A supervisor who took no part in the decision decides the reviewed appeal. */
    public Appeal decide(User actor, String reference, AppealOutcome outcome, String note) {
        requireNote(note);
        Set<String> participants = participants(reference);
        return database.write(transaction -> {
            User current = current(transaction, actor);
            Appeal appeal = open(transaction, reference);
            refuse(AppealRules.refuseDecision(current, appeal, participants));
            if (!appeals.decide(transaction, appeal, current.username(), outcome)) {
                throw changedMeanwhile(reference);
            }
            Instant now = now();
            ObjectNode details = json.createObjectNode();
            details.put("recommendation", appeal.recommendation().name());
            if (outcome == AppealOutcome.GRANTED) {
                if (!appeals.sendBack(transaction, reference, appeal.reviewer(), current.username(),
                        AuditRepository.AT_FORMAT.format(now))) {
                    throw changedMeanwhile(reference);
                }
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

    private User current(Transaction transaction, User actor) {
        User current = users.find(transaction, actor.username()).orElseThrow(() -> new AppealRefusedException(
                "There is no user " + actor.username() + "; sign in again."));
        agreement.check(transaction, current, AppealRefusedException::new);
        return current;
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
