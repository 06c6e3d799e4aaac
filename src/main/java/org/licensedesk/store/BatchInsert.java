package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One prepared INSERT sent in JDBC batches: each {@link #add} binds a row and queues it, every {@code size} rows go to
 * the database, and {@link #flush} sends the rest (close alone does not, so a failed loop sends nothing more).
 */
final class BatchInsert implements AutoCloseable {
    private final PreparedStatement statement;
    private final int size;
    private int pending;

    BatchInsert(Connection connection, String sql, int size) throws SQLException {
        this.statement = connection.prepareStatement(sql);
        this.size = size;
    }

    /** Binds the row's values to the statement's parameters in order (strings and longs as such) and queues it. */
    void add(Object... values) throws SQLException {
        for (int n = 0; n < values.length; n++) {
            if (values[n] instanceof String text) {
                statement.setString(n + 1, text);
            } else if (values[n] instanceof Long number) {
                statement.setLong(n + 1, number);
            } else {
                statement.setObject(n + 1, values[n]);
            }
        }
        statement.addBatch();
        if (++pending == size) {
            statement.executeBatch();
            pending = 0;
        }
    }

    /** Sends the rows queued since the last full batch. */
    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
