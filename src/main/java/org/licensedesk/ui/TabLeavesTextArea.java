package org.licensedesk.ui;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Makes Tab leave a text area, as it leaves every other field, instead of typing a tab character: notes, comments,
 * conditions and riders hold sentences, not tables, and a form worked from the keyboard must not trap the focus.
 * Shift+Tab goes back as before; Ctrl+Tab also moves on, so no key types a tab.
 */
public final class TabLeavesTextArea {
    private TabLeavesTextArea() {
    }

    /** Installs the keys on the area; returns it, for building forms in one expression. */
    public static TextArea install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()
                    && !event.isMetaDown()) {
                event.consume();
                // The area's own keys move the focus on Ctrl+Tab (Ctrl+Shift+Tab back): hand it that key instead.
                area.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), KeyEvent.KEY_PRESSED,
                        event.getCharacter(), event.getText(), KeyCode.TAB, event.isShiftDown(), true, false, false));
            }
        });
        return area;
    }
}
