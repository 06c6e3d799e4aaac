package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What importing applications needs besides inserting them: which references exist, and the incomplete flag. */
public final class IntakeRepository {

    /** Of {@code references}, those already stored (committed, or written earlier on this connection). */
    public Set<String> existing(Transaction transaction, Collection<String> references) {
        return transaction.sql(connection -> existing(connection, references));
    }

    Set<String> existing(Connection connection, Collection<String> references) throws SQLException {
        Set<String> found = new HashSet<>();
        if (references.isEmpty()) {
            return found;
        }
        List<String> list = List.copyOf(references);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT reference FROM licence_application WHERE reference IN ("
                        + String.join(", ", Collections.nCopies(list.size(), "?")) + ")")) {
            for (int i = 0; i < list.size(); i++) {
                query.setString(i + 1, list.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    /** Flags applications filed without an end-user certificate, on the caller's transaction. */
    public void markIncomplete(Transaction transaction, Collection<String> references) {
        transaction.sql(connection -> {
            markIncomplete(connection, references);
            return null;
        });
    }

    void markIncomplete(Connection connection, Collection<String> references) throws SQLException {
        if (references.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE licence_application SET incomplete = TRUE WHERE reference = ?")) {
            for (String reference : references) {
                update.setString(1, reference);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Whether the application is flagged incomplete; empty when the reference is unknown. */
    public Optional<Boolean> isIncomplete(Transaction transaction, String reference) {
        return transaction.sql(connection -> isIncomplete(connection, reference));
    }

    Optional<Boolean> isIncomplete(Connection connection, String reference) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT incomplete FROM licence_application WHERE reference = ?")) {
            query.setString(1, reference);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getBoolean(1)) : Optional.empty();
            }
        }
    }
}
