package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate}'s compaction writes the file in fewer, larger chunks than H2's {@code SHUTDOWN COMPACT}, which the
 * desk's launch reads one by one when it opens the file, and keeps every row.
 */
class H2LargeChunkCompactionTest {
    private static final int ROWS = 120_000;

    @TempDir
    Path folder;

    @Test
    void theDeskCompactsIntoFewerChunksThanH2AndKeepsEveryRow() throws Exception {
        Path ours = folder.resolve("ours");
        Path h2s = folder.resolve("h2s");
        fill(ours);
        fill(h2s);

        assertThat(Database.open(ours).closeAndCompact()).isTrue();
        Database theirs = Database.open(h2s);
        theirs.close();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + h2s, "sa",
                DatabasePassword.readOrCreate(h2s).value());
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }

        int ourChunks = chunks(ours);
        int h2Chunks = chunks(h2s);
        assertThat(h2Chunks).as("H2's compaction of the test data").isGreaterThan(2);
        assertThat(ourChunks).as("chunks after the desk's compaction, H2's: " + h2Chunks).isLessThan(h2Chunks);
        try (Database reopened = Database.open(ours)) {
            long[] countAndSum = reopened.withConnection(connection -> {
                try (Statement query = connection.createStatement();
                     ResultSet rows = query.executeQuery("SELECT COUNT(*), SUM(id) FROM bulk_probe")) {
                    rows.next();
                    return new long[] {rows.getLong(1), rows.getLong(2)};
                }
            });
            assertThat(countAndSum).containsExactly(ROWS, (long) ROWS * (ROWS + 1) / 2);
        }
    }

    /** Another connection to the file (here a second store on it, as a window beside a command) keeps it as it is. */
    @Test
    void aFileSomeoneElseHasOpenIsNotCompacted() throws Exception {
        Path desk = folder.resolve("shared");
        try (Database window = Database.open(desk)) {
            Database command = Database.open(desk);
            long before = java.nio.file.Files.getLastModifiedTime(Database.dataFile(desk)).toMillis();

            assertThat(command.closeAndCompact()).isFalse();

            assertThat(java.nio.file.Files.getLastModifiedTime(Database.dataFile(desk)).toMillis()).isEqualTo(before);
            boolean stillOpen = window.withConnection(connection -> connection.isValid(5));
            assertThat(stillOpen).as("the other store's connection").isTrue();
        }
    }

    /** Enough rows for H2's 19 MB chunks to make several of them. */
    private static void fill(Path base) {
        try (Database database = Database.open(base)) {
            database.withConnection(connection -> {
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("CREATE TABLE bulk_probe (id BIGINT PRIMARY KEY, text VARCHAR(300))");
                }
                return null;
            });
            database.inTransaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bulk_probe VALUES (?, ?)")) {
                    for (int id = 1; id <= ROWS; id++) {
                        insert.setLong(1, id);
                        insert.setString(2, "row " + id + " " + "x".repeat(200 + id % 50));
                        insert.addBatch();
                        if (id % 5_000 == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                return null;
            });
        }
    }

    private static int chunks(Path base) {
        try (MVStore store = new MVStore.Builder().fileName(Database.dataFile(base).toString()).readOnly().open()) {
            return (int) store.getLayoutMap().keySet().stream().filter(key -> key.startsWith("chunk.")).count();
        }
    }
}
