package org.licensedesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 store: opens (or creates) the database file, brings its schema up to date with
 * Flyway and hands out connections. Opened with AUTO_SERVER so the command line can use the file
 * while the window has it open; that server listens on the loopback address only.
 */
public final class Database implements AutoCloseable {
    /** H2 reads this once, when its classes load, so it is set before the first connection. */
    public static final String BIND_ADDRESS_PROPERTY = "h2.bindAddress";

    /** Flyway logs every routine step through java.util.logging; keep a reference so the level sticks. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        // As early as this class loads: H2 fixes its bind address when its own classes load.
        System.setProperty(BIND_ADDRESS_PROPERTY, "127.0.0.1");
    }

    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private static final String USER = "sa";
    private static final String PASSWORD = "";

    private final Path location;
    private final String url;
    private volatile JdbcConnectionPool pool;

    private Database(Path location, String url, JdbcConnectionPool pool) {
        this.location = location;
        this.url = url;
        this.pool = pool;
    }

    /**
     * Opens the database at {@code location} (the file name without {@code .mv.db}), creating and
     * migrating it as needed.
     */
    public static Database open(Path location) {
        return open(location, false);
    }

    /** Opens a database that must already exist; a missing file is an error, not a new empty database. */
    public static Database openExisting(Path location) {
        return open(location, true);
    }

    private static Database open(Path location, boolean mustExist) {
        Objects.requireNonNull(location, "location");
        System.setProperty(BIND_ADDRESS_PROPERTY, "127.0.0.1");
        Path base = stripExtension(location.toAbsolutePath().normalize());
        if (mustExist && !Files.isRegularFile(dataFile(base))) {
            throw new StoreException("No LicenseDesk database at " + base + " (no file " + dataFile(base)
                    + "). Check the --db path or the " + DataLocation.ENVIRONMENT_VARIABLE + " variable.");
        }
        try {
            Path parent = base.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
                restrict(parent, OWNER_ONLY_FOLDER);
            }
        } catch (Exception e) {
            throw new StoreException("Cannot create the folder for the database " + base
                    + ". Check that you may write there, or choose another place with --db.", e);
        }
        // LOCK_TIMEOUT: appends to the audit chain wait for each other rather than fail at once.
        String url = "jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
        JdbcConnectionPool pool = newPool(url);
        Database database = new Database(base, url, pool);
        try {
            database.withConnection(connection -> connection.isValid(5));
            database.restrictFiles();
            database.migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return database;
    }

    /**
     * Only this machine account may read or write the database and its lock file (0600 where the file system
     * has POSIX permissions): another local account must not copy the data or learn the AUTO_SERVER port.
     * A folder LicenseDesk creates for the database is 0700; a folder that already exists is left as it is.
     */
    void restrictFiles() {
        for (String suffix : new String[] {".mv.db", ".lock.db", ".trace.db"}) {
            Path file = location.resolveSibling(location.getFileName() + suffix);
            if (Files.exists(file)) {
                restrict(file, OWNER_ONLY_FILE);
            }
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) {
        try {
            if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot make " + path + " private to this account (" + e.getMessage()
                    + "). Check that you own it, or choose another place with --db.", e);
        }
    }

    private static JdbcConnectionPool newPool(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, PASSWORD);
        pool.setMaxConnections(16);
        return pool;
    }

    /**
     * The errors H2 raises while the process that serves the file (AUTO_SERVER) starts or exits and another takes
     * over: they say nothing about the work, which succeeds when tried again on a fresh connection. Reproduced with
     * four {@code import} commands started together on one file (12 runs: six failed with 8000, 90020 or 90121).
     */
    static boolean isHandOver(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case ErrorCode.ERROR_OPENING_DATABASE_1, ErrorCode.DATABASE_ALREADY_OPEN_1,
                            ErrorCode.DATABASE_CALLED_AT_SHUTDOWN, ErrorCode.CONNECTION_BROKEN_1 -> {
                        return true;
                    }
                    default -> {
                    }
                }
            }
        }
        return false;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** Back-off before attempt {@code attempt + 1}: 50 ms doubling to 1 s; {@value #ATTEMPTS} attempts, about 6 s. */
    private static final int ATTEMPTS = 10;

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(1000L, 50L << Math.min(attempt, 5)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the database to be handed over.", interrupted);
        }
    }

    /** The connections of the old pool belong to a server that went away: later work starts on a new pool. */
    private synchronized void renewPool(JdbcConnectionPool broken) {
        if (pool == broken) {
            pool = newPool(url);
            broken.dispose();
        }
    }

    /** The file H2 keeps the data in. */
    public static Path dataFile(Path base) {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    static Path stripExtension(Path path) {
        String name = path.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            return path.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        }
        return path;
    }

    private void migrate() {
        FLYWAY_LOG.setLevel(Level.WARNING);
        for (int attempt = 1; ; attempt++) {
            JdbcConnectionPool current = pool;
            try {
                Flyway.configure()
                        .dataSource(current)
                        .locations("classpath:db/migration")
                        // Branches merge migrations out of version order (V20 arrived after V73): a database
                        // already at a later version still gets an earlier one it lacks, instead of refusing to open.
                        .outOfOrder(true)
                        .load()
                        .migrate();
                return;
            } catch (FlywayException e) {
                SQLException sql = sqlCause(e);
                if (sql == null || attempt >= ATTEMPTS || !isHandOver(sql)) {
                    throw unmigrated(e);
                }
                renewPool(current);
                backOff(attempt);
            }
        }
    }

    private StoreException unmigrated(FlywayException e) {
        return new StoreException("The database " + location + " could not be brought up to date ("
                + firstLine(e.getMessage()) + "). Nothing was changed by LicenseDesk; restore the file "
                + "from a backup or start with another database (--db).", e);
    }

    public Path location() {
        return location;
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * Runs a service's work as one transaction: all of it is committed, or none of it. Repositories called with
     * the {@link Transaction} it passes all act on the same connection.
     */
    public <T> T write(TransactionWork<T> work) {
        return inTransaction(connection -> work.run(new Transaction(connection, this)));
    }

    /** Runs a service's reads on one pooled connection, without holding a transaction open. */
    public <T> T read(TransactionWork<T> work) {
        return withConnection(connection -> work.run(new Transaction(connection, this)));
    }

    /** Runs read-only or single-statement work on a pooled connection (store code and tests that tamper). */
    public <T> T withConnection(SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            JdbcConnectionPool current = pool;
            try (Connection connection = current.getConnection()) {
                return work.run(connection);
            } catch (SQLException | RuntimeException e) {
                SQLException sql = sqlCause(e);
                if (sql == null) {
                    throw (RuntimeException) e;
                }
                if (attempt >= ATTEMPTS || !isHandOver(sql)) {
                    throw e instanceof StoreException store ? store : translate(sql);
                }
                renewPool(current);
                backOff(attempt);
            }
        }
    }

    /**
     * Runs work as one transaction: all of it is committed, or none of it. When the file's server is handed over
     * between processes before the commit, the whole transaction is tried again on a new connection (bounded);
     * a connection lost during the commit itself is reported, never retried, as the commit may have happened.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            JdbcConnectionPool current = pool;
            boolean committing = false;
            try (Connection connection = current.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    committing = true;
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(connection, e);
                    throw e;
                } finally {
                    resetQuietly(connection);
                }
            } catch (SQLException | RuntimeException e) {
                SQLException sql = sqlCause(e);
                if (sql == null) {
                    throw (RuntimeException) e;
                }
                if (committing || attempt >= ATTEMPTS || !isHandOver(sql)) {
                    throw e instanceof StoreException store ? store : translate(sql);
                }
                renewPool(current);
                backOff(attempt);
            }
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void resetQuietly(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // the connection is broken; the pool drops it when it is closed
        }
    }

    /** Turns driver errors into sentences a reviewer can act on. */
    StoreException translate(SQLException e) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new StoreException("The database " + location + " is locked by another program. "
                        + "Close the other program, or start LicenseDesk on another database with --db.", e);
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.FILE_VERSION_ERROR_1:
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
                return new StoreException("The database file " + location + ".mv.db cannot be read: it is "
                        + "damaged, not a LicenseDesk database, or from another H2 version. Restore it from a "
                        + "backup, or start on another database with --db.", e);
            case ErrorCode.WRONG_USER_OR_PASSWORD:
                return new StoreException("The database " + location + " belongs to another program (its "
                        + "password does not match). Start on another database with --db.", e);
            default:
                return new StoreException("The database " + location + " reported an error: "
                        + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /**
     * Closes the database and, when no other program uses it, rewrites the file without the free
     * space that bulk writes leave behind (H2 does not give it back by itself).
     *
     * @return whether the file was compacted
     */
    public boolean closeAndCompact() {
        pool.dispose();
        try (Connection connection = java.sql.DriverManager.getConnection(url, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            try (ResultSet sessions = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
                sessions.next();
                if (sessions.getInt(1) > 1) {
                    return false;
                }
            }
            statement.execute("SHUTDOWN COMPACT");
            return true;
        } catch (SQLException e) {
            throw translate(e);
        }
    }
}
