package org.licensedesk.store;

import java.sql.Connection;

/** For tests that drive two transactions by hand on connections they hold, such as a lock-wait test. */
public final class TestTransactions {
    private TestTransactions() {
    }

    public static Transaction on(Connection connection, Database database) {
        return new Transaction(connection, database);
    }
}
