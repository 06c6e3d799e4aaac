package org.licensedesk.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.licensedesk.domain.ShownText;

/**
 * Why a JSON file could not be read, in words a clerk can act on, and where: the parser's own messages name its
 * internals ({@code VALUE_STRING}, {@code StreamReadConstraints}, "start marker at [Source: REDACTED"), so each kind
 * of failure is put in a sentence here, and anything unforeseen reads "something that is not JSON".
 */
public final class JsonFailure {
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('.*' \\(code (\\d+)\\)\\)(.*)",
            Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*)': was expecting", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("code (\\d+)");
    private static final Pattern MAXIMUM = Pattern.compile("maximum allowed \\((\\d+)");
    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");

    private JsonFailure() {
    }

    /**
     * "line 3, column 17", counted from 1: where reading stopped, or for a limit, where the value over it starts.
     *
     * @param parser the parser that failed, for a failure that carries no place
     */
    public static String where(JsonProcessingException failure, JsonParser parser) {
        JsonLocation at = failure instanceof StreamConstraintsException ? parser.currentTokenLocation()
                : failure.getLocation() != null ? failure.getLocation() : parser.currentLocation();
        if (at == null || at.getLineNr() < 1) {
            return "at an unknown place";
        }
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** "line 3, column 17: the end of the file inside a field name (is the file complete?)". */
    public static String described(JsonProcessingException failure) {
        JsonLocation at = failure.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "at an unknown place"
                : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        return where + ": " + what(failure);
    }

    /** What was found there, such as "the character '}' where a field name in double quotes should be". */
    public static String what(JsonProcessingException failure) {
        String message = failure.getOriginalMessage() == null ? "" : failure.getOriginalMessage();
        if (failure instanceof StreamConstraintsException) {
            return limit(message);
        }
        if (failure instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return endOfFile(message);
        }
        if (message.startsWith("Invalid UTF-8")) {
            return "bytes that are not UTF-8 text; save the file as UTF-8";
        }
        if (message.startsWith("Duplicate field")) {
            return "the field " + ShownText.quoted(first(DUPLICATE, message)) + " a second time in the same object; "
                    + "each field may appear once";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "the control character " + codePoint(message) + " inside a text value; write a line break as \\n "
                    + "and leave other control characters out";
        }
        if (message.startsWith("Unrecognized token")) {
            return "the word " + ShownText.quoted(first(TOKEN, message)) + ", which is not a JSON value (text goes "
                    + "in double quotes; the only bare words are true, false and null)";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "a backslash escape JSON does not know; write a backslash itself as \\\\";
        }
        if (message.startsWith("Invalid numeric value") || message.startsWith("Non-standard token")) {
            return "a number JSON does not allow (such as 01, NaN or 1.)";
        }
        Matcher close = CLOSE_MARKER.matcher(message);
        if (close.lookingAt()) {
            return "a closing " + close.group(1) + " where " + close.group(2) + " should close the "
                    + ("}".equals(close.group(2)) ? "object" : "list");
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.lookingAt()) {
            return character(Integer.parseInt(unexpected.group(1))) + expected(unexpected.group(2));
        }
        return "something that is not JSON";
    }

    private static String limit(String message) {
        String maximum = first(MAXIMUM, message);
        String shown = maximum == null ? "the limit" : String.format(Locale.ROOT, "%,d", Long.parseLong(maximum));
        if (message.startsWith("String value length")) {
            return "a text value longer than " + shown + " characters";
        }
        if (message.startsWith("Number value length")) {
            return "a number longer than " + shown + " digits";
        }
        if (message.startsWith("Document nesting depth")) {
            return "objects and lists nested more than " + shown + " deep";
        }
        if (message.startsWith("Name length")) {
            return "a field name longer than " + shown + " characters";
        }
        return "more than LicenseDesk reads from one file";
    }

    private static String endOfFile(String message) {
        if (message.contains("VALUE_STRING")) {
            return "the end of the file inside a text value: its closing double quote is missing (is the file "
                    + "complete?)";
        }
        if (message.contains("FIELD_NAME") || message.contains("in field name")) {
            return "the end of the file inside a field name (is the file complete?)";
        }
        if (message.contains("close marker for Object") || message.contains("between Object entries")) {
            return "the end of the file before an object was closed with } (is the file complete?)";
        }
        if (message.contains("close marker for Array") || message.contains("between Array entries")) {
            return "the end of the file before a list was closed with ] (is the file complete?)";
        }
        return "the end of the file too early (is the file complete?)";
    }

    private static String expected(String rest) {
        if (rest.contains("double-quote to start field name")) {
            return " where a field name in double quotes should be";
        }
        if (rest.contains("colon to separate field name and value")) {
            return " where a colon (:) should follow the field name";
        }
        if (rest.contains("comma to separate Object entries")) {
            return " where a comma or the closing } should be";
        }
        if (rest.contains("comma to separate Array entries")) {
            return " where a comma or the closing ] should be";
        }
        if (rest.contains("in numeric value")) {
            return " inside a number";
        }
        if (rest.contains("hex-digit")) {
            return " inside a \\u escape, which takes four hexadecimal digits";
        }
        if (rest.contains("expected a value") || rest.contains("expected a valid value")) {
            return " where a value should be";
        }
        if (rest.contains("space separating root-level values")) {
            return " after the end of the JSON value";
        }
        return " where it does not belong";
    }

    /** "the character '}'", or "the control character U+0001" for one that cannot be shown. */
    private static String character(int code) {
        if (Character.isISOControl(code) || Character.getType(code) == Character.FORMAT
                || !Character.isValidCodePoint(code)) {
            return "the control character " + String.format(Locale.ROOT, "U+%04X", code);
        }
        return "the character '" + new String(Character.toChars(code)) + "'";
    }

    private static String codePoint(String message) {
        String code = first(CODE, message);
        return code == null ? "" : String.format(Locale.ROOT, "U+%04X", Integer.parseInt(code));
    }

    private static String first(Pattern pattern, String message) {
        Matcher matcher = pattern.matcher(message);
        return matcher.find() ? matcher.group(1) : null;
    }
}
