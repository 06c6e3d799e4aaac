package org.licensedesk.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import org.licensedesk.account.AccountService;
import org.licensedesk.account.SignInRefusedException;
import org.licensedesk.domain.User;

/**
 * Signs a command in: the user from {@code --user} or {@code LICENSEDESK_USER}, the password from
 * {@code LICENSEDESK_PASSWORD} or typed at the console without echo ({@code --password} works but shows
 * in the process list, so the help does not offer it).
 */
final class SignInOptions {
    static final String USER_VARIABLE = "LICENSEDESK_USER";
    static final String PASSWORD_VARIABLE = "LICENSEDESK_PASSWORD";

    private final Map<String, String> environment;
    private final Console console;

    SignInOptions(Map<String, String> environment, Console console) {
        this.environment = environment;
        this.console = console;
    }

    static SignInOptions fromSystem() {
        return new SignInOptions(System.getenv(), System.console());
    }

    User signIn(CommandLine arguments, AccountService accounts) {
        String username = arguments.option("user").orElse(environment.get(USER_VARIABLE));
        if (username == null || username.isBlank()) {
            throw new UsageException("who is signing in? Give --user USER or set " + USER_VARIABLE);
        }
        char[] password = password(arguments, username);
        try {
            return accounts.signIn(username, password);
        } catch (SignInRefusedException e) {
            throw new CommandFailure("sign-in refused: " + e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] password(CommandLine arguments, String username) {
        if (arguments.option("password").isPresent()) {
            return arguments.option("password").get().toCharArray();
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
