package org.licensedesk.ui.workflow;

/**
 * Shows the dialog of an action's form, behind an interface so the view model's tests can fill the form in
 * themselves. The dialog stays open until the form is closed (performed) or the user cancels.
 */
@FunctionalInterface
public interface ActionDialogs {
    void show(ActionForm form);
}
