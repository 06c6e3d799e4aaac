package org.licensedesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.mvstore.MVStore;

/**
 * Bulk writing on an H2 file this process holds alone: H2 may reuse free space, and its background thread stores
 * changes every {@value #BULK_STORE_DELAY_MS} ms instead of every 500 ms. Measured on {@code generate 5000} (a
 * 10,000-application transaction): with chunks only at the file's end and the default delay, each background store
 * wrote every page the open transaction had touched again at the end of the file (a generate of 100,000 grew its
 * file to 7.5 GB before the compaction at close brought it to 754 MB), and generating took about twice as long
 * (docs/benchmarks.md, "Generating 1,000,000"). Both are restored when the stretch ends; until then a killed process
 * may lose its latest commits, which generated data can afford (the command is run again) and a reviewer's action
 * cannot: the desk's own writes never run under it.
 */
final class H2BulkWriting {
    /** How often H2's background thread stores changes during bulk writing: once a minute. */
    static final int BULK_STORE_DELAY_MS = 60_000;

    private H2BulkWriting() {
    }

    static BulkWriting begin(Connection connection) throws SQLException {
        MVStore store = H2WriteThrough.localStore(connection);
        if (store == null || store.isClosed() || store.isReadOnly() || othersConnected(connection)) {
            return BulkWriting.UNCHANGED;
        }
        boolean reusedBefore = store.isSpaceReused();
        int delayBefore = store.getAutoCommitDelay();
        store.setReuseSpace(true);
        store.setAutoCommitDelay(BULK_STORE_DELAY_MS);
        return () -> {
            if (!store.isClosed()) {
                store.setAutoCommitDelay(delayBefore);
                store.setReuseSpace(reusedBefore);
                // The next chunk goes to the file's end again, with a header that finds it.
                store.commit();
            }
        };
    }

    /** Whether another process reaches this file through our AUTO_SERVER: its commits keep the desk's settings. */
    private static boolean othersConnected(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet others = query.executeQuery(
                     "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS NOT NULL")) {
            others.next();
            return others.getLong(1) > 0;
        }
    }
}
