package org.licensedesk.cli;

import java.io.Console;
import org.licensedesk.store.Credentials;
import org.licensedesk.store.StoreAddress;

/**
 * Asks on the console for a server's user name and password when {@code LICENSEDESK_DB_USER} is not set; the
 * password is read without echo. Without a console (a script, a pipe) it asks nothing and the command says which
 * variables to set.
 */
public final class ConsoleCredentials implements Credentials.Source {
    @Override
    public Credentials ask(StoreAddress.Server server) {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        String user = console.readLine("User name for %s: ", server.describe());
        if (user == null || user.isBlank()) {
            return null;
        }
        char[] password = console.readPassword("Password for %s on %s: ", user.strip(), server.describe());
        try {
            return new Credentials(user.strip(), password);
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }
}
