package org.licensedesk.cli;

import java.io.PrintWriter;
import org.licensedesk.history.HistoryService;

/**
 * Indexes the note words and application facts of older entries before a history command needs them: a command answers
 * completely or not at all, where the window instead says the filter is not ready while it indexes.
 */
final class NoteIndex {
    private static final long REPORT_STEP = 100_000;

    private NoteIndex() {
    }

    static void ensure(HistoryService history, PrintWriter err) {
        long pending = history.derivedIndexPending();
        if (pending == 0) {
            return;
        }
        err.printf("indexing the note words and history facts of older audit entries first (%,d to do, once per "
                + "database)%n", pending);
        long[] reported = {0};
        long started = System.nanoTime();
        history.fillDerivedIndexes(() -> false, indexed -> {
            if (indexed - reported[0] >= REPORT_STEP) {
                reported[0] = indexed;
                err.printf("indexed %,d of %,d entries%n", indexed, pending);
                err.flush();
            }
        });
        err.printf("indexed in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
}
