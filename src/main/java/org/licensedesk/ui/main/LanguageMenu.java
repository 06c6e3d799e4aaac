package org.licensedesk.ui.main;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.ui.Language;
import org.licensedesk.ui.Messages;

/** View → Language: each language named in its own script, the current one ticked. */
final class LanguageMenu {
    private LanguageMenu() {
    }

    static Menu create(Messages messages, Consumer<Language> chosen) {
        Menu menu = new Menu(messages.get("menu.view.language"), new FontIcon("mdi2t-translate"));
        menu.setId("menu-view-language");
        ToggleGroup group = new ToggleGroup();
        Language current = Language.of(messages.bundle());
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.nativeName());
            item.setId("language-" + language.tag());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(language == current);
            item.setOnAction(event -> chosen.accept(language));
            menu.getItems().add(item);
        }
        return menu;
    }
}
