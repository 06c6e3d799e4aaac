package org.licensedesk.domain;

import java.util.Locale;

/**
 * How a value from outside appears inside a message: cut to {@value #MAX_SHOWN} characters, with every control, format
 * and line-separator character written as a backslash escape (a line break as backslash-n, ESC as backslash-u001B),
 * so that a megabyte field cannot flood a terminal or a dialog, and an ANSI escape or a bidirectional override cannot
 * drive the terminal or disguise the text.
 */
public final class ShownText {
    /** The most characters of a value a message repeats. */
    public static final int MAX_SHOWN = 100;

    private ShownText() {
    }

    /** The value in double quotes, cut and escaped, such as {@code "AAAA…" (1,000,000 characters)}. */
    public static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= MAX_SHOWN) {
            return '"' + escaped(value) + '"';
        }
        return '"' + escaped(cut(value)) + "…\" (" + String.format(Locale.ROOT, "%,d", value.length()) + " characters)";
    }

    /** The value cut to {@value #MAX_SHOWN} characters and escaped, without quotes. */
    public static String shown(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= MAX_SHOWN ? escaped(value) : escaped(cut(value)) + "…";
    }

    /** The whole text with control, format and line-separator characters (and lone surrogates) escaped; not cut. */
    public static String escaped(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                safe.append(c).append(text.charAt(++i)); // a pair is one visible character
                continue;
            }
            String escape = escape(c);
            if (escape != null) {
                safe.append(escape);
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    /** The first {@value #MAX_SHOWN} characters, not splitting a surrogate pair. */
    private static String cut(String value) {
        int end = MAX_SHOWN;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        int type = Character.getType(c);
        boolean hidden = Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
        return hidden ? String.format("\\u%04X", (int) c) : null;
    }
}
