package org.licensedesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.store.AuditEntryHead;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.Transaction;

/**
 * The audit trail as services see it: records actions through the one {@link AuditChain}, inside the transaction
 * of the change they record, reads entries back and checks that the chain in the database is still whole.
 */
public final class AuditTrail {
    private static final int PROGRESS_STEP = 1000;

    private final Database database;
    private final AuditRepository repository;
    private final Clock clock;
    private final AuditHasher hasher = new AuditHasher();
    private final AuditChain chain;

    public AuditTrail(Database database, AuditRepository repository, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.chain = new AuditChain(repository, hasher);
    }

    /** The trail's time, for drafts and exports: one clock, so tests can fix it. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Appends an entry on the caller's transaction, so the entry is committed or rolled back with the change
     * it records ({@link AuditChain}).
     *
     * @throws IllegalArgumentException when the details are not a JSON object, or hold a floating-point number
     */
    public AuditEntry append(Transaction transaction, AuditDraft draft) {
        return chain.append(transaction, draft);
    }

    /** Appends many entries in one go on the caller's transaction: for bulk loads such as demo data. */
    public List<AuditEntry> appendAll(Transaction transaction, List<AuditDraft> drafts) {
        return chain.appendAll(transaction, drafts);
    }

    /** The checks of rows against this trail ({@link TrailAgreement}). */
    public TrailAgreement agreement() {
        return new TrailAgreement(database, repository, this);
    }

    /** The heads this workstation remembers in {@code folder} ({@link WorkstationHeads#in}) for this trail. */
    public WorkstationHeads workstationHeads(java.nio.file.Path folder) {
        return new WorkstationHeads(folder, repository, agreement());
    }

    /** Signed checkpoints of this trail ({@link AuditCheckpoints}). */
    public AuditCheckpoints checkpoints() {
        return new AuditCheckpoints(database, repository, this, clock);
    }

    /** Appends an entry in a transaction of its own, for actions that change nothing else. */
    public AuditEntry record(AuditDraft draft) {
        return database.write(transaction -> append(transaction, draft));
    }

    /** An application's entries, newest first. */
    public List<AuditEntry> forApplication(String reference) {
        return repository.forApplication(reference);
    }

    /**
     * Checks the whole chain in the database: every entry from 1 to the head is present, in order, linked to
     * its predecessor and unchanged, and the head row names the last entry. Meant for a background thread.
     *
     * @throws CancellationException when {@code cancelled} turns true before the check ends
     */
    public ChainVerification verifyDatabase(ProgressListener progress, BooleanSupplier cancelled) {
        return verify(new ChainSource() {
            @Override
            public AuditEntryHead head() {
                return repository.head();
            }

            @Override
            public void forEachInRange(long fromSeq, long toSeq, AuditRepository.EntryVisitor each) {
                repository.forEachInRange(fromSeq, toSeq, each);
            }

            @Override
            public long maxSeq() {
                return repository.maxSeq();
            }
        }, progress, cancelled);
    }

    /**
     * As {@link #verifyDatabase}, on the caller's transaction: it checks what the transaction wrote before it commits
     * (copy-store checks the copied chain this way, so a copy that does not verify is never committed).
     */
    public ChainVerification verifyDatabase(Transaction transaction, ProgressListener progress) {
        return verify(new ChainSource() {
            @Override
            public AuditEntryHead head() {
                return repository.head(transaction);
            }

            @Override
            public void forEachInRange(long fromSeq, long toSeq, AuditRepository.EntryVisitor each) {
                repository.forEachInRange(transaction, fromSeq, toSeq, each);
            }

            @Override
            public long maxSeq() {
                return repository.maxSeq(transaction);
            }
        }, progress, () -> false);
    }

    /** Where a check reads the chain: fresh connections, or one transaction. */
    private interface ChainSource {
        AuditEntryHead head();

        void forEachInRange(long fromSeq, long toSeq, AuditRepository.EntryVisitor each);

        long maxSeq();
    }

    private ChainVerification verify(ChainSource repository, ProgressListener progress, BooleanSupplier cancelled) {
        AuditEntryHead head = repository.head();
        ChainCheck check = new ChainCheck(hasher, false);
        boolean[] stopped = {false};
        progress.update(0, head.seq());
        repository.forEachInRange(1, head.seq(), entry -> {
            if (cancelled.getAsBoolean()) {
                stopped[0] = true;
                return false;
            }
            if (!check.accept(entry)) {
                return false;
            }
            if (check.checked() % PROGRESS_STEP == 0) {
                progress.update(check.checked(), head.seq());
            }
            return true;
        });
        if (stopped[0]) {
            throw new CancellationException("The check of the audit trail was cancelled.");
        }
        if (check.brokenSeq() != null) {
            return ChainVerification.broken(check.checked(), head.seq(), check.brokenSeq(), check.reason());
        }
        ChainVerification ends = checkEnds(repository, check, head);
        if (ends != null) {
            return ends;
        }
        progress.update(check.checked(), head.seq());
        return ChainVerification.intact(check.checked(), head.seq(), head.seq() == 0
                ? "The audit trail has no entries yet"
                : "All " + check.checked() + " entries are intact and linked, up to the head, entry " + head.seq());
    }

    /** The head row must name the last entry, and no entry may lie beyond it (a deleted or forged tail). */
    private static ChainVerification checkEnds(ChainSource repository, ChainCheck check, AuditEntryHead head) {
        long last = check.lastSeq();
        if (last < head.seq()) {
            return ChainVerification.broken(check.checked(), head.seq(), last + 1, last + 1 == head.seq()
                    ? "Entry " + head.seq() + " is missing: the chain's head is entry " + head.seq()
                            + " but the entries end " + (last == 0 ? "before entry 1" : "at entry " + last)
                    : "Entries " + (last + 1) + " to " + head.seq() + " are missing: the chain's head is entry "
                            + head.seq() + " but the entries end " + (last == 0 ? "before entry 1" : "at entry " + last));
        }
        if (!check.lastHash().equals(head.hash())) {
            return ChainVerification.broken(check.checked(), head.seq(), head.seq(), "Entry " + head.seq()
                    + " does not match the chain's head: the head row records another hash");
        }
        // An append inserts its entry and moves the head in one transaction, so every entry committed before
        // this second head read has a seq up to that head; one beyond it was put there by other means.
        long maxSeq = repository.maxSeq();
        AuditEntryHead headNow = repository.head();
        if (maxSeq > headNow.seq()) {
            return ChainVerification.broken(check.checked(), head.seq(), headNow.seq() + 1, "Entry "
                    + (headNow.seq() + 1) + " is not part of the chain: it lies beyond the chain's head, entry "
                    + headNow.seq());
        }
        return null;
    }
}
