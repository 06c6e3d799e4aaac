package org.licensedesk.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.EndUserKey;
import org.licensedesk.domain.RelatedApplication;
import org.licensedesk.domain.RelatedApplication.Relation;

/**
 * The parties' history: an application's earlier applications by applicant and by end user, and the applications
 * whose applicant was denied another licence recently. Each lookup reads an index (V8), not the whole table.
 */
public final class PartyHistoryRepository {
    private static final int FILL_CHUNK = 5_000;
    // The newest ids come from the index alone (its entries carry the id); only those rows are then read.
    private static final String RELATED = "SELECT a.id, a.reference, a.received_on, a.status, a.decided_at, "
            + "a.elements, a.total_kg, i.control_code FROM (SELECT id FROM licence_application WHERE %s "
            + "AND received_on <= ? AND id <> ? ORDER BY received_on DESC, id DESC FETCH FIRST ? ROWS ONLY) t "
            + "JOIN licence_application a ON a.id = t.id LEFT JOIN item i ON i.application_id = a.id "
            + "ORDER BY a.id, i.line_no";
    private static final Comparator<Found> NEWEST_FIRST = Comparator.comparing(Found::receivedOn)
            .thenComparingLong(Found::id).reversed();

    private final Database database;

    public PartyHistoryRepository(Database database) {
        this.database = database;
    }

    /** One related application while the two lookups are merged. */
    private static final class Found {
        final long id;
        final String reference;
        final LocalDate receivedOn;
        final ApplicationStatus status;
        final Instant decidedAt;
        final String elements;
        final BigDecimal totalKg;
        final Set<String> controlCodes = new LinkedHashSet<>();
        boolean sameApplicant;
        boolean sameEndUser;

        Found(ResultSet row) throws SQLException {
            id = row.getLong(1);
            reference = row.getString(2);
            receivedOn = row.getDate(3).toLocalDate();
            status = ApplicationStatus.valueOf(row.getString(4));
            String decided = row.getString(5);
            decidedAt = decided == null ? null : Instant.parse(decided);
            elements = row.getString(6);
            totalKg = row.getBigDecimal(7);
        }

        long id() {
            return id;
        }

        LocalDate receivedOn() {
            return receivedOn;
        }

        RelatedApplication toRelated() {
            return new RelatedApplication(reference, Relation.of(sameApplicant, sameEndUser), receivedOn, status,
                    decidedAt, elements, List.copyOf(controlCodes), totalKg);
        }
    }

    /**
     * The other applications received on or before the day this one was, that have its applicant (same USCC) or its
     * end user (same key and country), newest first (on one day, the later stored first): the newest {@code limit}
     * and one more when there are more, so the caller can say so. Empty when the reference is unknown.
     */
    public List<RelatedApplication> related(String reference, int limit) {
        return database.withConnection(connection -> {
            Map<Long, Found> found = new LinkedHashMap<>();
            try (PreparedStatement target = connection.prepareStatement(
                    "SELECT id, applicant_id, end_user_key, end_user_country, received_on FROM licence_application "
                            + "WHERE reference = ?")) {
                target.setString(1, reference);
                try (ResultSet row = target.executeQuery()) {
                    if (!row.next()) {
                        return List.of();
                    }
                    long id = row.getLong(1);
                    Date receivedOn = row.getDate(5);
                    collect(connection, String.format(RELATED, "applicant_id = ?"), found, true,
                            row.getLong(2), receivedOn, id, limit + 1);
                    collect(connection, String.format(RELATED, "end_user_key = ? AND end_user_country = ?"), found,
                            false, row.getString(3), row.getString(4), receivedOn, id, limit + 1);
                }
            }
            List<Found> newestFirst = new ArrayList<>(found.values());
            newestFirst.sort(NEWEST_FIRST);
            // Each lookup brought its newest limit + 1, so the newest limit + 1 of both together are among them.
            List<RelatedApplication> related = new ArrayList<>(newestFirst.size());
            for (Found application : newestFirst.subList(0, Math.min(newestFirst.size(), limit + 1))) {
                related.add(application.toRelated());
            }
            return related;
        });
    }

    /** Runs one lookup (its parameters in order) and marks what it finds as sharing the applicant or end user. */
    private static void collect(Connection connection, String sql, Map<Long, Found> found, boolean byApplicant,
            Object... parameters) throws SQLException {
        if (parameters[0] == null) {
            return; // a row stored before V8 whose key was not filled yet: no end-user match rather than all
        }
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Found application = found.get(rows.getLong(1));
                    if (application == null) {
                        application = new Found(rows);
                        found.put(rows.getLong(1), application);
                    }
                    String controlCode = rows.getString(8);
                    if (controlCode != null) {
                        application.controlCodes.add(controlCode);
                    }
                    if (byApplicant) {
                        application.sameApplicant = true;
                    } else {
                        application.sameEndUser = true;
                    }
                }
            }
        }
    }

    /**
     * The references of the applicant's <em>other</em> applications denied at or after {@code since}, newest decision
     * first: the same rule as {@link #withApplicantDeniedSince}, for one application (the queue's denial flag on it).
     * Empty for an unknown reference.
     */
    public List<String> otherDenialsOfApplicantSince(String reference, Instant since) {
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT d.reference FROM licence_application a JOIN licence_application d "
                            + "ON d.applicant_id = a.applicant_id WHERE a.reference = ? AND d.id <> a.id "
                            + "AND d.status = 'DENIED' AND d.decided_at >= ? ORDER BY d.decided_at DESC, d.id DESC")) {
                query.setString(1, reference);
                query.setString(2, AuditRepository.AT_FORMAT.format(since));
                List<String> references = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        references.add(rows.getString(1));
                    }
                }
                return references;
            }
        });
    }

    /**
     * The references of applications in the given statuses whose applicant had <em>another</em> application denied
     * at or after {@code since}. One query: the applicants with denials since then come from the decision index
     * (with how many, and which one if only one), their applications from the applicant index.
     */
    public Set<String> withApplicantDeniedSince(Instant since, Set<ApplicationStatus> statuses) {
        if (statuses.isEmpty()) {
            return Set.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(statuses.size(), "?"));
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT a.reference FROM (SELECT applicant_id, COUNT(*) AS denials, MIN(id) AS denied_id "
                            + "FROM licence_application WHERE status = 'DENIED' AND decided_at >= ? "
                            + "GROUP BY applicant_id) d "
                            + "JOIN licence_application a ON a.applicant_id = d.applicant_id "
                            + "WHERE (d.denials > 1 OR a.id <> d.denied_id) AND a.status IN (" + placeholders + ")")) {
                int i = 1;
                query.setString(i++, AuditRepository.AT_FORMAT.format(since));
                for (ApplicationStatus status : statuses) {
                    query.setString(i++, status.name());
                }
                query.setFetchSize(5_000);
                Set<String> references = new HashSet<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        references.add(rows.getString(1));
                    }
                }
                return references;
            }
        });
    }

    /**
     * Gives every application stored without an end-user key (before V8) its key, a chunk per transaction so a large
     * database is not held in one; returns how many were filled. Cheap when there is nothing to do: the key's index
     * finds the rows without one.
     */
    public int fillMissingEndUserKeys() {
        int filled = 0;
        while (true) {
            int chunk = database.inTransaction(this::fillChunk);
            filled += chunk;
            if (chunk < FILL_CHUNK) {
                return filled;
            }
        }
    }

    private int fillChunk(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>(FILL_CHUNK);
        List<String> names = new ArrayList<>(FILL_CHUNK);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, end_user_name FROM licence_application WHERE end_user_key IS NULL "
                        + "FETCH FIRST " + FILL_CHUNK + " ROWS ONLY")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    names.add(rows.getString(2));
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE licence_application SET end_user_key = ? WHERE id = ?")) {
            for (int n = 0; n < ids.size(); n++) {
                update.setString(1, EndUserKey.of(names.get(n)));
                update.setLong(2, ids.get(n));
                update.addBatch();
            }
            update.executeBatch();
        }
        return ids.size();
    }
}
