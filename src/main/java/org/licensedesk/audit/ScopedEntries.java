package org.licensedesk.audit;

import org.licensedesk.store.AuditEntryHead;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.AuditRepository.EntryFilter;
import org.licensedesk.store.AuditRepository.EntrySpan;
import org.licensedesk.store.HistoryRepository;

/**
 * The entries of an export's scope up to the chain's head: a history filter's query, or the trail read by seq for
 * the other kinds.
 */
interface ScopedEntries {
    long count();

    /** In seq order. */
    void forEach(AuditRepository.EntryVisitor each);

    static ScopedEntries of(AuditScope scope, AuditEntryHead head, AuditRepository repository,
            HistoryRepository history) {
        if (scope.kind() == AuditScope.Kind.FILTER) {
            return new ScopedEntries() {
                @Override
                public long count() {
                    return history.count(scope.filter(), head.seq());
                }

                @Override
                public void forEach(AuditRepository.EntryVisitor each) {
                    history.forEach(scope.filter(), head.seq(), each);
                }
            };
        }
        if (scope.kind() == AuditScope.Kind.ALL) {
            // The whole trail by key ranges on a connection of its own, which H2 hands over lazily as it walks the
            // key (AuditRepository.forEachInRange), as the raw yardstick reads: the filtered read's pages were
            // copied into a result first (issue 11).
            return new ScopedEntries() {
                @Override
                public long count() {
                    return head.seq();
                }

                @Override
                public void forEach(AuditRepository.EntryVisitor each) {
                    repository.forEachInRange(1, head.seq(), each);
                }
            };
        }
        EntryFilter filter = filter(scope);
        EntrySpan span = repository.span(filter, head.seq());
        return new ScopedEntries() {
            @Override
            public long count() {
                return span.count();
            }

            @Override
            public void forEach(AuditRepository.EntryVisitor each) {
                repository.forEach(filter, span.firstSeq(), span.lastSeq(), each);
            }
        };
    }

    private static EntryFilter filter(AuditScope scope) {
        switch (scope.kind()) {
            case DATE_RANGE:
                return EntryFilter.period(scope.from() == null ? null : scope.from().toString(),
                        scope.to() == null ? null : scope.to().plusDays(1).toString());
            case APPLICATION:
                return EntryFilter.application(scope.applicationRef());
            case ACTOR:
                return EntryFilter.actor(scope.actor());
            default:
                return EntryFilter.all();
        }
    }
}
