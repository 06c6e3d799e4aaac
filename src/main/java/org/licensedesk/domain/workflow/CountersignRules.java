package org.licensedesk.domain.workflow;

import java.math.BigDecimal;
import java.util.Optional;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.LicenceType;

/**
 * When a decision needs a second countersignature (issue 13) and who may give it. A rule applies when the decision
 * grants a general licence (Regulations Art. 15), when a party is a true match on MOFCOM's watch list (Art. 26), when
 * the supervisor decides against the recommendation, or when the application is worth more than the bureau's
 * threshold (a setting a supervisor changes, {@link #DEFAULT_VALUE_THRESHOLD_USD} until then). The first
 * supervisor's approval or denial is then recorded as {@code COUNTERSIGNED}
 * and the status stays PENDING_COUNTERSIGN; a second supervisor, neither the recommender nor the first countersigner,
 * concurs with the same decision (or sends the application back), and only that decides it. Pure: the service passes
 * in the licence type the approval grants and the application's value; the demo generator asks the same rule.
 */
public final class CountersignRules {
    /**
     * The threshold a new store starts with (migration V61): applications worth more than this (US dollars, the
     * items' total) need a second countersignature until a supervisor sets another.
     */
    public static final BigDecimal DEFAULT_VALUE_THRESHOLD_USD = new BigDecimal("1000000");

    /**
     * Why a decision needs a second countersignature, as a phrase ("a general licence (Regulations Art. 15)"), or
     * empty when one is enough.
     *
     * @param approve       true to approve, false to deny
     * @param granted       the licence type an approval grants; ignored for a denial
     * @param watchListed   whether a party is a true match on MOFCOM's watch list
     * @param against       whether the decision goes against the recommendation
     * @param totalValueUsd the application's value, or null when unknown
     * @param thresholdUsd  the bureau's value threshold in force
     */
    public static Optional<String> reason(boolean approve, LicenceType granted, boolean watchListed, boolean against,
                                          BigDecimal totalValueUsd, BigDecimal thresholdUsd) {
        if (approve && granted == LicenceType.GENERAL) {
            return Optional.of("it grants a general licence (Regulations Art. 15)");
        }
        if (watchListed) {
            return Optional.of("a party is on MOFCOM's watch list (Regulations Art. 26)");
        }
        if (against) {
            return Optional.of("it goes against the recommendation");
        }
        if (totalValueUsd != null && totalValueUsd.compareTo(thresholdUsd) > 0) {
            return Optional.of("the application is worth more than " + usd(thresholdUsd));
        }
        return Optional.empty();
    }

    /**
     * Why this approval or denial is only the first of two countersignatures; empty when it decides (one is enough,
     * or the first was given already).
     *
     * @param granted      the licence type an approval grants (the command's terms or the recommended ones); null for
     *                     a denial
     * @param thresholdUsd the bureau's value threshold in force
     */
    public Optional<String> secondCountersignReason(WorkflowState state, WorkflowCommand command, LicenceType granted,
                                                    BigDecimal totalValueUsd, BigDecimal thresholdUsd) {
        boolean approve = command instanceof WorkflowCommand.Approve;
        boolean deny = command instanceof WorkflowCommand.Deny;
        if (state.firstCountersign() != null || (!approve && !deny)) {
            return Optional.empty();
        }
        boolean against = approve ? state.recommendation() == Recommendation.DENIAL
                : state.recommendation() == Recommendation.APPROVAL;
        return reason(approve, granted, !state.screening().watchListMatches().isEmpty(), against, totalValueUsd,
                thresholdUsd);
    }

    /**
     * An amount of US dollars as a user types it ("500000", "250,000.50": commas between thousands allowed), or empty
     * when the text is not one. Whether the amount is an allowed threshold is the service's to say.
     */
    public static Optional<BigDecimal> parseUsd(String text) {
        String digits = text == null ? "" : text.strip().replace(",", "");
        return digits.matches("[0-9]+(\\.[0-9]+)?") ? Optional.of(new BigDecimal(digits)) : Optional.empty();
    }

    /** "US$1,000,000", "US$250,000.50": how a threshold reads in a sentence. */
    public static String usd(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        String digits = String.format(java.util.Locale.ROOT, plain.scale() > 0 ? "%,.2f" : "%,.0f", plain);
        return "US$" + digits;
    }

    /**
     * Why this supervisor may not give the second countersignature: they gave the first, or they would decide
     * otherwise than the first (they send it back instead); null when they may, or no first was given.
     */
    static String secondCountersignRefusal(String actor, WorkflowState state, AuditAction action) {
        FirstCountersign first = state.firstCountersign();
        if (first == null) {
            return null;
        }
        String ref = state.reference();
        if (actor.equals(first.by())) {
            return "You gave the first countersignature of " + ref + "; the second must come from another supervisor, "
                    + "neither the recommender nor you.";
        }
        boolean firstApproved = first.decision() == ApplicationStatus.APPROVED;
        if ((action == AuditAction.APPROVED) != firstApproved) {
            return first.by() + "'s first countersignature " + (firstApproved ? "approves " : "denies ") + ref
                    + "; the second countersignature concurs with it: " + (firstApproved ? "approve" : "deny")
                    + " it too, or send it back to the reviewer.";
        }
        return null;
    }
}
