package org.licensedesk.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Chinese names compared as Chinese: MOFCOM's annexes and applicants write the same name with full-width or
 * half-width brackets and punctuation, spaces, or an English name in brackets after it. The comparison key keeps the
 * characters in order and drops the rest; there is no transliteration, so 三菱 never matches "Mitsubishi" here (the
 * English name is matched as Latin text, as for the US lists).
 */
public final class ChineseName {
    private ChineseName() {
    }

    /** Whether the text holds at least one Han character. */
    public static boolean hasHan(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(ChineseName::isHan);
    }

    /**
     * The comparison key of a name: NFKC (full-width forms to their plain forms), bracketed parts without Han
     * characters dropped (the "（English name）" of the annex form), then every character that is not a letter or digit
     * dropped and Latin letters upper-cased. Empty when the name has no Han character, since it is then not a
     * Chinese name.
     */
    public static String key(String name) {
        if (!hasHan(name)) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        text = withoutLatinBrackets(text);
        StringBuilder key = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString().toUpperCase(Locale.ROOT);
    }

    /** Drops "(...)" and "[...]" groups that hold no Han character, such as a bracketed English name. */
    private static String withoutLatinBrackets(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char close = c == '(' ? ')' : c == '[' ? ']' : 0;
            int end = close == 0 ? -1 : text.indexOf(close, i + 1);
            if (end > 0 && !hasHan(text.substring(i + 1, end))) {
                i = end + 1;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
