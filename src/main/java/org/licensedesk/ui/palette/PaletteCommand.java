package org.licensedesk.ui.palette;

import java.util.Locale;
import java.util.Objects;

/**
 * One command the palette offers: its name and the menu it comes from, as the window shows them in the user's
 * language, its shortcut (empty when it has none) and what it does.
 */
public record PaletteCommand(String name, String menu, String shortcut, Runnable action) {
    public PaletteCommand {
        Objects.requireNonNull(name, "name");
        menu = menu == null ? "" : menu;
        shortcut = shortcut == null ? "" : shortcut;
        Objects.requireNonNull(action, "action");
    }

    /** What typing is matched against: the name and the menu, in lower case. */
    String searchText() {
        return (name + " " + menu).toLowerCase(Locale.ROOT);
    }
}
