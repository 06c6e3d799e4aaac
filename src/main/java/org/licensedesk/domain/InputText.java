package org.licensedesk.domain;

import java.text.Normalizer;

/**
 * Text from outside (intake files, list files, typed names) brought to what a reader sees: Unicode NFKC (full-width
 * letters and digits become ASCII, the ideographic space U+3000 an ASCII space), without format characters (zero-width
 * space and joiner, soft hyphen, byte-order mark, bidirectional controls such as U+202E) and without control
 * characters. Invisible characters must not split a word, so they are removed; control characters that separate
 * (tab, line breaks) become a space. Screening compares names in this form, so a zero-width space or a NUL inside
 * "Rosneft" does not hide it from the lists.
 */
public final class InputText {
    private InputText() {
    }

    /** The text as a reader sees it; null stays null. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder visible = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isISOControl(c)) {
                if (Character.isWhitespace(c) || c == '\u0085') {
                    visible.append(' ');
                }
                continue;
            }
            // NFKC leaves a few spaces alone (U+00A0 becomes U+0020, but not every separator does): one kind of space.
            visible.append(Character.getType(c) == Character.SPACE_SEPARATOR || c == '\u2028' || c == '\u2029'
                    ? ' ' : c);
        }
        return visible.toString();
    }

    /**
     * The text without its format characters (zero-width space and joiner, soft hyphen, byte-order mark, ...), and
     * otherwise as written: what is stored of a name is what a reader sees, and a search finds it.
     */
    public static String withoutInvisible(String text) {
        if (text == null || text.chars().noneMatch(c -> isInvisible((char) c))) {
            return text;
        }
        StringBuilder visible = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isInvisible(text.charAt(i))) {
                visible.append(text.charAt(i));
            }
        }
        return visible.toString();
    }

    /** True when the text holds something a reader can see: not only spaces, control or format characters. */
    public static boolean hasVisibleContent(String text) {
        return text != null && !normalize(text).isBlank();
    }

    /** A format character (Unicode category Cf): zero-width, joiners, soft hyphen, bidirectional controls. */
    public static boolean isInvisible(char c) {
        return Character.getType(c) == Character.FORMAT;
    }

    /** A character that changes the order in which a reader sees the text around it (U+202A–E, U+2066–9, marks). */
    public static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }
}
