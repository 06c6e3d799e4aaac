package org.licensedesk.domain.flags;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.MofcomListing;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;

/**
 * The risk-flag rules of issue 13: which subjects of an application a rule flags, which open flags stop an approval
 * (with the sentence naming the flag and who may clear it), and who may clear a flag.
 */
public final class FlagRules {
    /** A clearing note needs at least this many characters, as a workflow note does. */
    public static final int NOTE_MIN = 10;

    private FlagRules() {
    }

    /** The subjects the rule flags on this application (none when it does not apply or is removed). */
    public static Set<FlagSubject> subjects(FlagRule rule, FlagFacts facts) {
        Set<FlagSubject> subjects = EnumSet.noneOf(FlagSubject.class);
        if (!rule.active()) {
            return subjects;
        }
        String parameter = rule.parameter();
        switch (rule.kind()) {
            case CONTROL_CODE -> {
                for (String code : facts.controlCodes()) {
                    if (code.equals(parameter) || code.startsWith(parameter + ".")) {
                        subjects.add(FlagSubject.APPLICATION);
                    }
                }
            }
            case DESTINATION -> {
                if (parameter.equals(upper(facts.endUserCountry())) || parameter.equals(upper(facts.consigneeCountry()))) {
                    subjects.add(FlagSubject.APPLICATION);
                }
            }
            case LIST_HIT -> {
                FlagRuleKind.HitList list = FlagRuleKind.HitList.valueOf(parameter);
                for (FlagFacts.PartyHit hit : facts.hits()) {
                    if (onList(hit, list)) {
                        subjects.add(FlagSubject.of(hit.party()));
                    }
                }
            }
            case QUANTITY_ABOVE -> {
                if (facts.totalKg() != null && facts.totalKg().compareTo(new BigDecimal(parameter)) > 0) {
                    subjects.add(FlagSubject.APPLICATION);
                }
            }
            case VALUE_ABOVE -> {
                if (facts.totalValueUsd() != null && facts.totalValueUsd().compareTo(new BigDecimal(parameter)) > 0) {
                    subjects.add(FlagSubject.APPLICATION);
                }
            }
            case GENERAL_LICENCE -> {
                if (facts.licenceType() == LicenceType.GENERAL) {
                    subjects.add(FlagSubject.APPLICATION);
                }
            }
        }
        return subjects;
    }

    private static boolean onList(FlagFacts.PartyHit hit, FlagRuleKind.HitList list) {
        return switch (list) {
            case MOFCOM_CONTROL -> "MOFCOM".equals(hit.source())
                    && MofcomListing.MofcomList.CONTROL.listName().equals(hit.listName());
            case MOFCOM_WATCH -> "MOFCOM".equals(hit.source())
                    && MofcomListing.MofcomList.WATCH.listName().equals(hit.listName());
            case US -> "CSL".equals(hit.source()) || "OFAC_SDN".equals(hit.source());
        };
    }

    private static String upper(String country) {
        return country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
    }

    /** A flag the rules would raise now: the rule and the subject. */
    public record Raise(FlagRule rule, FlagSubject subject) {
    }

    /** Every flag the rules raise on the application, before leaving out those raised already. */
    public static List<Raise> raises(List<FlagRule> rules, FlagFacts facts) {
        List<Raise> raises = new ArrayList<>();
        for (FlagRule rule : rules) {
            for (FlagSubject subject : subjects(rule, facts)) {
                raises.add(new Raise(rule, subject));
            }
        }
        return raises;
    }

    /**
     * Why the application may not be approved while these flags are on it: the first blocking open flag, named with its
     * reason and who may clear it; empty when none blocks.
     */
    public static Optional<String> approvalRefusal(String reference, List<Flag> flags) {
        return flags.stream().filter(Flag::blocks).findFirst().map(flag -> reference + " carries a blocking "
                + flag.rule().colour().name().toLowerCase(Locale.ROOT) + " flag " + flag.subjectText() + " (rule "
                + flag.rule().id() + ", " + flag.rule().condition() + ": " + flag.rule().reason()
                + "), raised by " + flag.raisedBy() + "; " + flag.rule().clearerText(flag.raisedBy())
                + " must clear it with a note before it can be approved.");
    }

    /**
     * Why {@code actor} (as stored now) may not clear the flag with this note, or empty when they may: the flag must be
     * open, the actor active and of the rule's clearing role, and not the raiser when the rule says so.
     */
    public static Optional<String> clearRefusal(User actor, Flag flag, String note) {
        Optional<String> refusal = clearerRefusal(actor, flag);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (note == null || note.strip().length() < NOTE_MIN) {
            return Optional.of("Clearing a flag needs a note of at least " + NOTE_MIN
                    + " characters saying why the risk is settled.");
        }
        return Optional.empty();
    }

    /**
     * Why {@code actor} may not clear the flag whatever the note, or empty when they may: what the window asks before
     * it offers Clear (the service still decides, with the note, when it is done).
     */
    public static Optional<String> clearerRefusal(User actor, Flag flag) {
        String what = "flag " + flag.id() + " on " + flag.reference();
        if (!flag.open()) {
            return Optional.of("The " + what + " was cleared already by " + flag.clearedBy() + "; reload to see it.");
        }
        if (!actor.active()) {
            return Optional.of("The account " + actor.username() + " has been deactivated; it cannot clear flags.");
        }
        if (flag.rule().clearer() == UserRole.SUPERVISOR && actor.role() != UserRole.SUPERVISOR) {
            return Optional.of("Only " + flag.rule().clearerText(flag.raisedBy()) + " may clear the " + what
                    + "; " + actor.username() + " is a reviewer. Ask a supervisor.");
        }
        if (flag.rule().notByRaiser() && actor.username().equals(flag.raisedBy())) {
            return Optional.of("Only " + flag.rule().clearerText(flag.raisedBy()) + " may clear the " + what
                    + ": its rule keeps the official whose action raised it from clearing it.");
        }
        return Optional.empty();
    }
}
