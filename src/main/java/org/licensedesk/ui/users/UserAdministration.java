package org.licensedesk.ui.users;

import java.util.List;
import org.licensedesk.account.AccountService;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;

/** The account changes a supervisor makes, behind an interface for the view model's tests. Called off the FX thread. */
public interface UserAdministration {

    List<User> users();

    /** @throws org.licensedesk.account.AccountRefusedException saying why the account cannot be added */
    User addUser(User by, String username, String displayName, UserRole role, char[] password);

    void resetPassword(User by, String username, char[] newPassword);

    User deactivate(User by, String username);

    static UserAdministration of(AccountService accounts) {
        return new UserAdministration() {
            @Override
            public List<User> users() {
                return accounts.users();
            }

            @Override
            public User addUser(User by, String username, String displayName, UserRole role, char[] password) {
                return accounts.addUser(by, username, displayName, role, password);
            }

            @Override
            public void resetPassword(User by, String username, char[] newPassword) {
                accounts.resetPassword(by, username, newPassword);
            }

            @Override
            public User deactivate(User by, String username) {
                return accounts.deactivate(by, username);
            }
        };
    }
}
