package org.licensedesk.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.ClockStop;
import org.licensedesk.domain.workflow.Recommendation;
import org.licensedesk.domain.workflow.ScreeningClearance;
import org.licensedesk.domain.workflow.FirstCountersign;
import org.licensedesk.domain.workflow.WorkflowState;

/**
 * The decision workflow's columns of an application row. Changes are optimistic: an update names the version it was
 * based on and changes nothing if someone else got there first.
 */
public final class WorkflowStateRepository {
    private static final String COLUMNS = "reference, received_on, status, assignee, recommended_by, recommendation, "
            + "clock_stopped_on, stopped_working_days, decided_at, decided_within_deadline, licence_number, "
            + "licence_valid_from, licence_valid_until, version, last_changed_by, last_changed_at, clock_stop_reason, "
            + "countersigned_by, countersigned_decision";

    private final Database database;
    private final ScreeningRepository screening;

    public WorkflowStateRepository(Database database) {
        this.database = database;
        this.screening = new ScreeningRepository(database);
    }

    /** The application's screening hits as approval sees them: those without a disposition, the true matches. */
    public ScreeningClearance screening(Transaction transaction, String reference) {
        return transaction.sql(connection -> screening(connection, reference));
    }

    ScreeningClearance screening(Connection connection, String reference) throws SQLException {
        return ScreeningClearance.of(screening.hits(connection, reference));
    }

    /** The application's workflow state; {@code factorsAssessed} is false here (the audit trail knows it). */
    public Optional<WorkflowState> find(String reference) {
        return database.withConnection(connection -> find(connection, reference));
    }

    public Optional<WorkflowState> find(Transaction transaction, String reference) {
        return transaction.sql(connection -> find(connection, reference));
    }

    Optional<WorkflowState> find(Connection connection, String reference) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM licence_application WHERE reference = ?")) {
            query.setString(1, reference);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    /**
     * Writes the workflow columns of {@code changed}, and its version, if the row is still at {@code expectedVersion}
     * (a batch of actions writes the state its last action on the application left, several versions on).
     *
     * @return false when the row was at another version (or is gone): nothing was written
     */
    public boolean update(Transaction transaction, WorkflowState changed, long expectedVersion) {
        return transaction.sql(connection -> update(connection, changed, expectedVersion));
    }

    boolean update(Connection connection, WorkflowState changed, long expectedVersion) throws SQLException {
        // The queue's text filter finds an application by its assignee's username: its words follow a new assignee.
        // The history's status facts follow a new status; most actions (an assignment, a note) keep it.
        String former;
        String formerStatus;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT assignee, status FROM licence_application WHERE reference = ?")) {
            query.setString(1, changed.reference());
            try (ResultSet row = query.executeQuery()) {
                boolean found = row.next();
                former = found ? row.getString(1) : null;
                formerStatus = found ? row.getString(2) : null;
            }
        }
        if (!writeColumns(connection, changed, expectedVersion,
                !changed.status().name().equals(formerStatus))) {
            return false;
        }
        if (!java.util.Objects.equals(former, changed.assignee())) {
            QueueWordIndex.assigneeChanged(connection, changed.reference(), former, changed.assignee());
        }
        return true;
    }

    static String assignee(Connection connection, String reference) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT assignee FROM licence_application WHERE reference = ?")) {
            query.setString(1, reference);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static boolean writeColumns(Connection connection, WorkflowState changed, long expectedVersion,
                                        boolean statusChanged) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE licence_application SET status = ?, assignee = ?, recommended_by = ?, recommendation = ?, "
                        + "clock_stopped_on = ?, stopped_working_days = ?, decided_at = ?, "
                        + "decided_within_deadline = ?, licence_number = ?, licence_valid_from = ?, "
                        + "licence_valid_until = ?, last_changed_by = ?, last_changed_at = ?, clock_stop_reason = ?, "
                        + "countersigned_by = ?, countersigned_decision = ?, version = ? "
                        + "WHERE reference = ? AND version = ?")) {
            int i = 1;
            update.setString(i++, changed.status().name());
            update.setString(i++, changed.assignee());
            update.setString(i++, changed.recommendedBy());
            update.setString(i++, changed.recommendation() == null ? null : changed.recommendation().name());
            setDate(update, i++, changed.clockStoppedOn());
            update.setInt(i++, changed.stoppedWorkingDays());
            update.setString(i++, format(changed.decidedAt()));
            if (changed.decidedWithinDeadline() == null) {
                update.setNull(i++, Types.BOOLEAN);
            } else {
                update.setBoolean(i++, changed.decidedWithinDeadline());
            }
            update.setString(i++, changed.licenceNumber());
            setDate(update, i++, changed.licenceValidFrom());
            setDate(update, i++, changed.licenceValidUntil());
            update.setString(i++, changed.lastChangedBy());
            update.setString(i++, format(changed.lastChangedAt()));
            update.setString(i++, changed.clockStop() == null ? null : changed.clockStop().name());
            FirstCountersign first = changed.firstCountersign();
            update.setString(i++, first == null ? null : first.by());
            update.setString(i++, first == null ? null : first.decision().name());
            update.setLong(i++, changed.version());
            update.setString(i++, changed.reference());
            update.setLong(i, expectedVersion);
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        // The decision history's outcome filter reads the status from each entry's facts. They already hold the
        // status when it stays (each entry's facts are written with the status of its day and rewritten on each
        // change): rewriting them found nothing to change, yet read every entry of the application (JFR: 62% of
        // an assignment's samples on an application with many entries).
        if (statusChanged) {
            HistoryFactIndex.rewriteStatus(connection, changed.reference(), changed.status().name());
        }
        return true;
    }

    /** Whether a licence with this number was already issued. */
    public boolean licenceNumberExists(Transaction transaction, String licenceNumber) {
        return transaction.sql(connection -> licenceNumberExists(connection, licenceNumber));
    }

    boolean licenceNumberExists(Connection connection, String licenceNumber) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM licence_application WHERE licence_number = ?")) {
            query.setString(1, licenceNumber);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static WorkflowState read(ResultSet row) throws SQLException {
        String recommendation = row.getString("recommendation");
        boolean within = row.getBoolean("decided_within_deadline");
        Boolean decidedWithinDeadline = row.wasNull() ? null : within;
        return new WorkflowState(
                row.getString("reference"),
                date(row, "received_on"),
                ApplicationStatus.valueOf(row.getString("status")),
                row.getString("assignee"),
                row.getString("recommended_by"),
                recommendation == null ? null : Recommendation.valueOf(recommendation),
                false,
                date(row, "clock_stopped_on"),
                row.getInt("stopped_working_days"),
                instant(row.getString("decided_at")),
                decidedWithinDeadline,
                row.getString("licence_number"),
                date(row, "licence_valid_from"),
                date(row, "licence_valid_until"),
                row.getLong("version"),
                row.getString("last_changed_by"),
                instant(row.getString("last_changed_at")),
                ScreeningClearance.CLEAR,
                clockStop(row.getString("clock_stop_reason")),
                firstCountersign(row.getString("countersigned_by"), row.getString("countersigned_decision")));
    }

    private static FirstCountersign firstCountersign(String by, String decision) {
        return by == null || decision == null ? null : new FirstCountersign(by, ApplicationStatus.valueOf(decision));
    }

    /** The application's total value in US dollars, for the second-countersign threshold (issue 13). */
    public java.math.BigDecimal totalValueUsd(Transaction transaction, String reference) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT total_value_usd FROM licence_application WHERE reference = ?")) {
                query.setString(1, reference);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() && row.getBigDecimal(1) != null ? row.getBigDecimal(1)
                            : java.math.BigDecimal.ZERO;
                }
            }
        });
    }

    /** regime: the reason a stop of Regulations Art. 17(2)/(3) was recorded with; null for none. */
    static ClockStop clockStop(String name) {
        return name == null ? null : ClockStop.valueOf(name);
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    // Instants are kept as the audit trail writes them: fixed-width UTC text with milliseconds.
    private static String format(Instant instant) {
        return instant == null ? null : AuditRepository.AT_FORMAT.format(instant);
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /** regime: whether the applicant declared a military end user or end use. */
    public boolean militaryDeclared(Transaction transaction, String reference) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT military_declared FROM licence_application WHERE reference = ?")) {
                query.setString(1, reference);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        });
    }

    /** regime: the kinds of document the application lists, for the rules of Regulations Arts. 16(2) and 26. */
    public java.util.Set<org.licensedesk.domain.DocumentType> documentTypes(Transaction transaction, String reference) {
        return transaction.sql(connection -> {
            java.util.Set<org.licensedesk.domain.DocumentType> types =
                    java.util.EnumSet.noneOf(org.licensedesk.domain.DocumentType.class);
            try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT d.type FROM document d "
                    + "JOIN licence_application a ON a.id = d.application_id WHERE a.reference = ?")) {
                query.setString(1, reference);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        types.add(org.licensedesk.domain.DocumentType.valueOf(rows.getString(1)));
                    }
                }
            }
            return types;
        });
    }
}
