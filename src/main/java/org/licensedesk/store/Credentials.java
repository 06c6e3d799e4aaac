package org.licensedesk.store;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The user name and password for a PostgreSQL server. The password is kept as characters, never as a String,
 * and {@link #toString()} does not show it: it must never reach a log, an error message or the audit trail.
 */
public final class Credentials {
    public static final String USER_VARIABLE = "LICENSEDESK_DB_USER";
    public static final String PASSWORD_VARIABLE = "LICENSEDESK_DB_PASSWORD";

    private final String user;
    private final char[] password;

    public Credentials(String user, char[] password) {
        this.user = Objects.requireNonNull(user, "user");
        this.password = password == null ? new char[0] : password.clone();
    }

    /** The credentials the environment gives, or null when the user variable is not set. */
    public static Credentials fromEnvironment(Map<String, String> environment) {
        String user = environment.get(USER_VARIABLE);
        if (user == null || user.isBlank()) {
            return null;
        }
        String password = environment.get(PASSWORD_VARIABLE);
        return new Credentials(user.strip(), password == null ? null : password.toCharArray());
    }

    public String user() {
        return user;
    }

    /** A copy the caller clears when done with it. */
    char[] password() {
        return password.clone();
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=(hidden)]";
    }

    /** How a store opener learns the credentials of a server the environment gives none for. */
    @FunctionalInterface
    public interface Source {
        /** Asks for them (a console prompt, a dialog); null when the person declined. */
        Credentials ask(StoreAddress.Server server);

        /** The environment's, else none: the caller gets a sentence saying which variables to set. */
        Source ENVIRONMENT_ONLY = server -> null;
    }

    static void clear(char[] secret) {
        Arrays.fill(secret, '\0');
    }
}
