package org.licensedesk.flags;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.User;
import org.licensedesk.domain.flags.Flag;
import org.licensedesk.domain.flags.FlagFacts;
import org.licensedesk.domain.flags.FlagRule;
import org.licensedesk.domain.flags.FlagRules;
import org.licensedesk.domain.flags.FlagSubject;
import org.licensedesk.store.FlagRepository;
import org.licensedesk.store.Transaction;

/**
 * Where the flag rules meet the other services, always on the caller's transaction: raising the flags the rules call
 * for (on intake, after workflow actions that change a status, when a rule is added or changed), each once per rule
 * and subject with its {@code FLAG_RAISED} audit entry, and the refusal of an approval while a blocking flag is open.
 * A check the services call: it decides nothing about who acts.
 */
public final class FlagGate {
    private static final int AUDIT_BATCH = 1_000;

    private final FlagRepository repository;
    private final AuditTrail auditTrail;
    private final ObjectMapper mapper = new ObjectMapper();

    public FlagGate(FlagRepository repository, AuditTrail auditTrail) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
    }

    /**
     * After workflow actions: the rules' flags on every application an action moved to another open status, as the
     * official who acted and on the action's transaction; a batch raises them once all its actions have passed.
     */
    public void raiseAfter(Transaction transaction, List<AuditDraft> drafts) {
        Map<String, AuditDraft> last = new LinkedHashMap<>();
        for (AuditDraft draft : drafts) {
            if (draft.applicationRef() != null && draft.toStatus() != null && draft.toStatus() != draft.fromStatus()) {
                last.remove(draft.applicationRef());
                last.put(draft.applicationRef(), draft);
            }
        }
        Map<String, List<String>> byActor = new LinkedHashMap<>();
        Map<String, AuditDraft> actorDraft = new HashMap<>();
        for (AuditDraft draft : last.values()) {
            if (ApplicationStatus.openStatuses().contains(draft.toStatus())) {
                byActor.computeIfAbsent(draft.actor(), actor -> new ArrayList<>()).add(draft.applicationRef());
                actorDraft.putIfAbsent(draft.actor(), draft);
            }
        }
        // After the batch's own entries in the chain, so at the latest of their times.
        Instant at = drafts.stream().map(AuditDraft::at).max(Instant::compareTo).orElseThrow();
        for (Map.Entry<String, List<String>> group : byActor.entrySet()) {
            AuditDraft draft = actorDraft.get(group.getKey());
            raise(transaction, group.getValue(), new User(draft.actor(), draft.actor(), draft.actorRole(), true),
                    at);
        }
    }

    /**
     * Raises, on these applications, every flag the active rules call for and that was never raised (a cleared flag
     * is not raised again), recorded as raised by {@code by} at {@code at}, and appends their {@code FLAG_RAISED}
     * entries.
     *
     * @return the number of flags raised
     */
    public int raise(Transaction transaction, List<String> references, User by, Instant at) {
        if (references.isEmpty()) {
            return 0;
        }
        List<FlagRule> rules = repository.rules(transaction).stream().filter(FlagRule::active).toList();
        if (rules.isEmpty()) {
            return 0;
        }
        return raise(transaction, rules, references, by, at);
    }

    /** As {@link #raise(Transaction, List, User, Instant)}, for only these rules. */
    int raise(Transaction transaction, List<FlagRule> rules, List<String> references, User by, Instant at) {
        Set<String> raised = repository.raisedKeys(transaction, references);
        List<AuditDraft> drafts = new ArrayList<>();
        int count = 0;
        for (FlagFacts facts : repository.facts(transaction, references)) {
            for (FlagRules.Raise raise : FlagRules.raises(rules, facts)) {
                if (!raised.add(FlagRepository.key(facts.reference(), raise.rule().id(), raise.subject()))) {
                    continue;
                }
                long id = repository.insertFlag(transaction, facts.reference(), raise.rule().id(), raise.subject(),
                        at, by.username());
                drafts.add(new AuditDraft(at, facts.reference(), AuditAction.FLAG_RAISED, by.username(), by.role(),
                        null, null, raise.rule().reason(), details(id, raise.rule(), raise.subject(), null)));
                count++;
                if (drafts.size() == AUDIT_BATCH) {
                    auditTrail.appendAll(transaction, drafts);
                    drafts.clear();
                }
            }
        }
        if (!drafts.isEmpty()) {
            auditTrail.appendAll(transaction, drafts);
        }
        return count;
    }

    /**
     * Why the application may not be approved now: an open flag of a blocking rule, or a blocking rule that applies
     * but whose flag was never raised (a rule added by a migration after the case's last action); empty when none.
     */
    public Optional<String> approvalRefusal(Transaction transaction, String reference) {
        Optional<String> refusal = FlagRules.approvalRefusal(reference, repository.flags(transaction,
                List.of(reference)));
        if (refusal.isPresent()) {
            return refusal;
        }
        Set<String> raised = repository.raisedKeys(transaction, List.of(reference));
        List<FlagRule> blocking = repository.rules(transaction).stream()
                .filter(rule -> rule.active() && rule.blocking()).toList();
        for (FlagFacts facts : repository.facts(transaction, List.of(reference))) {
            for (FlagRules.Raise raise : FlagRules.raises(blocking, facts)) {
                if (!raised.contains(FlagRepository.key(reference, raise.rule().id(), raise.subject()))) {
                    return Optional.of("The blocking flag rule " + raise.rule().id() + " (" + raise.rule().condition()
                            + ": " + raise.rule().reason() + ") applies to " + reference + " but has not flagged it "
                            + "yet; send it back so the rule raises its flag, and have "
                            + raise.rule().clearerText(null) + " clear it before approving.");
                }
            }
        }
        return Optional.empty();
    }

    String details(long flagId, FlagRule rule, FlagSubject subject, Flag cleared) {
        ObjectNode details = mapper.createObjectNode();
        details.put("flagId", flagId);
        details.put("ruleId", rule.id());
        details.put("kind", rule.kind().name());
        details.put("parameter", rule.parameter());
        details.put("subject", subject.name());
        details.put("colour", rule.colour().name());
        details.put("blocking", rule.blocking());
        if (cleared != null) {
            details.put("raisedBy", cleared.raisedBy());
        }
        return details.toString();
    }
}
