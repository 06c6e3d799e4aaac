package org.licensedesk.domain.flags;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a flag rule looks at, and what its one parameter means. The parameter is checked here so that the window, the
 * command line and the service refuse the same malformed rules with the same sentence.
 */
public enum FlagRuleKind {
    /** An item's control code is the parameter or falls under it ("1C905" covers 1C905.a, .b and .c). */
    CONTROL_CODE,
    /** The end user's or the consignee's country is the parameter (ISO 3166-1 alpha-2). */
    DESTINATION,
    /**
     * A party has a screening hit (not disposed of as a false match) on the list the parameter names:
     * {@code MOFCOM_CONTROL}, {@code MOFCOM_WATCH} or {@code US} (the Consolidated Screening List or OFAC's SDN list).
     */
    LIST_HIT,
    /** The application's total quantity is above the parameter, in kilograms. */
    QUANTITY_ABOVE,
    /** The application's total value is above the parameter, in US dollars. */
    VALUE_ABOVE,
    /** A general licence is requested (no parameter). */
    GENERAL_LICENCE;

    /** The lists a LIST_HIT rule may name. */
    public enum HitList {
        MOFCOM_CONTROL,
        MOFCOM_WATCH,
        US
    }

    private static final Pattern CONTROL_CODE_TEXT = Pattern.compile("[0-9][A-E][0-9]{3}(\\.[a-z])?");
    private static final Pattern COUNTRY_TEXT = Pattern.compile("[A-Z]{2}");

    /**
     * The parameter as stored (trimmed; country and list names upper case, amounts in plain notation), or the
     * sentence saying why it is not one this kind takes.
     */
    public Parameter parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        return switch (this) {
            case CONTROL_CODE -> CONTROL_CODE_TEXT.matcher(text).matches() ? Parameter.ok(text)
                    : Parameter.refused("A control-code rule needs a control code such as 1C905 (every sub-item) or "
                    + "1C905.a; \"" + text + "\" is not one.");
            case DESTINATION -> COUNTRY_TEXT.matcher(text.toUpperCase(Locale.ROOT)).matches()
                    ? Parameter.ok(text.toUpperCase(Locale.ROOT))
                    : Parameter.refused("A destination rule needs a two-letter ISO 3166-1 country code such as JP; \""
                    + text + "\" is not one.");
            case LIST_HIT -> hitList(text).map(list -> Parameter.ok(list.name()))
                    .orElseGet(() -> Parameter.refused("A list-hit rule needs MOFCOM_CONTROL, MOFCOM_WATCH or US; \""
                            + text + "\" is none of them."));
            case QUANTITY_ABOVE, VALUE_ABOVE -> amount(text);
            case GENERAL_LICENCE -> text.isEmpty() ? Parameter.ok("")
                    : Parameter.refused("A general-licence rule takes no parameter; leave it empty.");
        };
    }

    private Parameter amount(String text) {
        String unit = this == QUANTITY_ABOVE ? "kilograms" : "US dollars";
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() <= 0) {
                return Parameter.refused("A threshold must be above zero, in " + unit + "; \"" + text + "\" is not.");
            }
            return Parameter.ok(amount.stripTrailingZeros().toPlainString());
        } catch (NumberFormatException e) {
            return Parameter.refused("A threshold must be a number of " + unit + " such as 1000; \"" + text
                    + "\" is not one.");
        }
    }

    private static Optional<HitList> hitList(String text) {
        for (HitList list : HitList.values()) {
            if (list.name().equalsIgnoreCase(text)) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }

    /** A parameter as stored, or the sentence refusing it. */
    public record Parameter(String value, String refusal) {
        static Parameter ok(String value) {
            return new Parameter(value, null);
        }

        static Parameter refused(String refusal) {
            return new Parameter(null, refusal);
        }

        public boolean valid() {
            return refusal == null;
        }
    }
}
