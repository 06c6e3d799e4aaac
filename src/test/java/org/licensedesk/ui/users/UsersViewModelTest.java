package org.licensedesk.ui.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.licensedesk.account.AccountRefusedException;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;

/** A supervisor's account changes, without a toolkit: refusals are told and the form keeps what was typed. */
class UsersViewModelTest {
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<PasswordForm> forms = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();
    private final List<User> accounts = new ArrayList<>(List.of(LI_NA, ZHAO_LEI));
    private RuntimeException refusal;

    private final UserAdministration administration = new UserAdministration() {
        @Override
        public List<User> users() {
            return List.copyOf(accounts);
        }

        @Override
        public User addUser(User by, String username, String displayName, UserRole role, char[] password) {
            changes.add("add " + username + " " + role + " by " + by.username() + " " + new String(password));
            if (refusal != null) {
                throw refusal;
            }
            User user = new User(username, displayName, role, true);
            accounts.add(user);
            return user;
        }

        @Override
        public void resetPassword(User by, String username, char[] newPassword) {
            changes.add("reset " + username + " " + new String(newPassword));
        }

        @Override
        public User deactivate(User by, String username) {
            changes.add("deactivate " + username);
            if (refusal != null) {
                throw refusal;
            }
            return new User(username, username, UserRole.REVIEWER, false);
        }
    };

    private UsersViewModel viewModel() {
        UsersViewModel users = new UsersViewModel(administration, ZHAO_LEI, new CurrentThreadTaskExecutor(), dialogs,
                messages, forms::add);
        users.reload();
        return users;
    }

    @Test
    void addsAUserWhosePasswordWasTypedTheSameTwice() {
        UsersViewModel users = viewModel();
        users.startAdd();
        PasswordForm form = forms.get(0);
        form.usernameProperty().set("sun.li");
        form.displayNameProperty().set("Sun Li");
        form.roleProperty().set(UserRole.REVIEWER);
        form.passwordProperty().set("first-pass-1");
        form.repeatProperty().set("first-pass-2");
        assertThat(form.canSubmit().get()).isFalse();
        assertThat(form.problemProperty().get()).isEqualTo(messages.get("users.problem.mismatch"));

        form.repeatProperty().set("first-pass-1");
        form.submit();

        assertThat(changes).containsExactly("add sun.li REVIEWER by zhao.lei first-pass-1");
        assertThat(form.closedProperty().get()).isTrue();
        assertThat(users.users()).extracting(User::username).contains("sun.li");
    }

    @Test
    void aRefusedAccountIsToldAndTheFormStaysOpen() {
        refusal = new AccountRefusedException("There is already a user li.na; choose another user name.");
        UsersViewModel users = viewModel();
        users.startAdd();
        PasswordForm form = forms.get(0);
        form.usernameProperty().set("li.na");
        form.displayNameProperty().set("Li Na");
        form.passwordProperty().set("first-pass-1");
        form.repeatProperty().set("first-pass-1");

        form.submit();

        assertThat(dialogs.errors).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("already a user li.na"));
        assertThat(form.closedProperty().get()).isFalse();
        assertThat(form.usernameProperty().get()).isEqualTo("li.na");
    }

    @Test
    void resetsAPasswordAndDeactivatesOnlyAfterAsking() {
        UsersViewModel users = viewModel();
        users.startReset(LI_NA);
        PasswordForm form = forms.get(0);
        form.passwordProperty().set("a-new-password");
        form.repeatProperty().set("a-new-password");
        form.submit();

        dialogs.confirmAnswer = false;
        users.deactivate(LI_NA);
        dialogs.confirmAnswer = true;
        users.deactivate(LI_NA);

        assertThat(changes).containsExactly("reset li.na a-new-password", "deactivate li.na");
        assertThat(dialogs.confirmations).hasSize(2);
    }
}
