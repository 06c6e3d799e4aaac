package org.licensedesk.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The Unified Social Credit Code (GB 32100-2015) that identifies Chinese applicants: 18 characters from
 * {@value #ALPHABET} (no I, O, S, V, Z), the last one a check character over the first 17. Used to refuse
 * mistyped codes at data entry and import, where {@link #problem(String)} gives the reason in words.
 */
public final class Uscc {

    /** The code's characters; a character's value is its index (0..30). */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {
    }

    /** True for an 18-character code of allowed (upper-case) characters whose check character matches. */
    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /**
     * The check character for the first 17 characters of a code.
     *
     * @throws IllegalArgumentException if {@code first17} is not 17 characters of the code alphabet
     */
    public static char checkCharacter(String first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("Expected the first 17 characters of a USCC, got "
                    + first17.length() + ": '" + ShownText.shown(first17) + "'");
        }
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("USCC has an " + invalidCharacter(first17.charAt(i), i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * What is wrong with a code, as a sentence for error messages (positions count from 1), or empty if it is
     * valid. Lower-case letters are refused rather than silently accepted, so stored codes stay canonical.
     */
    public static Optional<String> problem(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of("The USCC is empty; it must have 18 characters.");
        }
        if (code.length() != LENGTH) {
            return Optional.of("The USCC must have 18 characters, but '" + ShownText.shown(code) + "' has "
                    + code.length() + ".");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("The USCC has an " + invalidCharacter(code.charAt(i), i) + ".");
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        if (code.charAt(LENGTH - 1) != expected) {
            return Optional.of("The USCC check digit should be " + expected + ", not " + code.charAt(LENGTH - 1)
                    + " (is a character mistyped?).");
        }
        return Optional.empty();
    }

    private static String invalidCharacter(char c, int index) {
        String hint;
        if ("IOSVZ".indexOf(c) >= 0) {
            hint = " (the letters I, O, S, V and Z are never used)";
        } else if (ALPHABET.indexOf(Character.toUpperCase(c)) >= 0) {
            hint = " (letters must be upper case)";
        } else {
            hint = "";
        }
        // Spaces and control characters would be invisible between quotes.
        String shown = Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.isSurrogate(c)
                ? String.format("U+%04X", (int) c)
                : "'" + c + "'";
        return "invalid character " + shown + " at position " + (index + 1) + hint;
    }
}
