package org.licensedesk.ui.licence;

import javafx.scene.Node;

/** Opens the forms of a licence's actions, behind an interface so view-model tests fill them without a window. */
public interface LicenceDialogs {
    /**
     * Shows the form over the window of {@code origin} (the row of actions that asked; null: the window in front);
     * it returns at once, and the dialog stays open until the sender replies done or it is cancelled.
     */
    void open(LicenceForm form, Node origin, LicenceForm.Sender sender);
}
