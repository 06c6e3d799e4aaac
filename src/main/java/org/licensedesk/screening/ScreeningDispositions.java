package org.licensedesk.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.audit.TrailAgreement;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.Disposition;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.workflow.DispositionRefusedException;
import org.licensedesk.domain.workflow.DispositionRules;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.store.Database;
import org.licensedesk.store.ScreeningRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;

/**
 * Records the assignee's disposition on a screening hit ({@link DispositionRules}): the stored disposition and
 * its {@code SCREENING_DISPOSITION} audit entry in one transaction. A disposition is one party's verdict on one
 * listed entry (issue 13, V62): the party's role and name as screened, never the role alone.
 */
public final class ScreeningDispositions {
    private final Database database;
    private final ScreeningRepository screening;
    private final WorkflowStateRepository states;
    private final UserRepository users;
    private final AuditTrail auditTrail;
    private final TrailAgreement agreement;
    private final DispositionRules rules = new DispositionRules();
    private final ObjectMapper mapper = JsonMapper.shared();

    public ScreeningDispositions(Database database, ScreeningRepository screening, WorkflowStateRepository states,
                                 UserRepository users, AuditTrail auditTrail) {
        this.database = Objects.requireNonNull(database, "database");
        this.screening = Objects.requireNonNull(screening, "screening");
        this.states = Objects.requireNonNull(states, "states");
        this.users = Objects.requireNonNull(users, "users");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.agreement = new TrailAgreement(database, new AuditRepository(database), auditTrail);
    }

    /** Why this user may not record dispositions on the application now; empty when they may. */
    public Optional<String> refusal(User actor, String reference) {
        return database.read(transaction -> {
            Optional<User> current = users.find(transaction, actor.username());
            Optional<WorkflowState> state = states.find(transaction, reference);
            if (current.isEmpty() || state.isEmpty()) {
                return Optional.of("There is no application " + reference + " or no user " + actor.username() + ".");
            }
            return rules.refusal(current.get(), state.get());
        });
    }

    /**
     * Records a disposition on the hit of {@code party} against the listed entry {@code entryKey}, when only one party
     * of that role hit it; when several did (a general licence's further consignees or end users), it is refused
     * naming them, and {@link #dispose(User, String, ScreenedParty, String, String, ScreeningDisposition, String)}
     * says whose it is.
     */
    public ScreeningHit dispose(User actor, String reference, ScreenedParty party, String entryKey,
                                ScreeningDisposition verdict, String note) {
        return dispose(actor, reference, party, null, entryKey, verdict, note);
    }

    /**
     * Records a disposition on the hit of the party {@code partyName} (as screened) in the role {@code party} against
     * the listed entry {@code entryKey}. It is that party's alone: another party hitting the same entry needs its own.
     *
     * @param partyName the party's name as screened ({@link ScreeningHit#partyName()}); null when the role is enough
     * @return the hit with its disposition
     * @throws DispositionRefusedException when the rules refuse it; nothing is stored
     */
    public ScreeningHit dispose(User actor, String reference, ScreenedParty party, String partyName, String entryKey,
                                ScreeningDisposition verdict, String note) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(verdict, "verdict");
        Instant now = auditTrail.now();
        return database.write(transaction -> {
            User current = users.find(transaction, actor.username()).orElseThrow(
                    () -> new DispositionRefusedException("There is no user " + actor.username() + "; sign in again."));
            agreement.check(transaction, current, DispositionRefusedException::new);
            WorkflowState state = states.find(transaction, reference).orElseThrow(
                    () -> new DispositionRefusedException("There is no application " + reference
                            + "; check the reference."));
            agreement.checkApplication(transaction, current, reference, state.status(),
                    DispositionRefusedException::new);
            // Who may act comes before which hit, so someone else is not told about the application's parties.
            rules.refusal(current, state).ifPresent(refusal -> {
                throw new DispositionRefusedException(refusal);
            });
            List<ScreeningHit> hits = screening.hits(transaction, reference);
            ScreeningHit hit = rules.hitToDispose(hits, reference, party, partyName, entryKey);
            rules.refusal(current, state, hit, note).ifPresent(refusal -> {
                throw new DispositionRefusedException(refusal);
            });
            Disposition disposition = new Disposition(verdict, note.strip(), current.username(), now);
            screening.addDisposition(transaction, hit, disposition);
            auditTrail.append(transaction, new AuditDraft(now, reference, AuditAction.SCREENING_DISPOSITION,
                    current.username(), current.role(), state.status(), null, disposition.note(),
                    details(hit, verdict, DispositionRules.othersOnEntry(hits, hit))));
            return new ScreeningHit(hit.applicationRef(), hit.party(), hit.partyName(), hit.entryId(),
                    hit.entryKey(), hit.source(), hit.listedName(), hit.matchedAlias(), hit.listName(),
                    hit.programs(), hit.score(), hit.screenedAt(), disposition);
        });
    }

    /**
     * The entry's details; {@code partyName} names the one party the verdict is for, and {@code otherPartiesOnEntry}
     * (issue 13) the other parties with a hit on the same listed entry, which this verdict does not cover.
     */
    private String details(ScreeningHit hit, ScreeningDisposition verdict, List<ScreeningHit> others) {
        ObjectNode details = mapper.createObjectNode();
        details.put("partyRole", hit.party().name());
        details.put("partyName", hit.partyName());
        details.put("listedName", hit.listedName());
        details.put("source", hit.source());
        details.put("list", hit.listName());
        details.put("programs", hit.programs());
        details.put("entryKey", hit.entryKey());
        details.put("score", hit.score());
        details.put("matchedName", hit.matchedAlias() == null ? hit.listedName() : hit.matchedAlias());
        details.put("disposition", verdict.name());
        ArrayNode otherParties = details.putArray("otherPartiesOnEntry");
        for (ScreeningHit other : others) {
            otherParties.addObject().put("partyRole", other.party().name()).put("partyName", other.partyName());
        }
        return details.toString();
    }
}
