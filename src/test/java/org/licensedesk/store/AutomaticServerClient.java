package org.licensedesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * What another process's AUTO_SERVER client connects to, for tests that need a second process's session without a
 * second process: the server and the file's key from the lock file, with the file's password.
 */
final class AutomaticServerClient {
    private AutomaticServerClient() {
    }

    /** A session through the automatic server of the open H2 file at {@code base} (no extension). */
    static Connection connect(Path base) throws SQLException {
        Properties lock = new Properties();
        try (var in = Files.newInputStream(base.resolveSibling(base.getFileName() + ".lock.db"))) {
            lock.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = "jdbc:h2:tcp://" + lock.getProperty("server") + "/" + lock.getProperty("id");
        return DriverManager.getConnection(url, "sa", DatabasePassword.readOrCreate(base).value());
    }
}
