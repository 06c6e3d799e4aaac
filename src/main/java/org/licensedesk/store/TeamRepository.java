package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Deadline;
import org.licensedesk.domain.DeadlineClock;
import org.licensedesk.domain.TeamCase;

/**
 * What the Team view reads: open applications counted per assignee, status and deadline clock; one assignee's open
 * applications; and decisions per reviewer since a moment. Counting happens in the database, so 100,000
 * applications come back as a few thousand groups.
 */
public final class TeamRepository {
    // Enum names, not input: safe to write into the SQL.
    private static final String OPEN = ApplicationStatus.openStatuses().stream()
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", ", "status IN (", ")"));

    private final Database database;

    public TeamRepository(Database database) {
        this.database = database;
    }

    /**
     * Open applications that share an assignee, a status and a deadline clock, and how many they are.
     *
     * @param assignee username, or null for the applications nobody holds
     */
    public record OpenGroup(String assignee, ApplicationStatus status, DeadlineClock clock, int count) {
    }

    public List<OpenGroup> openGroups() {
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT assignee, status, " + DeadlineClockColumns.COLUMNS + ", COUNT(*) "
                            + "FROM licence_application WHERE " + OPEN + " "
                            + "GROUP BY assignee, status, " + DeadlineClockColumns.COLUMNS)) {
                List<OpenGroup> groups = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        groups.add(new OpenGroup(row.getString(1), ApplicationStatus.valueOf(row.getString(2)),
                                clock(row, 3), row.getInt(3 + DeadlineClockColumns.COUNT)));
                    }
                }
                return groups;
            }
        });
    }

    /**
     * The open applications one assignee holds (null: nobody), oldest first, each with its deadline.
     *
     * @param deadlineOf turns a deadline clock into a deadline as of today
     */
    public List<TeamCase> openCases(String assignee, Function<DeadlineClock, Deadline> deadlineOf) {
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT reference, applicant_name, status, assignee, " + DeadlineClockColumns.COLUMNS
                            + ", version FROM licence_application WHERE "
                            + (assignee == null ? "assignee IS NULL" : "assignee = ?") + " AND " + OPEN + " "
                            + "ORDER BY received_on, reference")) {
                if (assignee != null) {
                    query.setString(1, assignee);
                }
                query.setFetchSize(5_000);
                List<TeamCase> cases = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        cases.add(new TeamCase(row.getString(1), row.getString(2),
                                ApplicationStatus.valueOf(row.getString(3)), row.getString(4),
                                deadlineOf.apply(clock(row, 5)), row.getLong(5 + DeadlineClockColumns.COUNT)));
                    }
                }
                return cases;
            }
        });
    }

    /**
     * Final decisions since {@code since}, per reviewer: approvals and denials count for whoever recommended them,
     * returns for the assignee who returned the application. Withdrawals are the applicant's, not a decision.
     */
    public Map<String, Integer> decisionsSince(Instant since) {
        return database.withConnection(connection -> decisionsSince(connection, since));
    }

    private static Map<String, Integer> decisionsSince(Connection connection, Instant since) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                // Only decided_at in the WHERE, so H2 reads the range of licence_application_team_decided_ix.
                "SELECT reviewer, COUNT(*) FROM (SELECT CASE status WHEN 'RETURNED' THEN assignee "
                        + "WHEN 'APPROVED' THEN recommended_by WHEN 'DENIED' THEN recommended_by END AS reviewer "
                        + "FROM licence_application WHERE decided_at >= ?) decided "
                        + "WHERE reviewer IS NOT NULL GROUP BY reviewer")) {
            // decided_at is fixed-width UTC text, so text order is time order.
            query.setString(1, AuditRepository.AT_FORMAT.format(since));
            Map<String, Integer> counts = new HashMap<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    counts.put(row.getString(1), row.getInt(2));
                }
            }
            return Collections.unmodifiableMap(counts);
        }
    }

    private static DeadlineClock clock(ResultSet row, int firstColumn) throws SQLException {
        return DeadlineClockColumns.read(row, firstColumn);
    }
}
