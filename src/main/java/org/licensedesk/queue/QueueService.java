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
        return inboxCounts(statuses, username, null);
    }

    /** Each inbox's count but {@code counted}'s (null: all), which the window has already read. */
    public Map<Inbox, Long> inboxCounts(Set<ApplicationStatus> statuses, String username, Inbox counted) {
        Map<Inbox, Long> counts = new EnumMap<>(Inbox.class);
        for (Inbox inbox : Inbox.values()) {
            if (inbox != counted) {
                counts.put(inbox, count(inbox(inbox, statuses, username)));
            }
        }
        return counts;
    }

    /**
     * The query narrowed to applications past their deadline today: for each deadline clock among the candidates
     * (stopped working days, a running stop's start and reason), the last receipt day whose deadline has passed (the
     * deadline counts working days, which SQL cannot, so the cutoffs are computed here by the domain's own rule). An
     * application whose clock is stopped is past its deadline only if the deadline had passed when the stop began:
     * the stop adds only the days it lasts. A referral to the State Council lifts the limit, so it is never past it.
     */
    public QueueQuery pastDeadline(QueueQuery query) {
        LocalDate today = today();
        // No clock is overdue when received after this day: a stop only moves the deadline later.
        LocalDate latest = lastOverdueReceipt(DeadlineClock.running(today.minusYears(20)), today);
        List<QueueQuery.OverdueCutoff> cutoffs = new ArrayList<>();
        for (DeadlineClock earliest : applications.earliestReceiptPerClock(query.statuses(), latest)) {
            if (overdue(earliest, today)) {
                cutoffs.add(new QueueQuery.OverdueCutoff(earliest.stoppedWorkingDays(), earliest.clockStoppedOn(),
                        earliest.stopReason(), lastOverdueReceipt(earliest, today)));
            }
        }
        return query.withPastDeadline(cutoffs);
    }

    /** The last day an application could be received, with this many stopped days, and be past its deadline today. */
    LocalDate lastOverdueReceipt(int stoppedWorkingDays, LocalDate today) {
        return lastOverdueReceipt(new DeadlineClock(today.minusYears(20), stoppedWorkingDays, null), today);
    }

    /**
     * The last receipt day with which this clock (otherwise unchanged) is past its deadline today; the clock's own
     * receipt day must be past it. The deadline never moves earlier when the receipt moves later: a binary search.
     */
    private LocalDate lastOverdueReceipt(DeadlineClock overdue, LocalDate today) {
        long low = overdue.receivedOn().toEpochDay();
        long high = today.toEpochDay();
        while (low < high) {
            long middle = (low + high + 1) / 2;
            if (overdue(received(overdue, LocalDate.ofEpochDay(middle)), today)) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return LocalDate.ofEpochDay(low);
    }

    private static DeadlineClock received(DeadlineClock clock, LocalDate receivedOn) {
        return new DeadlineClock(receivedOn, clock.stoppedWorkingDays(), clock.clockStoppedOn(), clock.stopReason());
    }

    private boolean overdue(DeadlineClock clock, LocalDate today) {
        return clock.deadline(calendar, today).isPassed();
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

    /**
     * How many applications the query matches, counted up to {@code atMost} only (the count when at most that, else
     * {@code atMost}): whether an inbox is longer than the window holds, without counting a long one.
     */
    public long countUpTo(QueueQuery query, long atMost) {
        return applications.queueCountUpTo(query, atMost);
    }

    /** The key of the row at {@code offset} in the query's rows (0 = the first), to start a page there. */
    public Optional<QueueKey> keyAt(QueueQuery query, long offset) {
        return applications.queueKeyAt(query, offset);
    }

    /** How many of the query's rows come before this application; empty when the query does not match it. */
    public java.util.OptionalLong position(QueueQuery query, String reference) {
        return applications.queuePosition(query, reference);
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
