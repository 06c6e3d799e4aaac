package org.licensedesk.workflow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.TrailAgreement;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.Recommendation;
import org.licensedesk.domain.workflow.RegimeRules;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowConflictException;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.domain.workflow.WorkflowRules;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.flags.FlagGate;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.FlagRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.LicenceRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.store.Transaction;

/**
 * Performs the decision workflow's actions. Each action is one transaction: read the application, check the version
 * the user saw and the {@link WorkflowRules}, write the change with the next version, and append its one audit entry.
 * The window and the command line get exactly the same checks; bulk loads ({@link #performAll}) run many actions
 * through the same checks in one transaction.
 */
public final class WorkflowService {
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowService.class);
    private static final DateTimeFormatter CHANGED_AT = DateTimeFormatter.ofPattern("HH:mm 'on' yyyy-MM-dd");

    private final Database database;
    private final WorkflowStateRepository states;
    private final UserRepository users;
    private final AuditRepository auditRepository;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final WorkflowRules rules = new WorkflowRules();
    private final RegimeRules regimeRules = new RegimeRules();
    private final SecondCountersign secondCountersign;
    private final WorkflowDetails details = new WorkflowDetails();
    private final WorkflowTransitions transitions;
    private final LicenceRepository licences = new LicenceRepository();
    private final TrailAgreement agreement;
    /** flags (issue 13): raises the rules' flags after status changes; a blocking open flag stops an approval. */
    private final FlagGate flags;

    public WorkflowService(Database database, WorkflowStateRepository states, UserRepository users,
                           AuditRepository auditRepository, AuditTrail auditTrail, WorkingDayCalendar calendar,
                           Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.states = Objects.requireNonNull(states, "states");
        this.users = Objects.requireNonNull(users, "users");
        this.auditRepository = Objects.requireNonNull(auditRepository, "auditRepository");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.agreement = new TrailAgreement(database, auditRepository, auditTrail);
        this.flags = new FlagGate(new FlagRepository(), auditTrail);
        this.transitions = new WorkflowTransitions(new LicenceNumbers(states),
                Objects.requireNonNull(calendar, "calendar"), details);
        this.secondCountersign = new SecondCountersign(states, transitions);
    }

    /**
     * Performs an action now.
     *
     * @throws WorkflowConflictException when the application is no longer at the command's expected version
     * @throws WorkflowRefusedException  when the rules refuse it; nothing is changed
     */
    public ActionOutcome perform(User actor, WorkflowCommand command) {
        try {
            ActionOutcome outcome = perform(actor, command, clock.instant());
            // Who did what to which application: never the note, which may hold anything the official typed.
            LOG.info("{} recorded {} on {} (audit entry {})", actor.username(), outcome.entry().action(),
                    outcome.entry().applicationRef(), outcome.entry().seq());
            return outcome;
        } catch (WorkflowRefusedException refused) {
            LOG.info("{} was refused an action on {}: {}", actor.username(), command.reference(),
                    refused.getClass().getSimpleName());
            throw refused;
        }
    }

    /**
     * Performs an action as of {@code at} (the demo generator back-dates history with it); dates such as the day the
     * clock stops are taken in the service clock's time zone.
     */
    public ActionOutcome perform(User actor, WorkflowCommand command, Instant at) {
        ScheduledAction action = new ScheduledAction(actor, command, at);
        return database.write(transaction -> performAll(transaction, List.of(action)).get(0));
    }

    /**
     * Performs many actions, in list order, in one transaction: each gets exactly the checks and changes of
     * {@link #perform(User, WorkflowCommand, Instant)}, and the first refusal or conflict rolls back all of them.
     * For bulk work such as demo data, where a transaction per action is too slow.
     *
     * @return the outcomes, in the order of the actions
     */
    public List<ActionOutcome> performAll(List<ScheduledAction> actions) {
        Objects.requireNonNull(actions, "actions");
        return database.write(transaction -> performAll(transaction, actions));
    }

    /**
     * Like {@link #performAll(List)}, on the caller's transaction, so that bulk loads can put the
     * actions between their own writes (such as the entries recording new applications) and commit them together.
     * Users are read once per call; the audit entries are appended, in the order of the actions, when the last
     * action has passed.
     */
    public List<ActionOutcome> performAll(Transaction transaction, List<ScheduledAction> actions) {
        Objects.requireNonNull(transaction, "transaction");
        ActionBatch batch = new ActionBatch();
        for (ScheduledAction action : actions) {
            perform(transaction, Objects.requireNonNull(action, "action"), batch);
        }
        for (ActionBatch.Unstored unstored : batch.takeAllUnstored()) {
            store(transaction, unstored, batch);
        }
        if (batch.drafts().isEmpty()) {
            return List.of();
        }
        List<AuditEntry> entries = auditTrail.appendAll(transaction, batch.drafts());
        flags.raiseAfter(transaction, batch.drafts());
        List<ActionOutcome> outcomes = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            outcomes.add(new ActionOutcome(batch.draftStates().get(i), entries.get(i)));
        }
        return outcomes;
    }

    /** One action on the caller's transaction: read, check the version and the rules, write, record the entry. */
    private void perform(Transaction transaction, ScheduledAction action, ActionBatch batch) {
        WorkflowCommand command = action.command();
        Instant when = action.at().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(when, clock.getZone());
        User current = currentUser(transaction, action.actor(), batch);
        WorkflowState written = batch.written(command.reference());
        WorkflowState state = written != null ? written : load(transaction, command.reference());
        if (written == null) {
            // The row's status must be the one the trail last recorded; the batch's own writes are its to vouch for.
            agreement.checkApplication(transaction, current, state.reference(), state.status(),
                    WorkflowRefusedException::new);
        }
        if (state.version() != command.expectedVersion()) {
            throw conflict(state);
        }
        WorkflowCommand checked = withCurrentAssignee(transaction, command, batch);
        Optional<String> refusal = rules.refusal(current, state, checked);
        if (refusal.isEmpty() && RegimeRules.appliesTo(checked)) {
            refusal = regimeRules.refusal(state, checked, states.documentTypes(transaction, state.reference()));
        }
        if (refusal.isEmpty() && checked instanceof WorkflowCommand.RecommendApproval) {
            refusal = regimeRules.militaryRefusal(state, checked, states.militaryDeclared(transaction,
                    state.reference()), auditRepository.recordedBy(transaction, state.reference(),
                    AuditAction.NOTE_ADDED.name(), UserRole.SUPERVISOR.name()));
        }
        if (refusal.isEmpty() && checked.action() == AuditAction.APPROVED) {
            refusal = flags.approvalRefusal(transaction, state.reference());
        }
        if (refusal.isPresent()) {
            throw new WorkflowRefusedException(refusal.get());
        }
        WorkflowTransitions.RecordedDetails recorded =
                (reference, recordedAction) -> latestDetails(transaction, reference, recordedAction, batch);
        // issue 13: a decision some rules give two countersignatures records the first as COUNTERSIGNED.
        Optional<String> firstOfTwo = secondCountersign.reason(transaction, state, checked, recorded);
        AuditAction recordedAs = firstOfTwo.isPresent() ? AuditAction.COUNTERSIGNED : checked.action();
        WorkflowTransitions.Transition transition = firstOfTwo.isPresent()
                ? transitions.firstCountersign(current, state, checked, firstOfTwo.get(), recorded)
                : transitions.apply(transaction, current, state, checked, when, today, recorded);
        WorkflowState changed = transition.change().build(current.username(), when);
        // The row is written once the run is done with the application (see store), at the version read first.
        if (written == null) {
            batch.rememberStored(state.reference(), state.version());
        }
        batch.record(changed, new AuditDraft(when, state.reference(), recordedAs, current.username(),
                current.role(), state.status(), transition.change().toStatus(),
                // An optional note left out (claiming an unassigned application) is recorded as an empty one.
                checked.note() == null ? "" : checked.note().strip(), details.text(transition.details())));
        if (changed.status() == ApplicationStatus.APPROVED && state.status() != ApplicationStatus.APPROVED) {
            // The licence record (Art. 15) is issued with the approval, in its transaction, from the written row.
            store(transaction, batch.takeUnstored(changed.reference()), batch);
            licences.issueFrom(transaction, changed.reference(),
                    LicenceType.valueOf(transition.details().path("licenceType").asText()));
        }
    }

    /**
     * Writes a state over its row if the row is still at the version the run read (or last wrote); otherwise someone
     * committed in between, and the run's actions are refused as a conflict that names who.
     */
    private void store(Transaction transaction, ActionBatch.Unstored unstored, ActionBatch batch) {
        WorkflowState state = unstored.state();
        if (!states.update(transaction, state, unstored.storedVersion())) {
            throw conflict(load(transaction, state.reference()));
        }
        batch.rememberStored(state.reference(), state.version());
    }

    /**
     * Issues the licence on a denied application whose appeal a supervisor grants with a licence, inside the appeal
     * service's transaction: the screening (every hit disposed of, none a true match) and the regime's rules on the
     * terms hold as for an approval; the application becomes APPROVED, recommended by the appeal's reviewer and
     * decided by the supervisor (usernames the appeal service has checked), with a licence number, its validity from {@code at}'s day and its licence record.
     * Appends no audit entry: the caller's APPEAL_GRANTED entry records the licence (see {@link #putLicence}).
     *
     * @throws WorkflowRefusedException when the application is not DENIED or the licence may not be issued
     */
    public WorkflowState issueOnAppeal(Transaction transaction, String supervisor, String reviewer, String reference,
                                       ApprovalTerms terms, Instant at) {
        Objects.requireNonNull(terms, "terms");
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(when, clock.getZone());
        WorkflowState state = load(transaction, reference);
        if (state.status() != ApplicationStatus.DENIED) {
            throw new WorkflowRefusedException(reference + " is " + state.status() + "; a licence is issued on "
                    + "appeal only on a denied application.");
        }
        Optional<String> refusal = WorkflowRules.licenceScreeningRefusal(state);
        if (refusal.isEmpty()) {
            refusal = regimeRules.refusal(state, new WorkflowCommand.Approve(reference, state.version(),
                    "appeal granted", terms, List.of()), states.documentTypes(transaction, reference));
        }
        if (refusal.isPresent()) {
            throw new WorkflowRefusedException(refusal.get());
        }
        String number = transitions.licenceNumber(transaction, reference, today);
        LocalDate validUntil = today.plusMonths(terms.validityMonths()).minusDays(1);
        // The decision's timing against the statutory deadline stays the original decision's: the appeal is not it.
        WorkflowState changed = new WorkflowState(reference, state.receivedOn(), ApplicationStatus.APPROVED,
                state.assignee(), reviewer, Recommendation.APPROVAL,
                state.factorsAssessed(), null, state.stoppedWorkingDays(), when, state.decidedWithinDeadline(),
                number, today, validUntil, state.version() + 1, supervisor, when, state.screening());
        if (!states.update(transaction, changed, state.version())) {
            throw conflict(load(transaction, reference));
        }
        licences.issueFrom(transaction, reference, terms.licenceType());
        return changed;
    }

    /** What an APPEAL_GRANTED entry that issued a licence records of it, as an APPROVED entry does. */
    public static void putLicence(ObjectNode details, WorkflowState issued,
                                  ApprovalTerms terms) {
        WorkflowDetails.putTerms(details, terms);
        details.put("licenceNumber", issued.licenceNumber());
        WorkflowDetails.putDate(details, "validFrom", issued.licenceValidFrom());
        WorkflowDetails.putDate(details, "validUntil", issued.licenceValidUntil());
    }

    /**
     * The application's workflow state, including whether all eight factors are assessed.
     *
     * @throws WorkflowRefusedException when there is no such application
     */
    public WorkflowState state(String reference) {
        return database.read(transaction -> load(transaction, reference));
    }

    /** The actions this user may start on the application now, for screens to offer only those. */
    public Set<AuditAction> allowedActions(User user, String reference) {
        return database.read(transaction -> {
            Optional<User> current = users.find(transaction, user.username());
            if (current.isEmpty()) {
                return EnumSet.noneOf(AuditAction.class);
            }
            return rules.allowedActions(current.get(), load(transaction, reference));
        });
    }

    /** The factors of the application's latest assessment, if it was assessed. */
    public Optional<List<FactorAssessment>> latestAssessment(String reference) {
        return database.read(transaction -> latestAssessment(transaction, reference));
    }

    /** The licence terms of the latest recommendation to approve, to offer them when countersigning. */
    public Optional<ApprovalTerms> recommendedTerms(String reference) {
        return database.read(transaction -> auditRepository
                .latest(transaction, reference, AuditAction.RECOMMENDED_APPROVAL.name())
                .flatMap(entry -> details.terms(entry.detailsJson())));
    }

    /** The reasons of the latest recommendation to deny, to show them to the supervisor who decides. */
    public Optional<List<DenialReason>> recommendedDenialReasons(String reference) {
        return database.read(transaction -> auditRepository
                .latest(transaction, reference, AuditAction.RECOMMENDED_DENIAL.name())
                .flatMap(entry -> details.reasons(entry.detailsJson())));
    }

    private Optional<List<FactorAssessment>> latestAssessment(Transaction transaction, String reference) {
        return auditRepository.latest(transaction, reference, AuditAction.ASSESSED.name())
                .flatMap(entry -> details.factors(entry.detailsJson()));
    }

    /** The state this batch wrote last, which is the row as it stands (the batch holds its lock), or the row. */
    private WorkflowState load(Transaction transaction, String reference, ActionBatch batch) {
        WorkflowState written = batch.written(reference);
        return written != null ? written : load(transaction, reference);
    }

    /** The details of the application's latest entry of an action, including entries the batch has yet to append. */
    private Optional<String> latestDetails(Transaction transaction, String reference, AuditAction action,
                                           ActionBatch batch) {
        String pending = batch.latestDetails(reference, action);
        if (pending != null) {
            return Optional.of(pending);
        }
        return auditRepository.latest(transaction, reference, action.name()).map(AuditEntry::detailsJson);
    }

    private WorkflowState load(Transaction transaction, String reference) {
        WorkflowState state = states.find(transaction, reference).orElseThrow(() -> new WorkflowRefusedException(
                "There is no application " + reference + "; check the reference."));
        return state.withFactorsAssessed(latestAssessment(transaction, reference).map(WorkflowService::complete)
                .orElse(false)).withScreening(states.screening(transaction, reference));
    }

    private static boolean complete(List<FactorAssessment> factors) {
        Set<ReviewFactor> rated = EnumSet.noneOf(ReviewFactor.class);
        for (FactorAssessment assessment : factors) {
            if (!assessment.comment().isEmpty()) {
                rated.add(assessment.factor());
            }
        }
        return rated.size() == ReviewFactor.values().length;
    }

    /** The acting user as stored now: a deactivation or role change since sign-in counts. */
    private User currentUser(Transaction transaction, User actor, ActionBatch batch) {
        return stored(transaction, actor.username(), batch).orElseThrow(() -> new WorkflowRefusedException(
                "There is no user " + actor.username() + "; sign in again."));
    }

    private WorkflowCommand withCurrentAssignee(Transaction transaction, WorkflowCommand command, ActionBatch batch) {
        if (command instanceof WorkflowCommand.Assign assign && assign.assignee() != null) {
            User assignee = stored(transaction, assign.assignee().username(), batch).orElseThrow(
                    () -> new WorkflowRefusedException("There is no user " + assign.assignee().username()
                            + "; choose a reviewer from the list."));
            return new WorkflowCommand.Assign(assign.reference(), assign.expectedVersion(), assign.note(), assignee);
        }
        return command;
    }

    /** A user as stored, read once per transaction: a batch asks for the same few officials again and again. */
    private Optional<User> stored(Transaction transaction, String username, ActionBatch batch) {
        Optional<User> known = batch.user(username);
        if (known == null) {
            known = users.find(transaction, username);
            // The role and active flag must agree with the trail: checked once per transaction and user.
            known.ifPresent(user -> agreement.check(transaction, user, WorkflowRefusedException::new));
            batch.rememberUser(username, known);
        }
        return known;
    }

    private WorkflowConflictException conflict(WorkflowState current) {
        String who = current.lastChangedBy() == null ? "someone else" : current.lastChangedBy();
        String when = current.lastChangedAt() == null ? ""
                : " at " + CHANGED_AT.format(current.lastChangedAt().atZone(clock.getZone()));
        return new WorkflowConflictException(current.reference() + " was changed by " + who + when
                + " after you opened it. Nothing was saved: reload the application to see the change, then try again.",
                current.reference(), current.lastChangedBy(), current.lastChangedAt(), current.version());
    }
}
