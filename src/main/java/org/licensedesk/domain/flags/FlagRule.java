package org.licensedesk.domain.flags;

import java.util.Objects;
import java.util.Optional;
import org.licensedesk.domain.UserRole;

/**
 * A rule that raises a flag: what it looks at ({@link FlagRuleKind} and its parameter), the flag's colour, whether it
 * blocks the approval (APPROVED; a denial, return or withdrawal stays open), who may clear it ({@code clearer}: a
 * supervisor, or any official for {@link UserRole#REVIEWER}; never the official whose action raised it when
 * {@code notByRaiser}), and the reason the flag shows, which cites the article or the bureau's reason.
 *
 * @param id     the stored rule's number, 0 for a rule not stored yet
 * @param active false once a supervisor removed it: it raises no more flags, and its flags no longer block
 */
public record FlagRule(long id, FlagRuleKind kind, String parameter, FlagColour colour, boolean blocking,
        UserRole clearer, boolean notByRaiser, String reason, boolean active) {
    public static final int REASON_MAX = 500;

    public FlagRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(clearer, "clearer");
        parameter = parameter == null ? "" : parameter;
        reason = reason == null ? "" : reason.strip();
    }

    /** A new rule, its parameter as typed; {@link #checked()} normalises it or says what is wrong. */
    public static FlagRule draft(FlagRuleKind kind, String parameter, FlagColour colour, boolean blocking,
                                 UserRole clearer, boolean notByRaiser, String reason) {
        return new FlagRule(0, kind, parameter, colour, blocking, clearer, notByRaiser, reason, true);
    }

    /**
     * This rule with its parameter as stored, or the sentence refusing it (a malformed parameter, a missing or too
     * long reason).
     */
    public Checked checked() {
        FlagRuleKind.Parameter parsed = kind.parse(parameter);
        if (!parsed.valid()) {
            return new Checked(null, parsed.refusal());
        }
        if (reason.length() < 10) {
            return new Checked(null, "A rule needs a reason of at least 10 characters, citing the article or the "
                    + "bureau's reason (for example \"Regulations Art. 26: watch-list party\"); the flag shows it.");
        }
        if (reason.length() > REASON_MAX) {
            return new Checked(null, "A rule's reason may have at most " + REASON_MAX + " characters; this one has "
                    + reason.length() + ".");
        }
        return new Checked(new FlagRule(id, kind, parsed.value(), colour, blocking, clearer, notByRaiser, reason,
                active), null);
    }

    public FlagRule withId(long newId) {
        return new FlagRule(newId, kind, parameter, colour, blocking, clearer, notByRaiser, reason, active);
    }

    public FlagRule removed() {
        return new FlagRule(id, kind, parameter, colour, blocking, clearer, notByRaiser, reason, false);
    }

    /** What the rule looks at, in words: "control code 1C905 (and its sub-items)", "a MOFCOM_WATCH list hit". */
    public String condition() {
        return switch (kind) {
            case CONTROL_CODE -> parameter.contains(".") ? "control code " + parameter
                    : "control code " + parameter + " or one of its sub-items";
            case DESTINATION -> "destination " + parameter;
            case LIST_HIT -> "a hit on " + switch (FlagRuleKind.HitList.valueOf(parameter)) {
                case MOFCOM_CONTROL -> "MOFCOM's control list";
                case MOFCOM_WATCH -> "MOFCOM's watch list";
                case US -> "a US list (CSL or OFAC SDN)";
            };
            case QUANTITY_ABOVE -> "more than " + parameter + " kg";
            case VALUE_ABOVE -> "a value above US$" + parameter;
            case GENERAL_LICENCE -> "a general licence requested";
        };
    }

    /** Who may clear its flags, in words, for sentences: "a supervisor other than li.na", "any official". */
    public String clearerText(String raisedBy) {
        String who = clearer == UserRole.SUPERVISOR ? "a supervisor" : "any official";
        return notByRaiser && raisedBy != null ? who + " other than " + raisedBy : who;
    }

    /** A checked rule, or why not. */
    public record Checked(FlagRule rule, String refusal) {
        public Optional<String> refused() {
            return Optional.ofNullable(refusal);
        }
    }
}
