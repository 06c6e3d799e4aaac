package org.licensedesk.team;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.DeadlineClock;
import org.licensedesk.domain.TeamCase;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.store.Database;
import org.licensedesk.store.TeamRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.workflow.ActionOutcome;
import org.licensedesk.workflow.ScheduledAction;
import org.licensedesk.workflow.WorkflowService;

/**
 * The supervisors' view of the team: each reviewer's open applications, deadlines and recent decisions, and moving
 * applications from one reviewer to another in one action. Deadlines are the queue's (the same clock and
 * calendar); reassignments go through the workflow, so they get its rules and its {@code ASSIGNED} entries.
 */
public final class TeamService {
    /**
     * An open application with this many working days left, or fewer (but not yet past), is "nearing" its deadline:
     * one working week, time for a supervisor to move it to someone who can finish it. Tighter than the queue's
     * warning ({@link Deadline#NEAR_THRESHOLD}), which tells the reviewer to start.
     */
    public static final int NEARING_WORKING_DAYS = 5;

    /** Decisions count as recent for this many calendar days back from now. */
    public static final int DECISION_DAYS = 30;

    private final Database database;
    private final TeamRepository team;
    private final UserRepository users;
    private final WorkflowService workflow;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public TeamService(Database database, TeamRepository team, UserRepository users, WorkflowService workflow,
            WorkingDayCalendar calendar, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.team = Objects.requireNonNull(team, "team");
        this.users = Objects.requireNonNull(users, "users");
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One line per active reviewer (with or without work) and per other official who still holds open applications
     * (a deactivated reviewer's must be moved), after the line of the open applications nobody holds; by name.
     */
    public List<ReviewerWorkload> workload() {
        Function<DeadlineClock, Deadline> deadlineOf = DeadlineClock.deadlinesAsOf(calendar, today());
        Map<String, Tally> tallies = new HashMap<>();
        for (TeamRepository.OpenGroup group : team.openGroups()) {
            tallies.computeIfAbsent(group.assignee(), key -> new Tally())
                    .add(group.status(), deadlineOf.apply(group.clock()), group.count());
        }
        Map<String, Integer> decided = team.decisionsSince(clock.instant().minus(Duration.ofDays(DECISION_DAYS)));

        List<ReviewerWorkload> lines = new ArrayList<>();
        lines.add(tallies.getOrDefault(null, new Tally()).line(null, 0));
        users.all().stream()
                .filter(user -> user.active() && user.role() == UserRole.REVIEWER || tallies.containsKey(user.username()))
                .sorted(Comparator.comparing(User::displayName).thenComparing(User::username))
                .forEach(user -> lines.add(tallies.getOrDefault(user.username(), new Tally())
                        .line(user, decided.getOrDefault(user.username(), 0))));
        return List.copyOf(lines);
    }

    /** The open applications a reviewer holds (null: nobody), oldest first, with their deadlines. */
    public List<TeamCase> openCases(String assignee) {
        return team.openCases(assignee, DeadlineClock.deadlinesAsOf(calendar, today()));
    }

    /**
     * Gives the applications to another reviewer, each with its own {@code ASSIGNED} entry carrying the note, in one
     * transaction: all of them, or none. Every application is tried, so that when any is refused (the rules, the
     * target, a change since it was listed) the exception lists each refusal.
     *
     * @param cases  the applications as listed, with the version the supervisor saw
     * @param target username of the reviewer who takes them over
     * @throws ReassignmentRefusedException when any application is refused; nothing is changed
     */
    public List<ActionOutcome> reassign(User supervisor, Collection<TeamCase> cases, String target, String note) {
        Objects.requireNonNull(supervisor, "supervisor");
        Map<String, TeamCase> distinct = new LinkedHashMap<>();
        for (TeamCase listed : cases) {
            distinct.putIfAbsent(listed.reference(), listed);
        }
        if (distinct.isEmpty()) {
            throw new WorkflowRefusedException("Select the applications to reassign.");
        }
        return database.write(transaction -> {
            User assignee = users.find(transaction, target).orElseThrow(() -> new WorkflowRefusedException(
                    "There is no user " + target + "; choose a reviewer from the list."));
            List<ActionOutcome> outcomes = new ArrayList<>();
            List<CaseRefusal> refusals = new ArrayList<>();
            for (TeamCase listed : distinct.values()) {
                WorkflowCommand command = new WorkflowCommand.Assign(listed.reference(), listed.version(), note,
                        assignee);
                try {
                    outcomes.addAll(workflow.performAll(transaction,
                            List.of(new ScheduledAction(supervisor, command, clock.instant()))));
                } catch (WorkflowRefusedException refused) {
                    // A refused action wrote nothing; go on, to tell the supervisor about every case at once.
                    refusals.add(new CaseRefusal(listed.reference(), refused.getMessage()));
                }
            }
            if (!refusals.isEmpty()) {
                throw new ReassignmentRefusedException(refusals, distinct.size());
            }
            return List.copyOf(outcomes);
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Counts of one assignee's open applications while the groups are read. */
    private static final class Tally {
        private final Map<ApplicationStatus, Integer> byStatus = new EnumMap<>(ApplicationStatus.class);
        private int nearing;
        private int past;

        void add(ApplicationStatus status, Deadline deadline, int count) {
            byStatus.merge(status, count, Integer::sum);
            if (deadline.isPassed()) {
                past += count;
            } else if (!deadline.noStatutoryLimit() && deadline.workingDaysLeft() <= NEARING_WORKING_DAYS) {
                nearing += count;
            }
        }

        ReviewerWorkload line(User user, int decided) {
            return user == null
                    ? new ReviewerWorkload(null, null, true, byStatus, nearing, past, 0)
                    : new ReviewerWorkload(user.username(), user.displayName(), user.active(), byStatus, nearing,
                            past, decided);
        }
    }
}
