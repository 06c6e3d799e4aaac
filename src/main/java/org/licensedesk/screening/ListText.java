package org.licensedesk.screening;

import java.util.Locale;
import org.licensedesk.domain.InputText;
import org.licensedesk.domain.NameNormalizer;

/**
 * The text of a list file as it is stored: normalised as intake text is ({@link InputText}: NFKC, no control, format
 * or bidirectional characters, one kind of space), and within the stored columns' widths. A value over its cap
 * refuses the file with its line, rather than failing in the database or being cut unseen.
 */
final class ListText {
    /** Stored widths (V6): a listed name or alias, the list's name, the list's own id, the entry type, programs. */
    static final int MAX_NAME = 1_000;
    static final int MAX_LIST_NAME = 200;
    static final int MAX_ENTITY_ID = 80;
    static final int MAX_TYPE = 40;
    static final int MAX_PROGRAMS = 1_000;

    private static final NameNormalizer NAMES = new NameNormalizer();

    private ListText() {
    }

    /** The value as stored: normalised and trimmed; null when nothing visible is left. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = InputText.normalize(raw).strip();
        return text.isEmpty() ? null : text;
    }

    /** The value when it fits; otherwise the file is refused, naming the line and the field. */
    static String capped(String where, String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ScreeningListException(where + ": the " + field + " is " + String.format(Locale.ROOT, "%,d",
                    value.length()) + " characters long; LicenseDesk stores at most " + String.format(Locale.ROOT,
                    "%,d", max));
        }
        return value;
    }

    /** True when a name says nothing once normalised as screening compares names (no letter or digit). */
    static boolean saysNothing(String name) {
        return name == null || NAMES.normalize(name).isEmpty();
    }
}
