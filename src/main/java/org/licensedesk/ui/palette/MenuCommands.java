package org.licensedesk.ui.palette;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The commands of a menu bar, as the palette offers them: every item the user could choose in the menus now (shown
 * and enabled, in a shown menu), with its menu's name and shortcut. Read when the palette opens, so it follows the
 * menus: the Actions menu shows only what the user may do to the application on screen, and so does the palette.
 */
public final class MenuCommands {
    private MenuCommands() {
    }

    /**
     * @param first  the menu whose commands come first (the Actions menu), or null for the menus' order
     * @param except an item left out (the one that opens the palette), or null
     */
    public static List<PaletteCommand> of(MenuBar bar, Menu first, MenuItem except) {
        List<PaletteCommand> commands = new ArrayList<>();
        if (first != null && first.isVisible()) {
            collect(first, plain(first.getText()), except, commands);
        }
        for (Menu menu : bar.getMenus()) {
            if (menu != first && menu.isVisible() && !menu.isDisable()) {
                collect(menu, plain(menu.getText()), except, commands);
            }
        }
        return commands;
    }

    private static void collect(Menu menu, String path, MenuItem except, List<PaletteCommand> commands) {
        for (MenuItem item : menu.getItems()) {
            if (item == except || item instanceof SeparatorMenuItem || !item.isVisible() || item.isDisable()
                    || item.getText() == null) {
                continue;
            }
            if (item instanceof Menu submenu) {
                collect(submenu, path + " / " + plain(submenu.getText()), except, commands);
                continue;
            }
            String name = plain(item.getText());
            String shortcut = item.getAccelerator() == null ? "" : item.getAccelerator().getDisplayText();
            commands.add(new PaletteCommand(name, path, shortcut, item::fire));
        }
    }

    /** A menu text without its mnemonic marker ("_File" is "File"). */
    static String plain(String text) {
        return text == null ? "" : text.replace("_", "");
    }
}
