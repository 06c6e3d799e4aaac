package org.licensedesk.ui.queue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.licensedesk.domain.QueueKey;
import org.licensedesk.domain.QueueRow;

/**
 * One inbox, status set and text filter as the database pages it: its count, a page after a key (keyset paging),
 * the key at a position (to start a page the window reached without reading the ones before) and where an
 * application stands in it. Built once per view, off the FX thread; every method reads the database.
 */
public interface QueuePager {
    long count();

    /** At most {@code limit} rows after {@code after} (null: from the first), in the queue's order. */
    List<QueueRow> page(QueueKey after, int limit);

    /** The key of the row at {@code offset} (0 = the first). */
    Optional<QueueKey> keyAt(long offset);

    /** How many rows come before the application; empty when it is not among the rows. */
    OptionalLong position(String reference);

    /** Pages over rows already in memory, in the queue's order (received, then reference): for tests. */
    static QueuePager of(List<QueueRow> rows) {
        List<QueueRow> ordered = rows.stream().sorted(java.util.Comparator.comparing(QueueRow::receivedOn)
                .thenComparing(QueueRow::reference)).toList();
        java.util.Comparator<QueueKey> keys = java.util.Comparator.comparing(QueueKey::receivedOn)
                .thenComparing(QueueKey::reference);
        return new QueuePager() {
            @Override
            public long count() {
                return ordered.size();
            }

            @Override
            public List<QueueRow> page(QueueKey after, int limit) {
                return ordered.stream().filter(row -> after == null || keys.compare(QueueKey.of(row), after) > 0)
                        .limit(limit).toList();
            }

            @Override
            public Optional<QueueKey> keyAt(long offset) {
                return offset < 0 || offset >= ordered.size() ? Optional.empty()
                        : Optional.of(QueueKey.of(ordered.get((int) offset)));
            }

            @Override
            public OptionalLong position(String reference) {
                for (int i = 0; i < ordered.size(); i++) {
                    if (ordered.get(i).reference().equals(reference)) {
                        return OptionalLong.of(i);
                    }
                }
                return OptionalLong.empty();
            }
        };
    }
}
