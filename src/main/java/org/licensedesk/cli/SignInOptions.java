package org.licensedesk.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import org.licensedesk.account.AccountService;
import org.licensedesk.account.SignInRefusedException;
import org.licensedesk.domain.User;
import picocli.CommandLine.Option;

/**
 * How a command signs in ({@code @Mixin SignInOptions signIn;}): the user from {@code --user} or
 * {@code LICENSEDESK_USER}, the password from {@code LICENSEDESK_PASSWORD} or typed at the console without echo
 * ({@code --password} works but shows in the process list, so the help does not offer it).
 */
final class SignInOptions {
    static final String USER_VARIABLE = "LICENSEDESK_USER";
    static final String PASSWORD_VARIABLE = "LICENSEDESK_PASSWORD";

    private final Map<String, String> environment;
    private final Console console;

    @Option(names = "--user", paramLabel = "USER", description = "Who signs in (default: $LICENSEDESK_USER); the "
            + "password comes from $LICENSEDESK_PASSWORD or is asked for at the terminal.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", hidden = true)
    String password;

    SignInOptions(Map<String, String> environment, Console console) {
        this.environment = environment;
        this.console = console;
    }

    static SignInOptions fromSystem() {
        return new SignInOptions(System.getenv(), System.console());
    }

    User signIn(AccountService accounts) {
        String username = user != null ? user : environment.get(USER_VARIABLE);
        if (username == null || username.isBlank()) {
            throw new UsageException("who is signing in? Give --user USER or set " + USER_VARIABLE);
        }
        char[] typed = password(username);
        try {
            return accounts.signIn(username, typed);
        } catch (SignInRefusedException e) {
            throw new CommandFailure("sign-in refused: " + e.getMessage());
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    private char[] password(String username) {
        if (password != null) {
            return password.toCharArray();
        }
        String fromEnvironment = environment.get(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        if (console != null) {
            char[] typed = console.readPassword("Password for %s: ", username);
            if (typed != null) {
                return typed;
            }
        }
        throw new CommandFailure("no password: set " + PASSWORD_VARIABLE + " or run the command at a terminal");
    }
}
