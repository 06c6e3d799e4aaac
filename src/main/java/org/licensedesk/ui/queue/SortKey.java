package org.licensedesk.ui.queue;

import org.licensedesk.queue.QueueField;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.licensedesk.domain.QueueRow;

/** One column of the table's sort order. */
public record SortKey(QueueField field, boolean ascending) {
    public SortKey {
        Objects.requireNonNull(field, "field");
    }

    public static SortKey ascending(QueueField field) {
        return new SortKey(field, true);
    }

    public static SortKey descending(QueueField field) {
        return new SortKey(field, false);
    }

    public Comparator<QueueRow> comparator() {
        return ascending ? field.ascending() : field.ascending().reversed();
    }

    /** The keys as one comparator, first key first; null for no keys (the service's order). */
    public static Comparator<QueueRow> combined(List<SortKey> keys) {
        Comparator<QueueRow> combined = null;
        for (SortKey key : keys) {
            combined = combined == null ? key.comparator() : combined.thenComparing(key.comparator());
        }
        return combined;
    }
}
