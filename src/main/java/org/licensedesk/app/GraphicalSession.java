package org.licensedesk.app;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Whether the window can open here. On Linux and other X11/Wayland systems it needs {@code DISPLAY} or
 * {@code WAYLAND_DISPLAY}, unless JavaFX was asked to draw without a screen (Monocle, as the headless tests do).
 * Windows and macOS always have a desktop.
 */
final class GraphicalSession {
    static final String NO_DISPLAY = "No display found: LicenseDesk's window needs a graphical session; use a "
            + "command such as `show` or `help` here";

    private GraphicalSession() {
    }

    /** The sentence for a display that is named but does not answer; the reason is JavaFX's. */
    static String cannotOpen(String reason) {
        String why = reason == null ? "JavaFX could not start" : reason;
        return "The display did not answer (" + why + "): LicenseDesk's "
                + "window needs a graphical session; use a command such as `show` or `help` here";
    }

    static boolean available(String osName, Map<String, String> environment, Properties properties) {
        if ("monocle".equalsIgnoreCase(properties.getProperty("glass.platform", ""))
                || "headless".equalsIgnoreCase(properties.getProperty("monocle.platform", ""))) {
            return true;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return isSet(environment.get("DISPLAY")) || isSet(environment.get("WAYLAND_DISPLAY"));
    }

    static boolean available() {
        return available(System.getProperty("os.name", ""), System.getenv(), System.getProperties());
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
