package org.licensedesk.ui.queue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.domain.QueueKey;
import org.licensedesk.domain.QueueQuery;
import org.licensedesk.queue.Inbox;
import org.licensedesk.queue.QueueIndex;
import org.licensedesk.queue.QueueService;

/**
 * Where the queue's rows and the inboxes' counts come from: the database, for the signed-in official, in the app;
 * a plain list (every inbox the same, no counts) in view-model tests.
 */
public interface InboxSource {
    /** The applications of the inbox within the chosen statuses, oldest first. */
    List<QueueRow> queue(Inbox inbox, Set<ApplicationStatus> statuses);

    /** Each inbox's count within the chosen statuses; empty when not known. */
    Map<Inbox, Long> counts(Set<ApplicationStatus> statuses);

    /**
     * Each inbox's count within the chosen statuses but {@code counted}'s, which the window already has (it may be
     * in the map all the same); by default all of them.
     */
    default Map<Inbox, Long> countsBut(Inbox counted, Set<ApplicationStatus> statuses) {
        return counts(statuses);
    }

    /** One inbox's count within the chosen statuses; null when not known. */
    default Long count(Inbox inbox, Set<ApplicationStatus> statuses) {
        return counts(statuses).get(inbox);
    }

    /**
     * The inbox's count within the chosen statuses if it is at most {@code atMost}, else {@code atMost}, read without
     * counting a long inbox (a walk of at most that many index entries); null when the source cannot tell so
     * cheaply, and the count ({@link #count}) decides. The window asks it whether an inbox is paged or held.
     */
    default Long countUpTo(Inbox inbox, Set<ApplicationStatus> statuses, long atMost) {
        return null;
    }

    /**
     * The inbox within the chosen statuses, with words to find ("" for none) and a choice by risk flag, as the database
     * pages it: for an inbox too long to hold. Reads the database (the past-deadline cutoffs) to build it: call it off
     * the FX thread.
     */
    QueuePager pager(Inbox inbox, Set<ApplicationStatus> statuses, String text, FlagFilter flags);

    /** An assignee's display name, so the quick filter finds "李娜" as well as "li.na"; "" when not known. */
    String assigneeName(String username);

    static InboxSource of(QueueService service, String username, Function<String, String> names) {
        return new InboxSource() {
            @Override
            public List<QueueRow> queue(Inbox inbox, Set<ApplicationStatus> statuses) {
                return service.queue(service.inbox(inbox, statuses, username));
            }

            @Override
            public Map<Inbox, Long> counts(Set<ApplicationStatus> statuses) {
                return service.inboxCounts(statuses, username);
            }

            @Override
            public Map<Inbox, Long> countsBut(Inbox counted, Set<ApplicationStatus> statuses) {
                return service.inboxCounts(statuses, username, counted);
            }

            @Override
            public Long count(Inbox inbox, Set<ApplicationStatus> statuses) {
                return service.count(service.inbox(inbox, statuses, username));
            }

            @Override
            public Long countUpTo(Inbox inbox, Set<ApplicationStatus> statuses, long atMost) {
                // "Past deadline" is one grouped read either way (ApplicationRepository.pastDeadlineCount): counted.
                return inbox == Inbox.PAST_DEADLINE ? null
                        : service.countUpTo(service.inbox(inbox, statuses, username), atMost);
            }

            @Override
            public QueuePager pager(Inbox inbox, Set<ApplicationStatus> statuses, String text, FlagFilter flags) {
                QueueQuery query = service.inbox(inbox, statuses, username).withText(text)
                        .withFlagged(flags.flagged());
                return new QueuePager() {
                    @Override
                    public long count() {
                        return service.count(query);
                    }

                    @Override
                    public List<QueueRow> page(QueueKey after, int limit) {
                        return service.page(query, after, limit);
                    }

                    @Override
                    public Optional<QueueKey> keyAt(long offset) {
                        return service.keyAt(query, offset);
                    }

                    @Override
                    public OptionalLong position(String reference) {
                        return service.position(query, reference);
                    }
                };
            }

            @Override
            public String assigneeName(String assignee) {
                return names.apply(assignee);
            }
        };
    }

    /** Every inbox shows all rows of the statuses; no counts. */
    static InboxSource statusesOnly(QueueSource source) {
        return new InboxSource() {
            @Override
            public List<QueueRow> queue(Inbox inbox, Set<ApplicationStatus> statuses) {
                return source.queue(statuses);
            }

            @Override
            public Map<Inbox, Long> counts(Set<ApplicationStatus> statuses) {
                return Map.of();
            }

            @Override
            public QueuePager pager(Inbox inbox, Set<ApplicationStatus> statuses, String text, FlagFilter flags) {
                return QueuePager.of(QueueIndex.build(source.queue(statuses)).select(text, null).stream()
                        .filter(row -> flags.keeps(row.flags())).toList());
            }

            @Override
            public String assigneeName(String username) {
                return "";
            }
        };
    }
}
