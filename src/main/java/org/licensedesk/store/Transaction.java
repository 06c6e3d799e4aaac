package org.licensedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * One unit of work on the store: everything done through it is committed together or not at all. Services hold it
 * and pass it to repositories; only the store sees the connection behind it, so SQL stays in this package.
 */
public final class Transaction {
    private final Connection connection;
    private final Database database;

    Transaction(Connection connection, Database database) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Runs SQL on this unit of work, turning driver errors into sentences a user can act on. */
    <T> T sql(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw database.translate(e);
        }
    }

    /**
     * Undoes everything written so far on this unit of work; it stays open for more work (an import that meets its
     * first problem gives its rows back at once, then reads on to list every problem).
     */
    public void rollback() {
        sql(connection -> {
            connection.rollback();
            return null;
        });
    }

    /** The connection, for store code that already handles {@link SQLException} itself. */
    Connection connection() {
        return connection;
    }
}
