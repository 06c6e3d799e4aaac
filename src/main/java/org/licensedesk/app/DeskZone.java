package org.licensedesk.app;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;

/**
 * The desk's time zone: Beijing time unless the bureau says otherwise ({@code -Dlicensedesk.zone=} or
 * {@code LICENSEDESK_ZONE}). Deadlines count working days of the official calendar, the history filter's days and the
 * CSV's {@code time} column are read in it, so it must not depend on how a workstation's clock happens to be set.
 */
final class DeskZone {
    static final String PROPERTY = "licensedesk.zone";
    static final String VARIABLE = "LICENSEDESK_ZONE";
    static final ZoneId DEFAULT = ZoneId.of("Asia/Shanghai");

    private DeskZone() {
    }

    /** The zone the property, else the environment variable, names; Asia/Shanghai when neither is set. */
    static ZoneId configured(String property, Map<String, String> environment) {
        String named = property != null && !property.isBlank() ? property : environment.get(VARIABLE);
        if (named == null || named.isBlank()) {
            return DEFAULT;
        }
        try {
            return ZoneId.of(named.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("The desk's time zone \"" + echo(named) + "\" (from "
                    + (property != null && !property.isBlank() ? "-D" + PROPERTY : VARIABLE) + ") is not a zone "
                    + "name: use a region such as Asia/Shanghai or Europe/Berlin, or UTC.");
        }
    }

    /** At most 60 characters of what was typed, control characters as '?', so a wrong value cannot drive the terminal. */
    private static String echo(String typed) {
        String visible = typed.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
    }

    /**
     * Makes the configured zone the JVM's default, so every clock, the window's times and the exports agree; called
     * first thing at start.
     */
    static ZoneId apply() {
        ZoneId zone = configured(System.getProperty(PROPERTY), System.getenv());
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        return zone;
    }
}
