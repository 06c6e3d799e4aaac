package org.licensedesk.ui.flags;

import java.util.List;
import org.licensedesk.domain.flags.FlagColour;

/** The style classes of the flags' colours (licensedesk.css). */
public final class FlagStyles {
    public static final String RED = "flag-red";
    public static final String AMBER = "flag-amber";
    public static final String BLUE = "flag-blue";
    public static final List<String> ALL = List.of(RED, AMBER, BLUE);

    private FlagStyles() {
    }

    public static String of(FlagColour colour) {
        return switch (colour) {
            case RED -> RED;
            case AMBER -> AMBER;
            case BLUE -> BLUE;
        };
    }
}
