package org.licensedesk.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
