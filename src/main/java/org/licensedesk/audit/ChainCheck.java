package org.licensedesk.audit;

import org.licensedesk.domain.AuditEntry;

/**
 * Walks entries in the order they are stored and finds the first that breaks the chain: out of seq order,
 * missing, not linked to its predecessor, or changed since it was sealed. Links are checked only where
 * consecutive seqs are both present, so a scoped export with gaps can still be checked.
 */
final class ChainCheck {
    private final AuditHasher hasher;
    private final boolean gapsAllowed;
    private long lastSeq;
    private String lastHash = AuditEntry.GENESIS_HASH;
    private long checked;
    private Long brokenSeq;
    private String reason;

    ChainCheck(AuditHasher hasher, boolean gapsAllowed) {
        this.hasher = hasher;
        this.gapsAllowed = gapsAllowed;
    }

    /** Checks the next entry; false once the chain is broken (then {@link #brokenSeq()} and {@link #reason()} say where). */
    boolean accept(AuditEntry entry) {
        return accept(entry, null);
    }

    /**
     * As {@link #accept(AuditEntry)}, for an entry whose details were read from a stream (an exported file's): they
     * are hashed from {@code details}, not from the entry's {@code detailsJson}.
     */
    boolean accept(AuditEntry entry, CanonicalEntry.Details details) {
        long seq = entry.seq();
        if (seq <= lastSeq) {
            return fail(seq, "Entry " + seq + " is out of order: it comes after entry " + lastSeq);
        }
        if (seq != lastSeq + 1 && !gapsAllowed) {
            return fail(lastSeq + 1, lastSeq == 0
                    ? "Entry 1 is missing: the chain starts at entry " + seq
                    : "Entry " + (lastSeq + 1) + " is missing: seq jumps from " + lastSeq + " to " + seq);
        }
        if (seq == lastSeq + 1 && !lastHash.equals(entry.prevHash())) {
            return fail(seq, seq == 1
                    ? "Entry 1 does not start the chain: its prevHash is not 64 zeros"
                    : "Entry " + seq + " does not follow entry " + lastSeq + ": its prevHash is not "
                            + lastSeq + "'s hash");
        }
        String computed;
        try {
            computed = details == null ? hasher.hash(entry) : hasher.hash(entry, details);
        } catch (IllegalArgumentException e) {
            return fail(seq, "Entry " + seq + " was changed: its content cannot be hashed (" + e.getMessage() + ")");
        }
        if (!computed.equals(entry.hash())) {
            return fail(seq, "Entry " + seq + " was changed: its hash does not match its content");
        }
        lastSeq = seq;
        lastHash = entry.hash();
        checked++;
        return true;
    }

    private boolean fail(long seq, String sentence) {
        brokenSeq = seq;
        reason = sentence;
        return false;
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    long checked() {
        return checked;
    }

    Long brokenSeq() {
        return brokenSeq;
    }

    String reason() {
        return reason;
    }
}
