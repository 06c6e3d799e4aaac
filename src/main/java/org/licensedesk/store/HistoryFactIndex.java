package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * The history_fact table (V58): for each audit entry of an application, the application's facts the decision history
 * filters by (status now, end-user country, applicant, items' elements and control codes), so that a filter walks
 * them in seq order. Facts of new entries are written on append, in the same transaction; an application's status
 * change rewrites the facts of all its entries. Entries from before V58 get theirs from a fill that runs apart from
 * opening (as the note words do, decision record 0006); until it is done the history joins the applications instead.
 */
public final class HistoryFactIndex {
    /** Entries per transaction while filling an older database. */
    static final int FILL_CHUNK = 5_000;

    public static final String STATUS = "status";
    public static final String COUNTRY = "country";
    public static final String APPLICANT = "applicant";
    public static final String ELEMENT = "element";
    public static final String CODE = "code";

    /** One INSERT per kind of fact, each over the entries that {@code %s} (a condition on e) selects. */
    private static final List<String> INSERTS = List.of(
            "INSERT INTO history_fact (kind, fact, seq) SELECT '" + STATUS + "', a.status, e.seq FROM audit_entry e "
                    + "JOIN licence_application a ON a.reference = e.application_ref WHERE %s",
            "INSERT INTO history_fact (kind, fact, seq) SELECT '" + COUNTRY + "', a.end_user_country, e.seq "
                    + "FROM audit_entry e JOIN licence_application a ON a.reference = e.application_ref WHERE %s",
            "INSERT INTO history_fact (kind, fact, seq) SELECT '" + APPLICANT + "', CAST(a.applicant_id AS "
                    + "VARCHAR(64)), e.seq FROM audit_entry e JOIN licence_application a "
                    + "ON a.reference = e.application_ref WHERE %s",
            "INSERT INTO history_fact (kind, fact, seq) SELECT DISTINCT '" + ELEMENT + "', i.element_symbol, e.seq "
                    + "FROM audit_entry e JOIN licence_application a ON a.reference = e.application_ref "
                    + "JOIN item i ON i.application_id = a.id WHERE %s",
            "INSERT INTO history_fact (kind, fact, seq) SELECT DISTINCT '" + CODE + "', i.control_code, e.seq "
                    + "FROM audit_entry e JOIN licence_application a ON a.reference = e.application_ref "
                    + "JOIN item i ON i.application_id = a.id WHERE %s");

    private final Database database;

    public HistoryFactIndex(Database database) {
        this.database = database;
    }

    /** Writes the facts of freshly appended entries (seqs {@code first} to {@code last}), on the caller's transaction. */
    static void writeAppended(Connection connection, long first, long last) throws SQLException {
        for (String insert : INSERTS) {
            try (PreparedStatement statement = connection.prepareStatement(
                    String.format(insert, "e.seq >= ? AND e.seq <= ?"))) {
                statement.setLong(1, first);
                statement.setLong(2, last);
                statement.executeUpdate();
            }
        }
    }

    /**
     * Rewrites the facts of every entry of application {@code reference} after a change of its row (its status), on
     * the caller's transaction.
     */
    static void rewrite(Connection connection, String reference) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM history_fact WHERE seq IN "
                + "(SELECT e.seq FROM audit_entry e WHERE e.application_ref = ?)")) {
            delete.setString(1, reference);
            delete.executeUpdate();
        }
        for (String insert : INSERTS) {
            try (PreparedStatement statement = connection.prepareStatement(
                    String.format(insert, "e.application_ref = ?"))) {
                statement.setString(1, reference);
                statement.executeUpdate();
            }
        }
    }

    /**
     * Sets the status fact of every entry of application {@code reference} to {@code status}, on the caller's
     * transaction: the one fact that changes after an application is filed. Touches no row when the status is as
     * before (most workflow actions).
     */
    static void rewriteStatus(Connection connection, String reference, String status) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE history_fact SET fact = ? WHERE kind = '"
                + STATUS + "' AND fact <> ? AND seq IN (SELECT e.seq FROM audit_entry e WHERE e.application_ref = ?)")) {
            update.setString(1, status);
            update.setString(2, status);
            update.setString(3, reference);
            update.executeUpdate();
        }
    }

    /** How many entries from before V58 still wait for their facts (0 once the fill is done). */
    public long pending() {
        return database.withConnection(HistoryFactIndex::pending);
    }

    static long pending(Connection connection) throws SQLException {
        try (PreparedStatement state = connection.prepareStatement(
                "SELECT filled, fill_to FROM history_fact_fill WHERE id = 1");
             ResultSet row = state.executeQuery()) {
            return row.next() ? Math.max(0, row.getLong(2) - row.getLong(1)) : 0;
        }
    }

    /** As {@link #fillMissing(BooleanSupplier, LongConsumer)}, to the end. */
    public long fillMissing() {
        return fillMissing(() -> false, filled -> { });
    }

    /**
     * Writes the facts of the entries stored before V58, {@value #FILL_CHUNK} entries per transaction, recording how
     * far it got so an interrupted (or cancelled) fill resumes; returns how many entries it filled.
     */
    public long fillMissing(BooleanSupplier cancelled, LongConsumer filledSoFar) {
        long filled = 0;
        while (!cancelled.getAsBoolean()) {
            int chunk = database.inTransaction(HistoryFactIndex::fillChunk);
            filled += chunk;
            if (chunk == 0) {
                break;
            }
            filledSoFar.accept(filled);
        }
        return filled;
    }

    private static int fillChunk(Connection connection) throws SQLException {
        long filled;
        long fillTo;
        try (PreparedStatement state = connection.prepareStatement(
                "SELECT filled, fill_to FROM history_fact_fill WHERE id = 1 FOR UPDATE");
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
        long upTo = Math.min(fillTo, filled + FILL_CHUNK);
        // A status change during the fill may already have written some of these entries' facts: start clean.
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM history_fact WHERE seq > ? AND seq <= ?")) {
            delete.setLong(1, filled);
            delete.setLong(2, upTo);
            delete.executeUpdate();
        }
        writeAppended(connection, filled + 1, upTo);
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE history_fact_fill SET filled = ? WHERE id = 1")) {
            move.setLong(1, upTo);
            move.executeUpdate();
        }
        return (int) (upTo - filled);
    }
}
