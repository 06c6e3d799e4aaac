package org.licensedesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.licensedesk.account.SignInRefusedException;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;

/** The sign-in form's answers, without a toolkit. */
class SignInViewModelTest {
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);

    private final Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private final List<User> signedIn = new ArrayList<>();
    private final List<char[]> passwordsSeen = new ArrayList<>();

    private SignInViewModel viewModel(Authenticator authenticator) {
        return new SignInViewModel(authenticator, new CurrentThreadTaskExecutor(), messages,
                ZoneId.of("Asia/Shanghai"), signedIn::add);
    }

    @Test
    void theRightPasswordSignsInAndTheTypedPasswordIsCleared() {
        SignInViewModel signIn = viewModel((username, password) -> {
            passwordsSeen.add(password);
            return "li.na".equals(username) && "demo-pass-2026".equals(new String(password)) ? LI_NA : null;
        });
        signIn.usernameProperty().set("  li.na ");

        signIn.signIn("demo-pass-2026".toCharArray());

        assertThat(signedIn).containsExactly(LI_NA);
        assertThat(signIn.errorProperty().get()).isEmpty();
        assertThat(passwordsSeen.get(0)).containsOnly('\0');
    }

    @Test
    void aLockedAccountSaysUntilWhenInTheUsersTime() {
        SignInViewModel signIn = viewModel((username, password) -> {
            throw new SignInRefusedException(SignInRefusedException.Reason.LOCKED, "locked",
                    Instant.parse("2026-11-29T06:05:00Z"));
        });
        signIn.usernameProperty().set("li.na");

        signIn.signIn("wrong-password".toCharArray());

        assertThat(signedIn).isEmpty();
        assertThat(signIn.errorProperty().get()).isEqualTo(messages.format("signIn.locked", "14:05"))
                .contains("locked until 14:05");
        assertThat(signIn.refusalsProperty().get()).isEqualTo(1);
        assertThat(signIn.busyProperty().get()).isFalse();
    }

    @Test
    void eachRefusalHasItsOwnSentence() {
        for (SignInRefusedException.Reason reason : List.of(SignInRefusedException.Reason.WRONG_CREDENTIALS,
                SignInRefusedException.Reason.INACTIVE, SignInRefusedException.Reason.NO_PASSWORD)) {
            SignInViewModel signIn = viewModel((username, password) -> {
                throw new SignInRefusedException(reason, "refused", null);
            });
            signIn.usernameProperty().set("li.na");
            signIn.signIn("whatever-it-is".toCharArray());
            assertThat(signIn.errorProperty().get()).as(reason.name()).isNotBlank().isNotEqualTo("refused");
        }
    }

    @Test
    void anEmptyUserNameOrPasswordIsNotSentToTheService() {
        SignInViewModel signIn = viewModel((username, password) -> {
            throw new AssertionError("must not be called");
        });

        signIn.signIn("demo-pass-2026".toCharArray());
        signIn.usernameProperty().set("li.na");
        signIn.signIn(new char[0]);

        assertThat(signIn.errorProperty().get()).isEqualTo(messages.get("signIn.missing"));
    }
}
