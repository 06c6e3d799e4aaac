package org.licensedesk.ui.users;

/** Shows the forms of the users window, behind an interface so the view model's tests need no window. */
@FunctionalInterface
public interface UserDialogs {
    /** Shows the form until it is closed (done) or cancelled. */
    void showPasswordForm(PasswordForm form);
}
