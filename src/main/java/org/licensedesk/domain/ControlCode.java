package org.licensedesk.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** A dual-use control code with its sub-item, such as {@code 1C905.b}. */
public record ControlCode(String value) implements Comparable<ControlCode> {
    private static final Pattern FORMAT = Pattern.compile("\\d[A-E]\\d{3}\\.[a-z]");

    public ControlCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a control code with sub-item (like 1C905.b): " + value);
        }
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** The heading without the sub-item, such as {@code 1C905}. */
    public String heading() {
        return value.substring(0, value.indexOf('.'));
    }

    public char subItem() {
        return value.charAt(value.length() - 1);
    }

    @Override
    public int compareTo(ControlCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
