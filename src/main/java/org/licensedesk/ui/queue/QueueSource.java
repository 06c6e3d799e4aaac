package org.licensedesk.ui.queue;

import java.util.List;
import java.util.Set;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.QueueRow;

/** Where the queue comes from: {@code QueueService::queue} in the app, a plain list in tests. */
@FunctionalInterface
public interface QueueSource {
    List<QueueRow> queue(Set<ApplicationStatus> statuses);
}
