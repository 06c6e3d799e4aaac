package org.licensedesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.licensedesk.ui.DemoWindowFixture;
import org.licensedesk.ui.TestDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The README's keyboard table is every shortcut of the main window, and nothing else: compared with the accelerators of
 * every menu item (a supervisor's window, which has them all) and of the window's scene.
 */
class KeyboardTableWindowTest extends DemoWindowFixture {
    /** Keys the table names that dialogs and the assessment pane handle themselves, not the window's accelerators. */
    private static final Set<String> HANDLED_BY_DIALOGS = Set.of("Ctrl+Enter", "Escape");
    private static final String SECTION = "## The keyboard and the assessment pane";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        showMainWindow(stage, TestDesk.ZHAO_LEI);
    }

    @Test
    void theReadmeTableListsExactlyTheMainWindowsShortcuts(FxRobot robot) throws Exception {
        Set<String> registered = WaitForAsyncUtils.asyncFx(() -> accelerators(stage.getScene())).get();
        Set<String> documented = readmeTable();

        assertThat(registered).as("shortcuts of the main window").contains("Ctrl+1", "Ctrl+5", "Ctrl+K",
                "Ctrl+Shift+C", "Ctrl+Shift+Q");
        assertThat(documented).as("keys in the README's table").containsAll(registered);
        Set<String> extra = new TreeSet<>(documented);
        extra.removeAll(registered);
        assertThat(extra).as("keys in the README's table that the main window does not have")
                .isSubsetOf(HANDLED_BY_DIALOGS);
    }

    private static Set<String> accelerators(Scene scene) {
        Set<String> keys = new TreeSet<>();
        scene.getAccelerators().keySet().forEach(key -> keys.add(key.getDisplayText()));
        MenuBar bar = (MenuBar) scene.getRoot().lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            collect(menu, keys);
        }
        return keys;
    }

    private static void collect(MenuItem item, Set<String> keys) {
        KeyCombination accelerator = item.getAccelerator();
        if (accelerator != null) {
            keys.add(accelerator.getDisplayText());
        }
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, keys));
        }
    }

    /** The keys of the first table after the keyboard section's heading; "A / B" names two keys. */
    private static Set<String> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int line = lines.indexOf(SECTION);
        assertThat(line).as("the README's section %s", SECTION).isNotNegative();
        while (!lines.get(line).startsWith("| keys |")) {
            line++;
        }
        Set<String> keys = new TreeSet<>();
        for (line += 2; line < lines.size() && lines.get(line).startsWith("|"); line++) {
            String cell = lines.get(line).split("\\|")[1].trim();
            for (String key : cell.split(" / ")) {
                keys.add(key.trim());
            }
        }
        return keys;
    }
}
