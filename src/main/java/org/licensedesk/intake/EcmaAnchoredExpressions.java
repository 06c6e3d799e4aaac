package org.licensedesk.intake;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.util.regex.Pattern;

/**
 * The schema's {@code pattern}s with the meaning JSON Schema gives them (ECMA-262), where {@code $} is the end of the
 * text. Java's {@code $} also matches before a final line break, so {@code "EXP-2026-NL\n"} passed
 * {@code ^[A-Z0-9][A-Z0-9-]{2,31}$}: here every {@code $} outside a character class becomes {@code \z}.
 */
final class EcmaAnchoredExpressions implements RegularExpressionFactory {
    static final EcmaAnchoredExpressions INSTANCE = new EcmaAnchoredExpressions();

    private EcmaAnchoredExpressions() {
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = Pattern.compile(anchoredAtTheEnd(regex));
        return value -> pattern.matcher(value).find();
    }

    /** The pattern with each {@code $} that is an anchor (not escaped, not in a character class) as {@code \z}. */
    static String anchoredAtTheEnd(String regex) {
        StringBuilder java = new StringBuilder(regex.length() + 4);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                java.append(c).append(regex.charAt(++i));
            } else if (c == '[') {
                inClass = true;
                java.append(c);
            } else if (c == ']') {
                inClass = false;
                java.append(c);
            } else if (c == '$' && !inClass) {
                java.append("\\z");
            } else {
                java.append(c);
            }
        }
        return java.toString();
    }
}
