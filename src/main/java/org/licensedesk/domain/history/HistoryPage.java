package org.licensedesk.domain.history;

import java.util.List;
import org.licensedesk.domain.AuditEntry;

/**
 * One page of the decision history and where the next one starts.
 *
 * @param keyset  the seq of the page's last entry: the next page continues after it
 * @param hasMore whether at least one more entry matched when the page was read
 */
public record HistoryPage(List<AuditEntry> entries, long keyset, boolean hasMore) {
    public HistoryPage {
        entries = List.copyOf(entries);
    }
}
