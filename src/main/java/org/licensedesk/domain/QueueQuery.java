package org.licensedesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which applications a page of the queue shows, evaluated by the database so that the GUI never holds more
 * than one page: a status set, optionally one assignee or only unassigned applications, and words each of which
 * must begin a word (ignoring case) of the reference, the applicant's name in either script or the assignee's
 * username ({@link QueueWords}, looked up in the queue_word index).
 * The inboxes (issue 12) add two filters: applications not recommended by a given official (a supervisor's
 * "To countersign") and applications past their deadline.
 *
 * <p>To add a filter: add a component here (null or empty meaning "no filter"), one clause for it in
 * {@code ApplicationRepository.queueWhere}, and a test in {@code QueuePagingTest}; counts follow, since
 * {@code queueCount} shares the same clause.
 *
 * @param assignee         a username, or null for any assignee
 * @param unassigned       true: only applications nobody has claimed (then {@code assignee} must be null)
 * @param text             words to look for (word prefixes), or null/blank for none
 * @param notRecommendedBy a username: only applications that official did not recommend nor give the first of two
 *                         countersignatures (issue 13); null for no filter
 * @param pastDeadline     null for no filter; otherwise only applications whose deadline has passed, given as the
 *                         last overdue receipt day for each deadline clock (stopped working days, a running stop's
 *                         start and reason) among the candidates (built by {@code QueueService.pastDeadline}, since
 *                         the deadline counts working days)
 * @param flagged          null for no filter; otherwise only applications with an open risk flag (issue 13), or
 *                         only those with a flag that blocks the approval
 */
public record QueueQuery(Set<ApplicationStatus> statuses, String assignee, boolean unassigned, String text,
        String notRecommendedBy, List<OverdueCutoff> pastDeadline, Flagged flagged) {

    /** flags: which flagged applications a query keeps. */
    public enum Flagged {
        /** Any open flag. */
        OPEN,
        /** An open flag of a blocking rule still in force: the approval is refused until it is cleared. */
        BLOCKING
    }

    /** A query without the flag filter. */
    public QueueQuery(Set<ApplicationStatus> statuses, String assignee, boolean unassigned, String text,
            String notRecommendedBy, List<OverdueCutoff> pastDeadline) {
        this(statuses, assignee, unassigned, text, notRecommendedBy, pastDeadline, null);
    }

    /**
     * Applications with this deadline clock, apart from the receipt day, are past their deadline when received on or
     * before {@code lastOverdueReceipt}: {@code stoppedWorkingDays} stopped before, and {@code clockStoppedOn} the day a
     * stop still running began (null: the clock runs) for {@code stopReason} (null: a request for information). A clock
     * stopped after its deadline had passed stays past it while stopped (the stop only adds the days it lasts).
     */
    public record OverdueCutoff(int stoppedWorkingDays, LocalDate clockStoppedOn, ClockStop stopReason,
            LocalDate lastOverdueReceipt) {
        public OverdueCutoff {
            Objects.requireNonNull(lastOverdueReceipt, "lastOverdueReceipt");
        }

        /** For applications whose clock runs. */
        public OverdueCutoff(int stoppedWorkingDays, LocalDate lastOverdueReceipt) {
            this(stoppedWorkingDays, null, null, lastOverdueReceipt);
        }
    }

    public QueueQuery {
        statuses = Set.copyOf(statuses);
        pastDeadline = pastDeadline == null ? null : List.copyOf(pastDeadline);
        if (unassigned && assignee != null) {
            throw new IllegalArgumentException("A queue query is either for one assignee or for unassigned ones");
        }
    }

    public QueueQuery(Set<ApplicationStatus> statuses, String assignee, boolean unassigned, String text) {
        this(statuses, assignee, unassigned, text, null, null);
    }

    public static QueueQuery of(Set<ApplicationStatus> statuses) {
        return new QueueQuery(statuses, null, false, null);
    }

    public QueueQuery withStatuses(Set<ApplicationStatus> chosen) {
        return new QueueQuery(chosen, assignee, unassigned, text, notRecommendedBy, pastDeadline, flagged);
    }

    public QueueQuery withAssignee(String username) {
        return new QueueQuery(statuses, username, false, text, notRecommendedBy, pastDeadline, flagged);
    }

    public QueueQuery onlyUnassigned() {
        return new QueueQuery(statuses, null, true, text, notRecommendedBy, pastDeadline, flagged);
    }

    public QueueQuery withText(String words) {
        return new QueueQuery(statuses, assignee, unassigned, words, notRecommendedBy, pastDeadline, flagged);
    }

    /** Only applications the given official did not recommend (a countersignature must be someone else's). */
    public QueueQuery notRecommendedBy(String username) {
        return new QueueQuery(statuses, assignee, unassigned, text, username, pastDeadline, flagged);
    }

    public QueueQuery withPastDeadline(List<OverdueCutoff> cutoffs) {
        return new QueueQuery(statuses, assignee, unassigned, text, notRecommendedBy,
                Objects.requireNonNull(cutoffs, "cutoffs"), flagged);
    }

    /** flags: only applications with an open flag ({@link Flagged#OPEN}) or a blocking one; null for no filter. */
    public QueueQuery withFlagged(Flagged which) {
        return new QueueQuery(statuses, assignee, unassigned, text, notRecommendedBy, pastDeadline, which);
    }

    /**
     * The filter's words to look up, lower case ({@link QueueWords#typed}): each must begin a word of the
     * application. None for null or blank text, or text without a letter or digit.
     */
    public List<String> words() {
        return QueueWords.typed(text);
    }
}
