package org.licensedesk.ui.licence;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.licensedesk.domain.licence.LicenceAction;

/**
 * What an official does to a licence after issue, or to a denied application's appeal, from the window. The licence
 * commands have a Ctrl+Shift+letter in the Licences window (none of IBus's and Fcitx's own, U and F); the appeal
 * commands live in the application's Licence tab.
 */
public enum LicenceCommand {
    RECORD_SHIPMENT(KeyCode.R, null),
    SUSPEND(KeyCode.S, LicenceAction.SUSPEND),
    REINSTATE(KeyCode.I, LicenceAction.REINSTATE),
    REVOKE(KeyCode.V, LicenceAction.REVOKE),
    SURRENDER(KeyCode.N, LicenceAction.SURRENDER),
    RECEIVE_AMENDMENT(KeyCode.A, null),
    RECOMMEND_AMENDMENT(KeyCode.P, null),
    DECIDE_AMENDMENT(KeyCode.D, null),
    RECEIVE_APPEAL(null, null),
    REVIEW_APPEAL(null, null),
    DECIDE_APPEAL(null, null);

    private final KeyCode key;
    private final LicenceAction action;

    LicenceCommand(KeyCode key, LicenceAction action) {
        this.key = key;
        this.action = action;
    }

    /** The licence status change it makes, for suspend, reinstate, revoke and surrender. */
    public Optional<LicenceAction> action() {
        return Optional.ofNullable(action);
    }

    /** Its shortcut in the Licences window, if it has one. */
    public Optional<KeyCombination> shortcut() {
        return Optional.ofNullable(key).map(code -> new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
    }

    public boolean appeal() {
        return this == RECEIVE_APPEAL || this == REVIEW_APPEAL || this == DECIDE_APPEAL;
    }

    /** The id of its button: {@code licenceAction_SUSPEND}. */
    public String buttonId() {
        return "licenceAction_" + name();
    }
}
