package org.licensedesk.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.licensedesk.domain.ApplicationDetails;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.DeadlineClock;
import org.licensedesk.domain.QueueKey;
import org.licensedesk.domain.QueueQuery;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.store.ApplicationRepository;

/** What reviewers read: the queue of applications and one application's details, with deadlines. */
public final class QueueService {
    private final ApplicationRepository applications;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public QueueService(ApplicationRepository applications, WorkingDayCalendar calendar, Clock clock) {
        this.applications = applications;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Applications in the given statuses, oldest first, each with its deadline as of today. */
    public List<QueueRow> queue(Set<ApplicationStatus> statuses) {
        return applications.queue(statuses, DeadlineClock.deadlinesAsOf(calendar, today()));
    }

    /**
     * One page of the queue, filtered by the database: at most {@code limit} rows after {@code after}
     * (null: the first page), oldest first, each with its deadline as of today.
     */
    public List<QueueRow> page(QueueQuery query, QueueKey after, int limit) {
        return applications.queuePage(query, after, limit, DeadlineClock.deadlinesAsOf(calendar, today()));
    }

    /** Every application the query matches, oldest first: what the window's queue loads for its inbox. */
    public List<QueueRow> queue(QueueQuery query) {
        return page(query, null, Integer.MAX_VALUE);
    }

    /**
     * The query of an inbox within the chosen statuses, for the signed-in official: "My cases" are assigned to them,
     * "Unassigned" nobody's, "To countersign" awaits a countersignature they did not recommend, "Past deadline" are
     * open with their deadline passed (clock running), "All open" adds nothing to the statuses.
     */
    public QueueQuery inbox(Inbox inbox, Set<ApplicationStatus> statuses, String username) {
        QueueQuery all = QueueQuery.of(statuses);
        return switch (inbox) {
            case MINE -> all.withAssignee(username);
            case UNASSIGNED -> all.onlyUnassigned();
            case TO_COUNTERSIGN -> all.withStatuses(intersection(statuses, ApplicationStatus.PENDING_COUNTERSIGN))
                    .notRecommendedBy(username);
            case PAST_DEADLINE -> pastDeadline(all.withStatuses(open(statuses)));
            case ALL_OPEN -> all;
        };
    }

    /** Each inbox's count within the chosen statuses, counted by the database. */
    public Map<Inbox, Long> inboxCounts(Set<ApplicationStatus> statuses, String username) {
        Map<Inbox, Long> counts = new EnumMap<>(Inbox.class);
        for (Inbox inbox : Inbox.values()) {
            counts.put(inbox, count(inbox(inbox, statuses, username)));
        }
        return counts;
    }

    /**
     * The query narrowed to applications past their deadline today: for each number of stopped working days among
     * the candidates, the last receipt day whose deadline has passed (the deadline counts working days, which SQL
     * cannot, so the cutoffs are computed here). An application whose clock is stopped waits for the applicant and is
     * not counted.
     */
    public QueueQuery pastDeadline(QueueQuery query) {
        LocalDate today = today();
        LocalDate latest = lastOverdueReceipt(0, today);
        List<QueueQuery.OverdueCutoff> cutoffs = new ArrayList<>();
        for (int stopped : applications.stoppedWorkingDaysOfRunningClocks(query.statuses(), latest)) {
            cutoffs.add(new QueueQuery.OverdueCutoff(stopped, lastOverdueReceipt(stopped, today)));
        }
        return query.withPastDeadline(cutoffs);
    }

    /** The last day an application could be received, with this many stopped days, and be past its deadline today. */
    LocalDate lastOverdueReceipt(int stoppedWorkingDays, LocalDate today) {
        // The deadline never moves earlier when the receipt moves later: search the latest overdue receipt day.
        long low = today.toEpochDay() - 20 * 365L;
        long high = today.toEpochDay();
        while (low < high) {
            long middle = (low + high + 1) / 2;
            if (overdue(LocalDate.ofEpochDay(middle), stoppedWorkingDays, today)) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return LocalDate.ofEpochDay(low);
    }

    private boolean overdue(LocalDate receivedOn, int stoppedWorkingDays, LocalDate today) {
        return new DeadlineClock(receivedOn, stoppedWorkingDays, null).deadline(calendar, today).isPassed();
    }

    private static Set<ApplicationStatus> intersection(Set<ApplicationStatus> statuses, ApplicationStatus status) {
        return statuses.contains(status) ? EnumSet.of(status) : EnumSet.noneOf(ApplicationStatus.class);
    }

    private static Set<ApplicationStatus> open(Set<ApplicationStatus> statuses) {
        Set<ApplicationStatus> open = EnumSet.noneOf(ApplicationStatus.class);
        statuses.stream().filter(ApplicationStatus::isOpen).forEach(open::add);
        return open;
    }

    /** How many applications the query matches: the inbox's count. */
    public long count(QueueQuery query) {
        return applications.queueCount(query);
    }

    public Optional<ApplicationDetails> details(String reference) {
        LocalDate today = today();
        return applications.find(reference).map(application -> new ApplicationDetails(application,
                applications.deadlineClock(reference)
                        .orElse(DeadlineClock.running(application.receivedOn()))
                        .deadline(calendar, today)));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
