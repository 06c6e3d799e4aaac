package org.licensedesk.ui.queue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueRow;
import org.licensedesk.queue.Inbox;
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
            public String assigneeName(String username) {
                return "";
            }
        };
    }
}
