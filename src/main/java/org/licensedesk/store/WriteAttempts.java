package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The attempt ids of write transactions ({@code write_attempt}, V60): each transaction inserts its own just before it
 * commits, so that when the connection breaks during the commit, a fresh connection can tell whether it committed.
 */
final class WriteAttempts {
    /** How long the outcome check waits for a transaction still holding the id (a server that has not yet seen the
     * lost connection); the same as an H2 file's LOCK_TIMEOUT. Past it the outcome is reported as unknown. */
    static final int CHECK_LOCK_TIMEOUT_SECONDS = 10;

    private static final String DUPLICATE_KEY = "23505";

    private WriteAttempts() {
    }

    /** Records the attempt in the transaction on {@code connection}; it is visible after commit, and only then. */
    static void mark(Connection connection, UUID attempt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO write_attempt (id) VALUES (?)")) {
            insert.setObject(1, attempt);
            insert.executeUpdate();
        }
    }

    /**
     * Whether the transaction that marked {@code attempt} committed, asked on a fresh connection. The id is inserted
     * again and rolled back: a committed id refuses it as a duplicate; a transaction still open with it (its
     * connection lost, but the server not yet aware) makes the insert wait until it ends, so the answer is final
     * either way. A wait past {@value #CHECK_LOCK_TIMEOUT_SECONDS} s is thrown as the store's lock time-out.
     */
    static boolean committed(Connection connection, UUID attempt, boolean onServer) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            if (onServer) {
                try (Statement limit = connection.createStatement()) {
                    limit.execute("SET LOCAL lock_timeout = '" + CHECK_LOCK_TIMEOUT_SECONDS + "s'");
                }
            }
            mark(connection, attempt);
            return false;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return true;
            }
            throw e;
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Forgets attempts older than an hour: an outcome is asked for within seconds of the commit. */
    static void prune(Connection connection) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM write_attempt WHERE at < CURRENT_TIMESTAMP - INTERVAL '1' HOUR");
        }
    }
}
