package org.licensedesk.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** The bureau's workflow settings (migration V61): the value above which a decision needs a second countersignature. */
public final class WorkflowSettingRepository {
    private static final String COUNTERSIGN_THRESHOLD = "countersign_value_threshold_usd";

    /** US dollars; the migration stores the desk's former constant, so a missing row means a damaged store. */
    public BigDecimal countersignThresholdUsd(Transaction transaction) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT setting_value FROM workflow_setting WHERE name = ?")) {
                query.setString(1, COUNTERSIGN_THRESHOLD);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw new StoreException("The database has no countersignature threshold (table "
                                + "workflow_setting): it was changed outside LicenseDesk. Restore it from a backup.");
                    }
                    return new BigDecimal(row.getString(1).strip());
                }
            }
        });
    }

    public void setCountersignThresholdUsd(Transaction transaction, BigDecimal thresholdUsd) {
        transaction.sql(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE workflow_setting SET setting_value = ? WHERE name = ?")) {
                update.setString(1, thresholdUsd.toPlainString());
                update.setString(2, COUNTERSIGN_THRESHOLD);
                if (update.executeUpdate() != 1) {
                    throw new StoreException("The database has no countersignature threshold to change (table "
                            + "workflow_setting): it was changed outside LicenseDesk. Restore it from a backup.");
                }
            }
            return null;
        });
    }
}
