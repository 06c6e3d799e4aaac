package org.licensedesk.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.User;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.domain.workflow.CountersignRules;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.Database;
import org.licensedesk.store.WorkflowSettingRepository;

/**
 * The bureau's value threshold for a second countersignature (issue 13, {@link CountersignRules}): a setting in the
 * store that every workstation reads in the action's transaction, changed by a supervisor with an audited
 * {@code COUNTERSIGN_THRESHOLD_CHANGED} entry in the same transaction.
 */
public final class CountersignThresholds {
    /** Above this no application is ever worth more, so such a "threshold" would only switch the rule off unseen. */
    static final BigDecimal MAX_USD = new BigDecimal("1000000000000");
    private static final String CHANGE = "change the second-countersignature threshold";

    private final Database database;
    private final WorkflowSettingRepository settings;
    private final AuditTrail auditTrail;
    private final Officials officials;
    private final ObjectMapper mapper = new ObjectMapper();

    public CountersignThresholds(Database database, WorkflowSettingRepository settings, AuditTrail auditTrail,
                                 Officials officials) {
        this.database = Objects.requireNonNull(database, "database");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.officials = Objects.requireNonNull(officials, "officials");
    }

    /** US dollars: decisions on applications worth more than this need a second countersignature. */
    public BigDecimal current() {
        return database.read(settings::countersignThresholdUsd);
    }

    /**
     * Sets the threshold; decisions from now on follow it (a first countersignature already given stays, as the
     * rule asked for it when it was given).
     *
     * @return the threshold it replaced
     * @throws WorkflowRefusedException when the official is not an active supervisor, or the amount is not a positive
     *                                  sum of dollars and cents up to US$1,000,000,000,000; nothing is written
     */
    public BigDecimal change(BigDecimal thresholdUsd, User by) {
        Objects.requireNonNull(thresholdUsd, "thresholdUsd");
        officials.require(Authority.SUPERVISOR, by, CHANGE, WorkflowRefusedException::new);
        BigDecimal amount = valid(thresholdUsd);
        Instant at = auditTrail.now().truncatedTo(ChronoUnit.MILLIS);
        return database.write(transaction -> {
            User supervisor = officials.require(transaction, Authority.SUPERVISOR, by, CHANGE,
                    WorkflowRefusedException::new);
            BigDecimal before = settings.countersignThresholdUsd(transaction);
            settings.setCountersignThresholdUsd(transaction, amount);
            ObjectNode details = mapper.createObjectNode();
            details.put("fromUsd", before.toPlainString());
            details.put("toUsd", amount.toPlainString());
            auditTrail.append(transaction, new AuditDraft(at, null, AuditAction.COUNTERSIGN_THRESHOLD_CHANGED,
                    supervisor.username(), supervisor.role(), null, null, "Second countersignature above "
                    + CountersignRules.usd(amount) + " (was " + CountersignRules.usd(before) + ")",
                    details.toString()));
            return before;
        });
    }

    private static BigDecimal valid(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.signum() <= 0 || plain.compareTo(MAX_USD) > 0 || plain.scale() > 2) {
            throw new WorkflowRefusedException("The second-countersignature threshold must be an amount of US dollars "
                    + "above 0 and at most 1000000000000, with at most two decimals; " + amount.toPlainString()
                    + " is not.");
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
