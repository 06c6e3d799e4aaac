package org.licensedesk.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
        String username = username();
        return check(accounts, username, password(username));
    }

    /**
     * As {@link #signIn}, with the password's check (its PBKDF2 hash: a part of a second of CPU) on a thread of its
     * own, so a long command can start meanwhile (issue 11: {@code export-audit}). The user name and the password are
     * taken now, as {@link #signIn} takes them (asked for at the terminal if need be); the future completes with the
     * user, or exceptionally with what {@link #signIn} throws.
     */
    Pending begin(AccountService accounts) {
        String username = username();
        char[] typed = password(username);
        CompletableFuture<User> user = new CompletableFuture<>();
        Thread checking = new Thread(() -> {
            try {
                user.complete(check(accounts, username, typed));
            } catch (Throwable e) {
                user.completeExceptionally(e);
            }
        }, "sign-in");
        checking.setDaemon(true);
        checking.start();
        // AccountService looks the account up by the name without surrounding white space.
        return new Pending(username.strip(), user);
    }

    /** A sign-in being checked: the name it looks up, and the user it will be. */
    record Pending(String username, CompletableFuture<User> user) {
    }

    private String username() {
        String username = user != null ? user : environment.get(USER_VARIABLE);
        if (username == null || username.isBlank()) {
            throw new UsageException("who is signing in? Give --user USER or set " + USER_VARIABLE);
        }
        return username;
    }

    private static User check(AccountService accounts, String username, char[] typed) {
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
