package org.licensedesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.roles.AccountCheck;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rows are not trusted alone: an account's role and active flag, and an application's status, must agree with the
 * audit trail, which records every legitimate change of them in the hash chain.
 * <ul>
 *   <li>An account's role is the one its newest USER_ADDED / PASSWORD_RESET / USER_DEACTIVATED entry names; for an
 *   account made without one (the demo's and the generator's officials) the role of its first entry as actor.
 *   LicenseDesk has no action that changes a role, so any other role in the row was written outside it.</li>
 *   <li>An account whose newest such entry is USER_DEACTIVATED must be inactive (there is no reactivation).</li>
 *   <li>An application's status is the {@code toStatus} of its newest entry that set one (CREATED, the workflow's
 *   actions, APPEAL_GRANTED; licence entries set none).</li>
 * </ul>
 * Nothing is compared when the trail says nothing (an account that never acted and has no account entry; an
 * application without entries, which only tests make). A mismatch refuses the action in a sentence and is
 * recorded once per distinct finding as a {@link AuditAction#TRAIL_MISMATCH} entry, in a transaction of its own,
 * so the refusal's rollback does not take the record with it. Each check is one indexed lookup.
 */
public final class TrailAgreement implements AccountCheck {
    private static final Logger LOG = LoggerFactory.getLogger(TrailAgreement.class);
    private static final List<String> ACCOUNT_ACTIONS = List.of(AuditAction.USER_ADDED.name(),
            AuditAction.PASSWORD_RESET.name(), AuditAction.USER_DEACTIVATED.name());
    private static final String AFTERWARDS = " was changed outside LicenseDesk, so nothing was done. "
            + "Tell a supervisor; the mismatch is recorded in the audit trail.";

    private final Database database;
    private final AuditRepository entries;
    private final AuditTrail trail;
    private final ObjectMapper mapper = JsonMapper.shared();
    /**
     * An actor's first entry, once found: the chain only grows, so it never changes legitimately, and on H2 finding
     * it reads every entry of the actor (hundreds of milliseconds for a busy one). Kept for the life of the process.
     */
    private final Map<String, AuditEntry> firstEntries = new ConcurrentHashMap<>();

    public TrailAgreement(Database database, AuditRepository entries, AuditTrail trail) {
        this.database = Objects.requireNonNull(database, "database");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.trail = Objects.requireNonNull(trail, "trail");
    }

    /** What a row says against what the trail says, with the entry that says it. */
    public record Finding(Kind kind, String subject, String stored, String trailSays, long trailSeq, String actor,
                          UserRole actorRole, String applicationRef, String sentence) {
        public Finding {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(sentence, "sentence");
        }
    }

    /** Which field disagrees; the names are written into the entry's details. */
    public enum Kind { USER_ROLE, USER_ACTIVE, APPLICATION_STATUS, WORKSTATION_HEAD }

    /** The stored account against the trail, on the caller's transaction; empty when they agree. */
    public Optional<Finding> account(Transaction transaction, User stored) {
        Objects.requireNonNull(stored, "stored");
        Optional<AuditEntry> accountEntry = newestAccountEntry(transaction, stored.username());
        if (accountEntry.isPresent()) {
            AuditEntry entry = accountEntry.get();
            String role = details(entry).path("role").asText("");
            if (!role.equals(stored.role().name())) {
                return Optional.of(roleFinding(stored, role, entry));
            }
            if (entry.action().equals(AuditAction.USER_DEACTIVATED.name()) && stored.active()) {
                return Optional.of(new Finding(Kind.USER_ACTIVE, stored.username(), "active", "deactivated",
                        entry.seq(), stored.username(), stored.role(), null, "The audit trail records that the account "
                        + stored.username() + " was deactivated (entry " + entry.seq() + "), but the users table "
                        + "says it is active: the table" + AFTERWARDS));
            }
            return Optional.empty();
        }
        AuditEntry first = firstEntries.get(stored.username());
        if (first == null) {
            first = entries.firstBy(transaction, stored.username()).orElse(null);
            if (first == null) {
                return Optional.empty();
            }
            firstEntries.put(stored.username(), first);
        }
        return first.actorRole().equals(stored.role().name()) ? Optional.empty()
                : Optional.of(roleFinding(stored, first.actorRole(), first));
    }

    private Finding roleFinding(User stored, String trailRole, AuditEntry entry) {
        UserRole trusted = role(trailRole);
        return new Finding(Kind.USER_ROLE, stored.username(), stored.role().name(), trailRole, entry.seq(),
                stored.username(), trusted == null ? stored.role() : trusted, null, "The audit trail records "
                + stored.username() + " as a " + word(trailRole) + " (entry " + entry.seq() + "), but the users table "
                + "says " + word(stored.role().name()) + ": the table" + AFTERWARDS);
    }

    /**
     * The application's stored status against the trail, on the caller's transaction; empty when they agree or the
     * trail has no status for it.
     *
     * @param actor who is acting, named in the recorded finding
     */
    public Optional<Finding> application(Transaction transaction, String reference, ApplicationStatus stored,
                                         User actor) {
        Objects.requireNonNull(stored, "stored");
        return entries.latestStatusChange(transaction, reference)
                .filter(entry -> !entry.toStatus().equals(stored.name()))
                // The caller read its row before another workstation's action committed both a new status and its
                // entry: not a tampered row (the caller's version check refuses the action as a conflict). Only a
                // row and trail that disagree in one snapshot are a finding.
                .filter(entry -> entries.rowAndTrailStatus(transaction, reference)
                        .map(both -> !java.util.Objects.equals(both[0], both[1]) && both[1] != null).orElse(false))
                .map(entry -> new Finding(Kind.APPLICATION_STATUS, reference, stored.name(), entry.toStatus(),
                        entry.seq(), actor.username(), actor.role(), reference, "The audit trail records " + reference
                        + " as " + status(entry.toStatus()) + " (entry " + entry.seq() + "), but the applications "
                        + "table says " + status(stored.name()) + ": the table" + AFTERWARDS));
    }

    /** {@link AccountCheck}: records a mismatch apart and throws the caller's refusal. */
    @Override
    public void check(Transaction transaction, User stored, Function<String, ? extends RuntimeException> refused) {
        Optional<Finding> finding = account(transaction, stored);
        if (finding.isPresent()) {
            recordApart(finding.get());
            throw refused.apply(finding.get().sentence());
        }
    }

    /** As {@link #check}, for an application's status. */
    public void checkApplication(Transaction transaction, User actor, String reference, ApplicationStatus stored,
                                 Function<String, ? extends RuntimeException> refused) {
        Optional<Finding> finding = application(transaction, reference, stored, actor);
        if (finding.isPresent()) {
            recordApart(finding.get());
            throw refused.apply(finding.get().sentence());
        }
    }

    /**
     * Records the finding in a transaction of its own, unless an entry already records it. When that cannot be
     * done (the store is failing, or the caller's transaction holds the chain's head), the refusal still stands:
     * the failure is logged.
     */
    public void recordApart(Finding finding) {
        try {
            database.write(transaction -> record(transaction, finding));
        } catch (RuntimeException e) {
            LOG.warn("Could not record a mismatch between the tables and the audit trail ({} of {}): {}",
                    finding.kind(), finding.subject(), e.toString());
        }
    }

    /**
     * Records the finding on the caller's transaction unless an entry already records the same finding.
     *
     * @return the new entry, or empty when the finding was recorded before
     */
    public Optional<AuditEntry> record(Transaction transaction, Finding finding) {
        ObjectNode details = mapper.createObjectNode();
        details.put("kind", finding.kind().name());
        details.put("subject", finding.subject());
        details.put("stored", finding.stored());
        details.put("trail", finding.trailSays());
        details.put("trailSeq", finding.trailSeq());
        String text;
        try {
            text = mapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write audit details", e);
        }
        // Compared as read back, so number types and key order cannot make one finding look like two.
        JsonNode same = details(text);
        for (AuditEntry earlier : entries.withAction(transaction, AuditAction.TRAIL_MISMATCH.name())) {
            if (details(earlier.detailsJson()).equals(same)) {
                return Optional.empty();
            }
        }
        LOG.warn("Tables disagree with the audit trail: {} of {} is {} in the table, {} at entry {}",
                finding.kind(), finding.subject(), finding.stored(), finding.trailSays(), finding.trailSeq());
        return Optional.of(trail.append(transaction, new AuditDraft(
                trail.now().truncatedTo(ChronoUnit.MILLIS), finding.applicationRef(), AuditAction.TRAIL_MISMATCH,
                finding.actor(), finding.actorRole(), null, null, finding.sentence(), text)));
    }

    private Optional<AuditEntry> newestAccountEntry(Transaction transaction, String username) {
        for (AuditEntry entry : entries.accountEntriesMentioning(transaction, ACCOUNT_ACTIONS, username)) {
            if (username.equals(details(entry).path("username").asText(null))) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private JsonNode details(AuditEntry entry) {
        return details(entry.detailsJson());
    }

    private JsonNode details(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return mapper.createObjectNode();
        }
    }

    private static UserRole role(String name) {
        for (UserRole role : UserRole.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }

    private static String word(String role) {
        return role.toLowerCase(Locale.ROOT);
    }

    private static String status(String status) {
        return status.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
