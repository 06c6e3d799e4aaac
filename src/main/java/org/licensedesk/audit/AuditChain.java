package org.licensedesk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.store.AuditEntryHead;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Transaction;

/**
 * The one place where the audit chain grows: lock the head, build each entry on the one before it, hash it,
 * insert the entries and move the head, all on the transaction of the change they record, so an entry is committed
 * exactly when its change is.
 */
public final class AuditChain {
    private final AuditRepository repository;
    private final AuditHasher hasher;

    public AuditChain(AuditRepository repository, AuditHasher hasher) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /**
     * Appends one entry. Waits for concurrent appends (they queue on the head row's lock).
     *
     * @throws IllegalArgumentException when the details are not a JSON object, or hold a floating-point number
     */
    public AuditEntry append(Transaction transaction, AuditDraft draft) {
        return appendAll(transaction, List.of(draft)).get(0);
    }

    /** Appends drafts as consecutive links, under one lock of the head: bulk loads append thousands at once. */
    public List<AuditEntry> appendAll(Transaction transaction, List<AuditDraft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        AuditEntryHead head = repository.lockHead(transaction);
        List<AuditEntry> sealed = new ArrayList<>(drafts.size());
        long seq = head.seq();
        String prevHash = head.hash();
        for (AuditDraft draft : drafts) {
            seq++;
            AuditEntry entry = hasher.seal(new AuditEntry(seq, AuditRepository.AT_FORMAT.format(draft.at()),
                    draft.applicationRef(), draft.action().name(), draft.actor(), draft.actorRole().name(),
                    name(draft.fromStatus()), name(draft.toStatus()), draft.note(), draft.detailsJson(),
                    prevHash, null));
            sealed.add(entry);
            prevHash = entry.hash();
        }
        repository.insert(transaction, sealed);
        repository.moveHead(transaction, head.seq(), seq, prevHash);
        return sealed;
    }

    private static String name(ApplicationStatus status) {
        return status == null ? null : status.name();
    }
}
