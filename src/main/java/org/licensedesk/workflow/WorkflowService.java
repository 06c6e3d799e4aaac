package org.licensedesk.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.FactorAssessment;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowConflictException;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.domain.workflow.WorkflowRules;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;

/**
 * Performs the decision workflow's actions. Each action is one transaction: read the application, check the version
 * the user saw and the {@link WorkflowRules}, write the change with the next version, and append its one audit entry.
 * The window and the command line get exactly the same checks.
 */
public final class WorkflowService {
    private static final DateTimeFormatter CHANGED_AT = DateTimeFormatter.ofPattern("HH:mm 'on' yyyy-MM-dd");

    private final Database database;
    private final WorkflowStateRepository states;
    private final UserRepository users;
    private final AuditRepository auditRepository;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final WorkflowRules rules = new WorkflowRules();
    private final WorkflowDetails details = new WorkflowDetails();
    private final WorkflowTransitions transitions;

    public WorkflowService(Database database, WorkflowStateRepository states, UserRepository users,
                           AuditRepository auditRepository, AuditTrail auditTrail, WorkingDayCalendar calendar,
                           Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.states = Objects.requireNonNull(states, "states");
        this.users = Objects.requireNonNull(users, "users");
        this.auditRepository = Objects.requireNonNull(auditRepository, "auditRepository");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transitions = new WorkflowTransitions(auditRepository, new LicenceNumbers(states),
                Objects.requireNonNull(calendar, "calendar"), details);
    }

    /**
     * Performs an action now.
     *
     * @throws WorkflowConflictException when the application is no longer at the command's expected version
     * @throws WorkflowRefusedException  when the rules refuse it; nothing is changed
     */
    public ActionOutcome perform(User actor, WorkflowCommand command) {
        return perform(actor, command, clock.instant());
    }

    /**
     * Performs an action as of {@code at} (the demo generator back-dates history with it); dates such as the day the
     * clock stops are taken in the service clock's time zone.
     */
    public ActionOutcome perform(User actor, WorkflowCommand command, Instant at) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        Instant when = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(when, clock.getZone());
        return database.inTransaction(connection -> {
            User current = currentUser(connection, actor);
            WorkflowState state = load(connection, command.reference());
            if (state.version() != command.expectedVersion()) {
                throw conflict(state);
            }
            WorkflowCommand checked = withCurrentAssignee(connection, command);
            Optional<String> refusal = rules.refusal(current, state, checked);
            if (refusal.isPresent()) {
                throw new WorkflowRefusedException(refusal.get());
            }
            WorkflowTransitions.Transition transition =
                    transitions.apply(connection, current, state, checked, when, today);
            WorkflowState changed = transition.change().build(current.username(), when);
            if (!states.update(connection, changed, state.version())) {
                // Someone committed between our read and our write: tell who, from the row they left.
                throw conflict(load(connection, command.reference()));
            }
            AuditEntry entry = auditTrail.append(connection, new AuditDraft(when, state.reference(),
                    checked.action(), current.username(), current.role(), state.status(),
                    transition.change().toStatus(), checked.note().strip(), details.text(transition.details())));
            return new ActionOutcome(changed, entry);
        });
    }

    /**
     * The application's workflow state, including whether all eight factors are assessed.
     *
     * @throws WorkflowRefusedException when there is no such application
     */
    public WorkflowState state(String reference) {
        return database.withConnection(connection -> load(connection, reference));
    }

    /** The actions this user may start on the application now, for screens to offer only those. */
    public Set<AuditAction> allowedActions(User user, String reference) {
        return database.withConnection(connection -> {
            Optional<User> current = users.find(connection, user.username());
            if (current.isEmpty()) {
                return EnumSet.noneOf(AuditAction.class);
            }
            return rules.allowedActions(current.get(), load(connection, reference));
        });
    }

    /** The factors of the application's latest assessment, if it was assessed. */
    public Optional<List<FactorAssessment>> latestAssessment(String reference) {
        return database.withConnection(connection -> latestAssessment(connection, reference));
    }

    /** The licence terms of the latest recommendation to approve, to offer them when countersigning. */
    public Optional<ApprovalTerms> recommendedTerms(String reference) {
        return database.withConnection(connection -> auditRepository
                .latest(connection, reference, AuditAction.RECOMMENDED_APPROVAL.name())
                .flatMap(entry -> details.terms(entry.detailsJson())));
    }

    private Optional<List<FactorAssessment>> latestAssessment(Connection connection, String reference)
            throws SQLException {
        return auditRepository.latest(connection, reference, AuditAction.ASSESSED.name())
                .flatMap(entry -> details.factors(entry.detailsJson()));
    }

    private WorkflowState load(Connection connection, String reference) throws SQLException {
        WorkflowState state = states.find(connection, reference).orElseThrow(() -> new WorkflowRefusedException(
                "There is no application " + reference + "; check the reference."));
        return state.withFactorsAssessed(latestAssessment(connection, reference).map(WorkflowService::complete)
                .orElse(false));
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
    private User currentUser(Connection connection, User actor) throws SQLException {
        return users.find(connection, actor.username()).orElseThrow(() -> new WorkflowRefusedException(
                "There is no user " + actor.username() + "; sign in again."));
    }

    private WorkflowCommand withCurrentAssignee(Connection connection, WorkflowCommand command) throws SQLException {
        if (command instanceof WorkflowCommand.Assign assign && assign.assignee() != null) {
            User assignee = users.find(connection, assign.assignee().username()).orElseThrow(
                    () -> new WorkflowRefusedException("There is no user " + assign.assignee().username()
                            + "; choose a reviewer from the list."));
            return new WorkflowCommand.Assign(assign.reference(), assign.expectedVersion(), assign.note(), assignee);
        }
        return command;
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
