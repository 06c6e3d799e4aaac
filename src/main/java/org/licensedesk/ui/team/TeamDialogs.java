package org.licensedesk.ui.team;

/** Shows the Team view's dialogs, behind an interface so the view model's tests need no window. */
@FunctionalInterface
public interface TeamDialogs {
    /** Shows the form until it is closed (reassigned) or cancelled. */
    void showReassign(ReassignForm form);
}
