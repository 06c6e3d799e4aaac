package org.licensedesk.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.licensedesk.domain.DeadlineClock;

/**
 * The five columns every deadline is counted from, read in one place so that each listing counts a stop of
 * Regulations Art. 17(2)/(3) exactly like a request for information, and lifts the limit for a watch-list party
 * (Art. 26) alike.
 */
final class DeadlineClockColumns {
    /** How many columns {@link #COLUMNS} names: a column selected after them is at {@code first + COUNT}. */
    static final int COUNT = 5;

    /** Select them in this order. */
    static final String COLUMNS = "received_on, stopped_working_days, clock_stopped_on, clock_stop_reason, watch_listed";

    private DeadlineClockColumns() {
    }

    /** The clock from {@link #COLUMNS}, starting at column {@code first}. */
    static DeadlineClock read(ResultSet row, int first) throws SQLException {
        Date stoppedOn = row.getDate(first + 2);
        return new DeadlineClock(row.getDate(first).toLocalDate(), row.getInt(first + 1),
                stoppedOn == null ? null : stoppedOn.toLocalDate(),
                WorkflowStateRepository.clockStop(row.getString(first + 3)), row.getBoolean(first + 4));
    }
}
