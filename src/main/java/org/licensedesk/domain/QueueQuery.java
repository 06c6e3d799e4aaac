package org.licensedesk.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which applications a page of the queue shows, evaluated by the database so that the GUI never holds more
 * than one page: a status set, optionally one assignee or only unassigned applications, and words that must
 * all occur (ignoring case) in the reference, the applicant's name or the assignee, in either script.
 *
 * <p>To add a filter: add a component here (null or empty meaning "no filter"), one clause for it in
 * {@code ApplicationRepository.queueWhere}, and a test in {@code QueuePagingTest}; counts follow, since
 * {@code queueCount} shares the same clause.
 *
 * @param assignee   a username, or null for any assignee
 * @param unassigned true: only applications nobody has claimed (then {@code assignee} must be null)
 * @param text       words to look for, or null/blank for none
 */
public record QueueQuery(Set<ApplicationStatus> statuses, String assignee, boolean unassigned, String text) {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public QueueQuery {
        statuses = Set.copyOf(statuses);
        if (unassigned && assignee != null) {
            throw new IllegalArgumentException("A queue query is either for one assignee or for unassigned ones");
        }
    }

    public static QueueQuery of(Set<ApplicationStatus> statuses) {
        return new QueueQuery(statuses, null, false, null);
    }

    public QueueQuery withAssignee(String username) {
        return new QueueQuery(statuses, username, false, text);
    }

    public QueueQuery onlyUnassigned() {
        return new QueueQuery(statuses, null, true, text);
    }

    public QueueQuery withText(String words) {
        return new QueueQuery(statuses, assignee, unassigned, words);
    }

    /** The filter's words in lower case, no empty ones. */
    public String[] words() {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? new String[0] : WHITESPACE.split(trimmed);
    }
}
