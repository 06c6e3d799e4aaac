package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wait after each commit on an H2 file (the crash defect, README "Faults we test"): in the process that holds the
 * file it needs no SQL; a session that reaches the file through AUTO_SERVER has the serving process wait, through the
 * Java function it makes on first use. That the wait closes the race is CrashFaultTest's to show (real SIGKILLs).
 */
class H2WriteThroughTest {
    @TempDir
    Path folder;

    @Test
    void theProcessHoldingTheFileWaitsWithoutAFunction() throws SQLException {
        try (Database database = Database.open(folder.resolve("desk"))) {
            database.inTransaction(connection -> {
                try (Statement insert = connection.createStatement()) {
                    return insert.executeUpdate("CREATE TABLE probe (n INT)");
                }
            });
            database.withConnection(connection -> {
                H2WriteThrough.afterCommit(connection);
                assertThat(functions(connection)).isZero();
                return null;
            });
        }
    }

    @Test
    void aSessionThroughTheAutomaticServerHasTheServingProcessWait() throws Exception {
        Path base = folder.resolve("desk");
        try (Database database = Database.open(base)) {
            database.withConnection(connection -> connection.isValid(1));
            try (Connection remote = AutomaticServerClient.connect(base)) {
                try (Statement create = remote.createStatement()) {
                    create.execute("CREATE TABLE probe (n INT)");
                    create.execute("INSERT INTO probe VALUES (1)");
                }
                H2WriteThrough.afterCommit(remote); // first use: makes the function, then calls it
                assertThat(functions(remote)).isOne();
                H2WriteThrough.afterCommit(remote); // and calls it
                assertThat(functions(remote)).isOne();
            }
        }
    }

    @Test
    void theFunctionRefusesAConnectionWhoseStoreIsElsewhere() throws Exception {
        Path base = folder.resolve("desk");
        try (Database database = Database.open(base)) {
            database.withConnection(connection -> connection.isValid(1));
            try (Connection remote = AutomaticServerClient.connect(base)) {
                assertThatThrownBy(() -> H2WriteThrough.waitForFile(remote)).isInstanceOf(SQLException.class)
                        .hasMessageContaining("not in this process");
            }
        }
    }

    private static int functions(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet count = query.executeQuery("SELECT COUNT(*) FROM information_schema.routines"
                     + " WHERE routine_name = '" + H2WriteThrough.FUNCTION + "'")) {
            count.next();
            return count.getInt(1);
        }
    }
}
