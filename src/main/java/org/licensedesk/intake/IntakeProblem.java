package org.licensedesk.intake;

import java.util.Objects;

/**
 * One thing wrong with an intake file, located by a JSON pointer (RFC 6901) into the file, such as
 * {@code /applications/3/items/0/controlCode}; the empty pointer means the file as a whole.
 */
public record IntakeProblem(String pointer, String message) {
    public IntakeProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** The pointer to a member of the object at {@code parent}, with {@code ~} and {@code /} escaped. */
    public static String member(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
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
