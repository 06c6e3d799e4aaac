package org.licensedesk.ui.signin;

import org.licensedesk.domain.User;

/** Checks a user name and password: {@code AccountService::signIn} in the app. */
@FunctionalInterface
public interface Authenticator {

    /** @throws org.licensedesk.account.SignInRefusedException when the user may not sign in, saying why */
    User signIn(String username, char[] password);
}
