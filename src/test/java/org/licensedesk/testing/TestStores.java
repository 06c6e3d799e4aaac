package org.licensedesk.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.licensedesk.store.Credentials;
import org.licensedesk.store.Database;
import org.licensedesk.store.StoreAddress;

/**
 * The store a {@link StoreTest} run uses. On PostgreSQL each new database is a clone of one template migrated once
 * per test JVM ({@code CREATE DATABASE ... TEMPLATE}: a few tens of milliseconds instead of the migrations).
 */
public final class TestStores {
    public static final String URL_VARIABLE = "LICENSEDESK_TEST_PG_URL";
    public static final String USER_VARIABLE = "LICENSEDESK_TEST_PG_USER";
    public static final String PASSWORD_VARIABLE = "LICENSEDESK_TEST_PG_PASSWORD";
    public static final String REQUIRED_VARIABLE = "LICENSEDESK_TEST_PG_REQUIRED";

    /** The two stores. */
    public enum Kind {
        H2("H2"), POSTGRESQL("PostgreSQL");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final String PREFIX = "ld_test_" + ProcessHandle.current().pid() + "_";
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    private static volatile Kind current = Kind.H2;
    private static String template;
    private static final Map<Path, String> BY_FOLDER = new HashMap<>();
    private static final List<String> MADE_IN_RUN = new ArrayList<>();

    private TestStores() {
    }

    /** The store of the running {@link StoreTest} class; H2 outside one. */
    public static Kind current() {
        return current;
    }

    public static boolean onServer() {
        return current == Kind.POSTGRESQL;
    }

    static void select(Kind kind) {
        current = kind;
    }

    /** After a class's run: back to H2, and the run's PostgreSQL databases are dropped. */
    static synchronized void endRun() {
        if (current == Kind.POSTGRESQL) {
            for (String name : MADE_IN_RUN) {
                admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            BY_FOLDER.values().removeAll(MADE_IN_RUN);
            MADE_IN_RUN.clear();
        }
        current = Kind.H2;
    }

    public static boolean serverConfigured() {
        String url = System.getenv(URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    public static boolean serverRequired() {
        return "1".equals(System.getenv(REQUIRED_VARIABLE));
    }

    static void warnOnce(String message) {
        if (WARNED.compareAndSet(false, true)) {
            System.err.println("*** " + message + " (and every other PostgreSQL run)");
        }
    }

    /**
     * The database of {@code folder} on the current store: on H2 the file {@code folder/licensedesk}; on PostgreSQL
     * a fresh clone of the migrated template the first time, the same database after that.
     */
    public static Database open(Path folder) {
        if (current == Kind.H2) {
            return Database.open(folder.resolve("licensedesk"));
        }
        return Database.openServer(server(databaseFor(folder)), credentials());
    }

    /** A new, empty (unmigrated) PostgreSQL database's address: for tests of the migrations and of copy-store. */
    public static synchronized StoreAddress.Server emptyServerDatabase() {
        String name = PREFIX + SERIAL.incrementAndGet();
        admin("CREATE DATABASE " + name);
        MADE_IN_RUN.add(name);
        return server(name);
    }

    /**
     * A new login role that must give {@code password} (the test server trusts only its own user: see
     * {@code .ci/with-postgres}), owning a new migrated database: for tests of a server's credentials.
     *
     * @return the database's address; the role's name is {@link #roleOf}; drop both with {@link #dropWithRole}
     */
    public static synchronized StoreAddress.Server databaseOfNewRole(String password) {
        String name = PREFIX + SERIAL.incrementAndGet();
        admin("CREATE ROLE " + name + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
        admin("CREATE DATABASE " + name + " OWNER " + name);
        StoreAddress.Server server = server(name);
        Database.openServer(server, new Credentials(name, password.toCharArray())).close();
        return server;
    }

    /** Drops a database made by {@link #databaseOfNewRole}, and its role. */
    public static synchronized void dropWithRole(StoreAddress.Server server) {
        admin("DROP DATABASE IF EXISTS " + server.name() + " WITH (FORCE)");
        admin("DROP ROLE IF EXISTS " + server.name());
    }

    /** The role that owns a database made by {@link #databaseOfNewRole}. */
    public static String roleOf(StoreAddress.Server server) {
        return server.name();
    }

    /**
     * Skips the calling test with a visible message when no PostgreSQL server is configured, and fails it instead
     * where one is required (CI), as {@link StoreTest}'s PostgreSQL runs do.
     */
    public static void requireServer(String what) {
        if (serverConfigured()) {
            return;
        }
        String message = what + " skipped: no PostgreSQL server (set " + URL_VARIABLE + ", or run the tests through "
                + ".ci/with-postgres)";
        if (serverRequired()) {
            throw new IllegalStateException(message.replace("skipped", "cannot run") + "; " + REQUIRED_VARIABLE
                    + "=1 makes it mandatory");
        }
        System.err.println("*** " + message);
        org.junit.jupiter.api.Assumptions.abort(message);
    }

    /** The address of the database a folder was given (the folder must have been opened on PostgreSQL). */
    public static synchronized StoreAddress.Server serverOf(Path folder) {
        return server(databaseFor(folder));
    }

    public static Credentials credentials() {
        String user = System.getenv(USER_VARIABLE);
        String password = System.getenv(PASSWORD_VARIABLE);
        return new Credentials(user == null || user.isBlank() ? System.getProperty("user.name") : user,
                password == null ? null : password.toCharArray());
    }

    private static synchronized String databaseFor(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        String existing = BY_FOLDER.get(key);
        if (existing != null) {
            return existing;
        }
        if (template == null) {
            template = PREFIX + "template";
            admin("CREATE DATABASE " + template);
            Database.openServer(server(template), credentials()).close();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> admin("DROP DATABASE IF EXISTS " + template
                    + " WITH (FORCE)")));
        }
        String name = PREFIX + SERIAL.incrementAndGet();
        admin("CREATE DATABASE " + name + " TEMPLATE " + template);
        MADE_IN_RUN.add(name);
        BY_FOLDER.put(key, name);
        return name;
    }

    private static StoreAddress.Server server(String database) {
        String url = System.getenv(URL_VARIABLE);
        int slash = url.lastIndexOf('/');
        return StoreAddress.server(url.substring(0, slash + 1) + database);
    }

    private static void admin(String sql) {
        Credentials credentials = credentials();
        String password = System.getenv(PASSWORD_VARIABLE);
        try (Connection connection = DriverManager.getConnection(System.getenv(URL_VARIABLE), credentials.user(),
                password == null ? "" : password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server: " + sql + " failed: " + e.getMessage(), e);
        }
    }
}
