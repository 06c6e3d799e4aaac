package org.licensedesk.intake;

import java.util.Objects;
import org.licensedesk.domain.ShownText;

/**
 * One thing wrong with an intake file, located by a JSON pointer (RFC 6901) into the file, such as
 * {@code /applications/3/items/0/controlCode}; the empty pointer means the file as a whole. Both parts come partly from
 * the file, so control and format characters in them are escaped: a problem line cannot drive a terminal.
 */
public record IntakeProblem(String pointer, String message) {
    /** A message quotes at most {@value ShownText#MAX_SHOWN} characters of a value; this is the whole line's guard. */
    static final int MAX_MESSAGE = 600;

    public IntakeProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        pointer = ShownText.escaped(pointer);
        message = ShownText.escaped(message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message);
    }

    /**
     * The pointer to a member of the object at {@code parent}, with {@code ~} and {@code /} escaped; a name longer
     * than {@value ShownText#MAX_SHOWN} characters is cut, since it is only there to be found again.
     */
    public static String member(String parent, String name) {
        return parent + "/" + ShownText.shown(name).replace("~", "~0").replace("/", "~1");
    }

    /** The problem as one line, {@code pointer: message}, as the dialog and the command line print it. */
    public String line() {
        return (pointer.isEmpty() ? "(file)" : pointer) + ": " + message;
    }

    @Override
    public String toString() {
        return line();
    }
}
