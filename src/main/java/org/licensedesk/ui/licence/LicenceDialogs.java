package org.licensedesk.ui.licence;

/** Opens the forms of a licence's actions, behind an interface so view-model tests fill them without a window. */
public interface LicenceDialogs {
    /** Shows the form; it returns at once, and the dialog stays open until the sender replies done or it is cancelled. */
    void open(LicenceForm form, LicenceForm.Sender sender);
}
