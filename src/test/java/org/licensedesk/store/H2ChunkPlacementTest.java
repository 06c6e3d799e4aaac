package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SIGKILL right after each reported commit, without killing anything: after each commit the H2 file is copied as it
 * is at that moment (under the store's lock, so no chunk is half written) and the copy is opened, which runs H2's
 * recovery as a process opening a killed file does. H2 2.5.252 reusing free space lost such commits: the first ones
 * after the file was opened (CrashFaultTest met it about once in 80 SIGKILLs) and now and then later ones, always a
 * chunk written into free space in the middle of the file behind a store header that names the chunk before it
 * (README "Faults we test", docs/decisions/0011). With {@link H2Settings#CHUNKS_AT_THE_END} none is lost, and the
 * space is given back when the file closes.
 */
class H2ChunkPlacementTest {
    private static final int SESSIONS = 8;
    private static final int ACTIONS_PER_SESSION = 6;
    private static final String PAYLOAD = "x".repeat(300);

    @TempDir
    Path folder;

    @Test
    void everyCommitReportedDoneIsInTheFileAKillWouldLeave() throws Exception {
        Path base = folder.resolve("desk");
        int last;
        try (Database database = Database.open(base)) {
            last = fill(database);
        }
        long filled = Files.size(Database.dataFile(base));
        List<String> lost = new ArrayList<>();
        int copies = 0;
        for (int session = 1; session <= SESSIONS; session++) {
            try (Database database = Database.open(base)) {
                for (int action = 1; action <= ACTIONS_PER_SESSION; action++) {
                    int id = ++last;
                    int seed = session * 100 + action;
                    database.inTransaction(connection -> act(connection, id, seed));
                    int found = recoveredHead(database, base, ++copies);
                    if (found != id) {
                        lost.add("session " + session + ", action " + action + ": row " + id + " reported, the copy "
                                + "ends at " + found);
                    }
                }
            }
        }
        assertThat(lost).as("commits reported done and missing from the file a kill would have left").isEmpty();
        // Writing only at the end takes space while the file is open; the compaction at close gives it back.
        assertThat(Files.size(Database.dataFile(base))).as("the file after %d sessions", SESSIONS)
                .isLessThan(filled * 2);
    }

    /** A table with enough rows, written in many small commits, that later commits leave dead chunks behind. */
    private static int fill(Database database) {
        database.withConnection(connection -> {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE placement_probe(id INT PRIMARY KEY, payload VARCHAR(400), n INT)");
                ddl.execute("CREATE INDEX placement_probe_n ON placement_probe(n)");
            }
            return null;
        });
        int rows = 2_000;
        for (int from = 1; from <= rows; from += 100) {
            int first = from;
            database.inTransaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO placement_probe VALUES (?, ?, ?)")) {
                    for (int id = first; id < first + 100; id++) {
                        insert.setInt(1, id);
                        insert.setString(2, PAYLOAD);
                        insert.setInt(3, id % 97);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            });
        }
        return rows;
    }

    /** One "action": a few updates spread over the table and one new row, whose id says the action was done. */
    private static Void act(Connection connection, int id, int seed) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE placement_probe SET payload = ?, n = ? WHERE id = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO placement_probe VALUES (?, ?, ?)")) {
            for (int u = 0; u < 5; u++) {
                update.setString(1, PAYLOAD + seed);
                update.setInt(2, (seed + u) % 97);
                update.setInt(3, 1 + (int) ((seed * 7_919L + u * 104_729L) % (id - 1)));
                update.executeUpdate();
            }
            insert.setInt(1, id);
            insert.setString(2, PAYLOAD);
            insert.setInt(3, id % 97);
            insert.executeUpdate();
        }
        return null;
    }

    /** Copies the file as a kill now would leave it and opens the copy: the newest row H2's recovery finds. */
    private static int recoveredHead(Database database, Path base, int copy) throws SQLException {
        Path killed = base.resolveSibling("killed-" + copy);
        database.withConnection(connection -> {
            MVStore store = H2WriteThrough.localStore(connection);
            assertThat(store).as("the test's process holds the file").isNotNull();
            store.executeFilestoreOperation(() -> {
                try {
                    Files.copy(Database.dataFile(base), Database.dataFile(killed));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return null;
        });
        String password = DatabasePassword.readOrCreate(base).value();
        try (Connection copyConnection = DriverManager.getConnection("jdbc:h2:file:" + killed
                + ";ACCESS_MODE_DATA=r", "sa", password);
             Statement query = copyConnection.createStatement();
             ResultSet head = query.executeQuery("SELECT MAX(id) FROM placement_probe")) {
            head.next();
            return head.getInt(1);
        } finally {
            try {
                Files.deleteIfExists(Database.dataFile(killed));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
