package org.licensedesk.flags;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.User;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.domain.flags.Flag;
import org.licensedesk.domain.flags.FlagRule;
import org.licensedesk.domain.flags.FlagRules;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.Database;
import org.licensedesk.store.FlagRepository;
import org.licensedesk.store.Transaction;
import org.licensedesk.store.WorkflowStateRepository;

/**
 * Risk flags and their rules (issue 13): supervisors add, change and remove rules, each change audited
 * ({@code FLAG_RULE_CHANGED}) and applied at once to the open applications; officials the rule allows clear a flag
 * with a note ({@code FLAG_CLEARED}). Raising and the approval check are {@link FlagGate}'s.
 */
public final class FlagService {
    private static final String EDIT = "change the flag rules";

    private final Database database;
    private final FlagRepository repository;
    private final FlagGate gate;
    private final AuditTrail auditTrail;
    private final Officials officials;
    private final WorkflowStateRepository states;
    private final ObjectMapper mapper = new ObjectMapper();

    public FlagService(Database database, FlagRepository repository, FlagGate gate, AuditTrail auditTrail,
                       Officials officials, WorkflowStateRepository states) {
        this.database = Objects.requireNonNull(database, "database");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.officials = Objects.requireNonNull(officials, "officials");
        this.states = Objects.requireNonNull(states, "states");
    }

    /** The rules in force (removed ones left out), by number. */
    public List<FlagRule> rules() {
        return database.read(transaction -> repository.rules(transaction).stream().filter(FlagRule::active).toList());
    }

    /** Every flag on the application, open and cleared, oldest first. */
    public List<Flag> flags(String reference) {
        return database.read(transaction -> repository.flags(transaction, List.of(reference)));
    }

    /**
     * Adds a rule and raises its flags on the open applications, in one transaction with its audit entry.
     *
     * @return the stored rule, with its number
     * @throws FlagRefusedException when the official is not an active supervisor or the rule is malformed
     */
    public FlagRule addRule(User by, FlagRule draft) {
        FlagRule checked = check(draft);
        return database.write(transaction -> {
            User supervisor = officials.require(transaction, Authority.SUPERVISOR, by, EDIT,
                    FlagRefusedException::new);
            FlagRule stored = repository.insertRule(transaction, checked.withId(0));
            Instant now = now();
            int raised = applyToOpen(transaction, stored, supervisor, now);
            audit(transaction, supervisor, now, "ADDED", stored, raised);
            return stored;
        });
    }

    /**
     * Changes a rule (its number stays; open flags take its new colour, blocking and clearer) and raises the flags
     * its new condition calls for on the open applications.
     */
    public FlagRule changeRule(User by, FlagRule changed) {
        FlagRule checked = check(changed);
        return database.write(transaction -> {
            User supervisor = officials.require(transaction, Authority.SUPERVISOR, by, EDIT,
                    FlagRefusedException::new);
            existing(transaction, checked.id());
            repository.updateRule(transaction, checked);
            Instant now = now();
            int raised = applyToOpen(transaction, checked, supervisor, now);
            audit(transaction, supervisor, now, "CHANGED", checked, raised);
            return checked;
        });
    }

    /** Removes a rule: it raises no more flags, and its open flags stay shown but no longer block. */
    public FlagRule removeRule(User by, long id) {
        return database.write(transaction -> {
            User supervisor = officials.require(transaction, Authority.SUPERVISOR, by, EDIT,
                    FlagRefusedException::new);
            FlagRule removed = existing(transaction, id).removed();
            repository.updateRule(transaction, removed);
            audit(transaction, supervisor, now(), "REMOVED", removed, 0);
            return removed;
        });
    }

    /**
     * Clears an open flag with a note, in one transaction with its {@code FLAG_CLEARED} entry.
     *
     * @throws FlagRefusedException when the official may not clear it (see {@link FlagRules#clearRefusal}), the note is
     *                              too short or the flag is already cleared
     */
    public Flag clear(User by, long flagId, String note) {
        return database.write(transaction -> {
            User official = officials.require(transaction, Authority.ANY_ACTIVE, by, "clear flags",
                    FlagRefusedException::new);
            Flag flag = repository.flag(transaction, flagId).orElseThrow(() -> new FlagRefusedException(
                    "There is no flag " + flagId + "; reload the application to see its flags."));
            FlagRules.clearRefusal(official, flag, note).ifPresent(refusal -> {
                throw new FlagRefusedException(refusal);
            });
            Instant now = now();
            String text = note.strip();
            if (!repository.clear(transaction, flagId, now, official.username(), text)) {
                throw new FlagRefusedException("The flag " + flagId + " on " + flag.reference()
                        + " was cleared meanwhile; reload the application to see by whom.");
            }
            ApplicationStatus status = states.find(transaction, flag.reference()).map(state -> state.status())
                    .orElse(null);
            auditTrail.append(transaction, new AuditDraft(now, flag.reference(), AuditAction.FLAG_CLEARED,
                    official.username(), official.role(), status, null, text,
                    gate.details(flagId, flag.rule(), flag.subject(), flag)));
            return new Flag(flag.id(), flag.reference(), flag.subject(), flag.rule(), flag.raisedAt(),
                    flag.raisedBy(), now, official.username(), text);
        });
    }

    private FlagRule check(FlagRule draft) {
        FlagRule.Checked checked = Objects.requireNonNull(draft, "rule").checked();
        checked.refused().ifPresent(refusal -> {
            throw new FlagRefusedException(refusal);
        });
        return checked.rule();
    }

    private FlagRule existing(Transaction transaction, long id) {
        FlagRule rule = repository.rule(transaction, id).orElseThrow(() -> new FlagRefusedException(
                "There is no flag rule " + id + "; list the rules to see their numbers."));
        if (!rule.active()) {
            throw new FlagRefusedException("The flag rule " + id + " was removed; add a new rule instead.");
        }
        return rule;
    }

    private int applyToOpen(Transaction transaction, FlagRule rule, User by, Instant at) {
        List<String> open = repository.references(transaction, ApplicationStatus.openStatuses());
        return gate.raise(transaction, List.of(rule), open, by, at);
    }

    private void audit(Transaction transaction, User by, Instant at, String change, FlagRule rule, int raised) {
        ObjectNode details = mapper.createObjectNode();
        details.put("change", change);
        details.put("ruleId", rule.id());
        details.put("kind", rule.kind().name());
        details.put("parameter", rule.parameter());
        details.put("colour", rule.colour().name());
        details.put("blocking", rule.blocking());
        details.put("clearer", rule.clearer().name());
        details.put("notByRaiser", rule.notByRaiser());
        details.put("reason", rule.reason());
        details.put("flagsRaised", raised);
        auditTrail.append(transaction, new AuditDraft(at, null, AuditAction.FLAG_RULE_CHANGED, by.username(),
                by.role(), null, null, change.toLowerCase(java.util.Locale.ROOT) + " flag rule " + rule.id() + ": "
                + rule.condition(), details.toString()));
    }

    private Instant now() {
        return auditTrail.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
