package org.licensedesk.audit;

/**
 * A quick check of stored details for the export: whether a text is plainly one JSON value, read character by
 * character without a parser. It answers true only for what RFC 8259 calls one JSON value (white space around it
 * allowed) within limits far below Jackson's own (nesting, a number's length, the text's length), all of which
 * Jackson's default parser also reads as one value; anything else (an altered row, a very long or deep text) answers
 * false and the exporter asks Jackson, as before. So the export writes the same bytes; only the common case no longer
 * builds a parser per entry (issue 11: 46 of 320 samples of the export's loop at 100,000 were that parser).
 */
final class PlainJson {
    /** Longer texts go to Jackson (its limits on names and strings are far above this). */
    static final int MAX_LENGTH = 8192;
    private static final int MAX_DEPTH = 32;
    private static final int MAX_NUMBER_LENGTH = 64;
    private static final int FAILED = -1;

    private PlainJson() {
    }

    /** True when the text is surely one JSON value that Jackson reads as one; false when not, or not sure. */
    static boolean isOneValue(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return false;
        }
        int end = value(text, space(text, 0), 0);
        return end != FAILED && space(text, end) == text.length();
    }

    private static int space(String text, int at) {
        int i = at;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                break;
            }
            i++;
        }
        return i;
    }

    /** The index after the value starting at {@code at}, or {@link #FAILED}. */
    private static int value(String text, int at, int depth) {
        if (at >= text.length()) {
            return FAILED;
        }
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return depth >= MAX_DEPTH ? FAILED : object(text, at + 1, depth + 1);
            case '[':
                return depth >= MAX_DEPTH ? FAILED : array(text, at + 1, depth + 1);
            case '"':
                return string(text, at + 1);
            case 't':
                return text.startsWith("true", at) ? at + 4 : FAILED;
            case 'f':
                return text.startsWith("false", at) ? at + 5 : FAILED;
            case 'n':
                return text.startsWith("null", at) ? at + 4 : FAILED;
            default:
                return c == '-' || c >= '0' && c <= '9' ? number(text, at) : FAILED;
        }
    }

    private static int object(String text, int at, int depth) {
        int i = space(text, at);
        if (i < text.length() && text.charAt(i) == '}') {
            return i + 1;
        }
        while (true) {
            if (i >= text.length() || text.charAt(i) != '"') {
                return FAILED;
            }
            i = string(text, i + 1);
            if (i == FAILED) {
                return FAILED;
            }
            i = space(text, i);
            if (i >= text.length() || text.charAt(i) != ':') {
                return FAILED;
            }
            i = value(text, space(text, i + 1), depth);
            if (i == FAILED) {
                return FAILED;
            }
            i = space(text, i);
            if (i >= text.length()) {
                return FAILED;
            }
            char c = text.charAt(i);
            if (c == '}') {
                return i + 1;
            }
            if (c != ',') {
                return FAILED;
            }
            i = space(text, i + 1);
        }
    }

    private static int array(String text, int at, int depth) {
        int i = space(text, at);
        if (i < text.length() && text.charAt(i) == ']') {
            return i + 1;
        }
        while (true) {
            i = value(text, i, depth);
            if (i == FAILED) {
                return FAILED;
            }
            i = space(text, i);
            if (i >= text.length()) {
                return FAILED;
            }
            char c = text.charAt(i);
            if (c == ']') {
                return i + 1;
            }
            if (c != ',') {
                return FAILED;
            }
            i = space(text, i + 1);
        }
    }

    /** From just after the opening quote to just after the closing one; control characters and unknown escapes fail. */
    private static int string(String text, int at) {
        int i = at;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c < 0x20) {
                return FAILED;
            }
            if (c == '\\') {
                if (i + 1 >= text.length()) {
                    return FAILED;
                }
                char escaped = text.charAt(i + 1);
                if (escaped == 'u') {
                    if (i + 6 > text.length()) {
                        return FAILED;
                    }
                    for (int h = i + 2; h < i + 6; h++) {
                        if (Character.digit(text.charAt(h), 16) < 0 || text.charAt(h) > 'f') {
                            return FAILED;
                        }
                    }
                    i += 6;
                    continue;
                }
                if ("\"\\/bfnrt".indexOf(escaped) < 0) {
                    return FAILED;
                }
                i += 2;
                continue;
            }
            i++;
        }
        return FAILED;
    }

    /** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, at most {@value #MAX_NUMBER_LENGTH} characters. */
    private static int number(String text, int at) {
        int i = at;
        if (text.charAt(i) == '-') {
            i++;
        }
        if (i >= text.length()) {
            return FAILED;
        }
        if (text.charAt(i) == '0') {
            i++;
        } else if (isDigit(text, i)) {
            while (isDigit(text, i)) {
                i++;
            }
        } else {
            return FAILED;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            if (!isDigit(text, i)) {
                return FAILED;
            }
            while (isDigit(text, i)) {
                i++;
            }
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            if (!isDigit(text, i)) {
                return FAILED;
            }
            while (isDigit(text, i)) {
                i++;
            }
        }
        return i - at > MAX_NUMBER_LENGTH ? FAILED : i;
    }

    private static boolean isDigit(String text, int i) {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
}
