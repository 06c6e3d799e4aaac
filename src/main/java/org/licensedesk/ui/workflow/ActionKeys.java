package org.licensedesk.ui.workflow;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.licensedesk.domain.AuditAction;

/**
 * The shortcut of each workflow action, named once for the Actions menu, the buttons' tooltips and the command
 * palette. All are Ctrl+Shift+letter (Cmd+Shift on a Mac), so none is a key typed into a field, none is taken by the
 * View and File menus (D, E, H, L, T, X), and none clashes with the input methods' own (Ctrl+Shift+U and F are IBus's
 * and Fcitx's).
 */
public final class ActionKeys {
    private ActionKeys() {
    }

    public static KeyCombination of(AuditAction action) {
        return shiftShortcut(switch (action) {
            case CLAIMED -> KeyCode.C;
            case ASSIGNED -> KeyCode.G;
            case INFO_REQUESTED -> KeyCode.I;
            case INFO_RECEIVED -> KeyCode.R;
            case ASSESSED -> KeyCode.A;
            case RECOMMENDED_APPROVAL -> KeyCode.P;
            case RECOMMENDED_DENIAL -> KeyCode.O;
            case RETURNED_WITHOUT_ACTION -> KeyCode.B;
            case SENT_BACK -> KeyCode.K;
            case APPROVED -> KeyCode.V;
            case DENIED -> KeyCode.J;
            case WITHDRAWN -> KeyCode.W;
            case NOTE_ADDED -> KeyCode.N;
            case CLOCK_STOPPED -> KeyCode.M;
            case CLOCK_RESUMED -> KeyCode.Y;
            default -> throw new IllegalArgumentException(action + " is not a workflow command");
        });
    }

    /** "Ctrl+Shift+C" (or the platform's own spelling), for tooltips and the palette. */
    public static String text(AuditAction action) {
        return of(action).getDisplayText();
    }

    /** The shortcut an item shows, if it has one. */
    public static Optional<String> text(KeyCombination combination) {
        return Optional.ofNullable(combination).map(KeyCombination::getDisplayText);
    }

    static KeyCombination shiftShortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
