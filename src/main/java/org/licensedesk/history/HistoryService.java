package org.licensedesk.history;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistoryPage;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.domain.history.SearchCancel;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.HistoryFactIndex;
import org.licensedesk.store.HistoryRepository;
import org.licensedesk.store.NoteWordIndex;

/** The decision history for supervisors: the audit trail's entries that match a filter, a page at a time. */
public final class HistoryService {
    public static final int PAGE_SIZE = 200;

    private final HistoryRepository repository;
    private final NoteWordIndex noteWords;
    private final HistoryFactIndex facts;
    private final Officials officials;

    /** @param officials who may read the history: active supervisors only */
    public HistoryService(HistoryRepository repository, NoteWordIndex noteWords, HistoryFactIndex facts,
            Officials officials) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.noteWords = Objects.requireNonNull(noteWords, "noteWords");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.officials = Objects.requireNonNull(officials, "officials");
    }

    /**
     * How many older entries still wait for their note words (V12), their applications' facts (V58), their notes'
     * glued word starts (V63) or their action-and-status facts (V64), counted once per index: the note filter works
     * once the words are in; the other filters work meanwhile, only slower.
     */
    public long derivedIndexPending() {
        return noteWords.pending() + facts.pending() + noteWords.gluePending() + facts.actionPending();
    }

    /**
     * Fills the note words, then the application facts, the glued word starts and the action-and-status facts, of
     * entries written before those indexes existed, a chunk per transaction, resumable; meant for a background thread.
     * Returns how many entries it indexed (an entry missing several counts once for each, as in
     * {@link #derivedIndexPending()}).
     */
    public long fillDerivedIndexes(BooleanSupplier cancelled, LongConsumer indexedSoFar) {
        long words = noteWords.fillMissing(cancelled, indexedSoFar);
        long withFacts = words + facts.fillMissing(cancelled, filled -> indexedSoFar.accept(words + filled));
        long withGlue = withFacts + noteWords.fillGlue(cancelled, filled -> indexedSoFar.accept(withFacts + filled));
        return withGlue + facts.fillActionFacts(cancelled, filled -> indexedSoFar.accept(withGlue + filled));
    }

    /** The desk's time zone, in which the filter's days are counted. */
    public ZoneId zone() {
        return repository.zone();
    }

    /** The first page: the newest (or oldest) {@value #PAGE_SIZE} matching entries. */
    public HistoryPage firstPage(User viewer, HistoryFilter filter, HistorySort sort) {
        return firstPage(viewer, filter, sort, new SearchCancel());
    }

    /**
     * As {@link #firstPage(User, HistoryFilter, HistorySort)}, stopped when {@code cancel} is cancelled.
     *
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public HistoryPage firstPage(User viewer, HistoryFilter filter, HistorySort sort, SearchCancel cancel) {
        return page(viewer, filter, sort, sort == HistorySort.NEWEST_FIRST ? Long.MAX_VALUE : 0, cancel);
    }

    /** The page after {@code previous}; entries appended meanwhile come at the newest end, never in between. */
    public HistoryPage nextPage(User viewer, HistoryFilter filter, HistorySort sort, HistoryPage previous) {
        return nextPage(viewer, filter, sort, previous, new SearchCancel());
    }

    /** As {@link #nextPage(User, HistoryFilter, HistorySort, HistoryPage)}, stopped when cancelled. */
    public HistoryPage nextPage(User viewer, HistoryFilter filter, HistorySort sort, HistoryPage previous,
            SearchCancel cancel) {
        return page(viewer, filter, sort, previous.keyset(), cancel);
    }

    private HistoryPage page(User viewer, HistoryFilter filter, HistorySort sort, long keyset, SearchCancel cancel) {
        requireSupervisor(viewer);
        List<AuditEntry> read = repository.page(filter, sort, keyset, Long.MAX_VALUE, PAGE_SIZE + 1, cancel);
        boolean more = read.size() > PAGE_SIZE;
        List<AuditEntry> entries = more ? read.subList(0, PAGE_SIZE) : read;
        long last = entries.isEmpty() ? keyset : entries.get(entries.size() - 1).seq();
        return new HistoryPage(entries, last, more);
    }

    private void requireSupervisor(User user) {
        officials.require(Authority.SUPERVISOR, user, "read the decision history", HistoryRefusedException::new);
    }
}
