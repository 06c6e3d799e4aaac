package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * The resumable fill of an index over the audit entries stored before its migration (the note words of V12, the
 * history facts of V58): a one-row table {@code (id, filled, fill_to)} says how far it got, and each transaction
 * writes one chunk of entries and moves {@code filled} on, so an interrupted or cancelled fill resumes where it stopped
 * (decision record 0006).
 */
final class EntryFill {
    static final int CHUNK = 5_000;

    /** Writes the index rows of the entries with {@code from < seq <= upTo}, on the fill's transaction. */
    @FunctionalInterface
    interface Chunk {
        void write(Connection connection, long from, long upTo) throws SQLException;
    }

    private final String stateTable;
    private final Chunk chunk;

    /** @param stateTable the fill's one-row table, a name fixed in the code (never input) */
    EntryFill(String stateTable, Chunk chunk) {
        this.stateTable = stateTable;
        this.chunk = chunk;
    }

    /** How many entries still wait (0 once the fill is done). */
    long pending(Connection connection) throws SQLException {
        try (PreparedStatement state = connection.prepareStatement(
                "SELECT filled, fill_to FROM " + stateTable + " WHERE id = 1");
             ResultSet row = state.executeQuery()) {
            return row.next() ? Math.max(0, row.getLong(2) - row.getLong(1)) : 0;
        }
    }

    /**
     * Fills {@value #CHUNK} entries per transaction until done or cancelled; returns how many this call filled.
     *
     * @param filledSoFar told after each chunk how many entries this call has filled
     */
    long fill(Database database, BooleanSupplier cancelled, LongConsumer filledSoFar) {
        long filled = 0;
        while (!cancelled.getAsBoolean()) {
            int done = database.inTransaction(this::fillChunk);
            filled += done;
            if (done == 0) {
                break;
            }
            filledSoFar.accept(filled);
        }
        return filled;
    }

    private int fillChunk(Connection connection) throws SQLException {
        long filled;
        long fillTo;
        try (PreparedStatement state = connection.prepareStatement(
                "SELECT filled, fill_to FROM " + stateTable + " WHERE id = 1 FOR UPDATE");
             ResultSet row = state.executeQuery()) {
            if (!row.next()) {
                return 0;
            }
            filled = row.getLong(1);
            fillTo = row.getLong(2);
        }
        if (filled >= fillTo) {
            return 0;
        }
        long upTo = Math.min(fillTo, filled + CHUNK);
        chunk.write(connection, filled, upTo);
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE " + stateTable + " SET filled = ? WHERE id = 1")) {
            move.setLong(1, upTo);
            move.executeUpdate();
        }
        return (int) (upTo - filled);
    }
}
