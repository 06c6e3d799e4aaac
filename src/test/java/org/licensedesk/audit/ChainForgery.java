package org.licensedesk.audit;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;

/** Test code: the attack the hash chain alone cannot see, for the tests that must catch it. */
final class ChainForgery {
    private ChainForgery() {
    }

    /** Edits entry {@code seq}'s note, then recomputes every later link and the head, as a forger would. */
    static void rechainFrom(Database database, AuditRepository repository, long seq, String note) {
        List<AuditEntry> entries = new ArrayList<>();
        repository.forEachInRange(1, Long.MAX_VALUE, entries::add);
        AuditHasher hasher = new AuditHasher();
        String previous = entries.get((int) seq - 2).hash();
        List<AuditEntry> forged = new ArrayList<>();
        for (AuditEntry e : entries.subList((int) seq - 1, entries.size())) {
            AuditEntry changed = hasher.seal(new AuditEntry(e.seq(), e.at(), e.applicationRef(), e.action(), e.actor(),
                    e.actorRole(), e.fromStatus(), e.toStatus(), e.seq() == seq ? note : e.note(), e.detailsJson(),
                    previous, null));
            forged.add(changed);
            previous = changed.hash();
        }
        String head = previous;
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE audit_entry SET note = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                for (AuditEntry e : forged) {
                    update.setString(1, e.note());
                    update.setString(2, e.prevHash());
                    update.setString(3, e.hash());
                    update.setLong(4, e.seq());
                    update.executeUpdate();
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE audit_head SET hash = ? WHERE id = 1")) {
                update.setString(1, head);
                update.executeUpdate();
            }
            return null;
        });
    }
}
