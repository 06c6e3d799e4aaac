package org.licensedesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.roles.Officials;

/**
 * The integrity check of one supervisor's sign-in: verifies the whole chain in the database and records a broken
 * chain as an {@code AUDIT_VERIFICATION_FAILED} entry, once per distinct finding (first broken seq and reason) for
 * this sign-in, so checking again does not fill the trail with the same news. A new sign-in records it again: who
 * saw the break, and when, is worth keeping.
 */
public final class IntegrityWatch {
    private static final String WATCH = "check the audit trail on sign-in";

    private final AuditTrail trail;
    private final Officials officials;
    private final User supervisor;
    private final Set<String> recorded = new HashSet<>();

    /**
     * Made on the FX thread with the main window, so it reads nothing (issue 11: its check of the stored account was a
     * database read on that thread, on the way to the queue's first paint); {@link #verify} checks the stored account
     * before anything else, as every service does.
     *
     * @throws AuditRefusedException when the user, as signed in, is not a supervisor: only supervisors watch the trail
     */
    public IntegrityWatch(AuditTrail trail, Officials officials, User supervisor) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.officials = Objects.requireNonNull(officials, "officials");
        this.supervisor = Objects.requireNonNull(supervisor, "supervisor");
        Authority.SUPERVISOR.refusal(Optional.of(supervisor), supervisor.username(), WATCH).ifPresent(refusal -> {
            throw new AuditRefusedException(refusal);
        });
    }

    /**
     * Verifies the chain and records a new finding. Meant for a background thread.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turns true first
     */
    public IntegrityReport verify(ProgressListener progress, BooleanSupplier cancelled) {
        User stored = officials.require(Authority.SUPERVISOR, supervisor, WATCH, AuditRefusedException::new);
        ChainVerification verification = trail.verifyDatabase(progress, cancelled);
        if (verification.ok()) {
            return new IntegrityReport(verification, null, null);
        }
        String finding = verification.firstBrokenSeq() + "|" + verification.reason();
        synchronized (recorded) {
            if (recorded.contains(finding)) {
                return new IntegrityReport(verification, null, null);
            }
            try {
                AuditEntry entry = trail.record(draft(verification, stored));
                recorded.add(finding);
                return new IntegrityReport(verification, entry.seq(), null);
            } catch (RuntimeException e) {
                // The break itself can be in the way (an entry forged beyond the head takes the next seq): the
                // finding is still shown, and said to be unrecorded.
                return new IntegrityReport(verification, null, e.getMessage());
            }
        }
    }

    /** The finding's entry; rare (a broken chain), so its JSON mapper is made only then. */
    private AuditDraft draft(ChainVerification verification, User by) {
        ObjectMapper mapper = JsonMapper.shared();
        ObjectNode details = mapper.createObjectNode();
        if (verification.firstBrokenSeq() == null) {
            details.putNull("firstBrokenSeq");
        } else {
            details.put("firstBrokenSeq", verification.firstBrokenSeq());
        }
        details.put("reason", verification.reason());
        details.put("entriesChecked", verification.entriesChecked());
        details.put("headSeq", verification.headSeq());
        String where = verification.firstBrokenSeq() == null ? "" : " at entry " + verification.firstBrokenSeq();
        return new AuditDraft(trail.now(), null, AuditAction.AUDIT_VERIFICATION_FAILED, by.username(),
                by.role(), null, null, "The integrity check found the audit trail broken" + where + ": "
                        + verification.reason(), json(mapper, details));
    }

    private static String json(ObjectMapper mapper, ObjectNode details) {
        try {
            return mapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write audit details", e);
        }
    }
}
