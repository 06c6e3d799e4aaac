package org.licensedesk.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import org.licensedesk.domain.appeal.Appeal;
import org.licensedesk.domain.appeal.AppealOutcome;

/** Appeals against denials, and the one change an appeal makes to its application: back to review. */
public final class AppealRepository {

    public long insert(Transaction transaction, String reference, LocalDate receivedOn) {
        return transaction.sql(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO appeal (application_ref, "
                    + "received_on, status) VALUES (?, ?, 'OPEN')", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, reference);
                insert.setDate(2, Date.valueOf(receivedOn));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** The application's latest appeal, open or decided. */
    public Optional<Appeal> latest(Transaction transaction, String reference) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, application_ref, received_on, "
                    + "status, reviewer, recommendation, decided_by, version FROM appeal WHERE application_ref = ? "
                    + "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
                query.setString(1, reference);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    String recommendation = row.getString(6);
                    return Optional.of(new Appeal(row.getLong(1), row.getString(2), row.getDate(3).toLocalDate(),
                            row.getString(4), row.getString(5),
                            recommendation == null ? null : AppealOutcome.valueOf(recommendation), row.getString(7),
                            row.getLong(8)));
                }
            }
        });
    }

    /** Records the review if the appeal is still at {@code version}; false when someone got there first. */
    public boolean review(Transaction transaction, Appeal appeal, String reviewer, AppealOutcome recommendation) {
        return update(transaction, "UPDATE appeal SET reviewer = ?, recommendation = ?, version = version + 1 "
                + "WHERE id = ? AND version = ? AND status = 'OPEN'", reviewer, recommendation.name(), appeal);
    }

    /** Records the decision if the appeal is still at {@code version}; false when someone got there first. */
    public boolean decide(Transaction transaction, Appeal appeal, String supervisor, AppealOutcome outcome) {
        return update(transaction, "UPDATE appeal SET decided_by = ?, status = ?, version = version + 1 "
                + "WHERE id = ? AND version = ? AND status = 'OPEN'", supervisor, outcome.name(), appeal);
    }

    private boolean update(Transaction transaction, String sql, String who, String value, Appeal appeal) {
        return transaction.sql(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, who);
                update.setString(2, value);
                update.setLong(3, appeal.id());
                update.setLong(4, appeal.version());
                return update.executeUpdate() == 1;
            }
        });
    }

    /**
     * Sends a denied application back for a new decision: UNDER_REVIEW with the appeal's reviewer as assignee, its
     * recommendation and decision cleared.
     *
     * @return false when the application is no longer DENIED (nothing written)
     */
    public boolean sendBack(Transaction transaction, String reference, String assignee, String changedBy,
                            String changedAt) {
        return transaction.sql(connection -> {
            String former = WorkflowStateRepository.assignee(connection, reference);
            try (PreparedStatement update = connection.prepareStatement("UPDATE licence_application SET "
                    + "status = 'UNDER_REVIEW', assignee = ?, recommended_by = NULL, recommendation = NULL, "
                    + "decided_at = NULL, decided_within_deadline = NULL, last_changed_by = ?, last_changed_at = ?, "
                    + "version = version + 1 WHERE reference = ? AND status = 'DENIED'")) {
                update.setString(1, assignee);
                update.setString(2, changedBy);
                update.setString(3, changedAt);
                update.setString(4, reference);
                if (update.executeUpdate() != 1) {
                    return false;
                }
            }
            QueueWordIndex.assigneeChanged(connection, reference, former, assignee); // found by its new assignee
            HistoryFactIndex.rewriteStatus(connection, reference, "UNDER_REVIEW");
            return true;
        });
    }
}
