package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.testing.TestDatabases;

/**
 * V58 adds the application facts of audit entries; a database's older entries get theirs from a fill that runs apart
 * from opening, and until it is done the history filters join the applications, with the same answer.
 */
class HistoryFactMigrationTest {
    @TempDir
    Path folder;

    @Test
    void entriesWrittenBeforeVersionFiftyEightAreFilteredByJoiningUntilTheirFactsAreFilled() throws Exception {
        String url = TestDatabases.atVersionWithOneApplication(folder.resolve("v57"), "57", "Bavaria Magnet Works AG",
                "DE");
        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO app_user (username, display_name, role) "
                    + "VALUES ('li.na', 'Li Na', 'REVIEWER')");
            for (int seq = 1; seq <= 2; seq++) {
                statement.executeUpdate("INSERT INTO audit_entry (seq, at, application_ref, action, actor, "
                        + "actor_role, note, details, prev_hash, hash) VALUES (" + seq + ", '2025-06-0" + (2 + seq)
                        + "T08:00:00.000Z', 'EXP-2025-000001', 'NOTE_ADDED', 'li.na', 'REVIEWER', 'Checked.', '{}', '"
                        + "0".repeat(64) + "', '" + "0".repeat(64) + "')");
            }
            statement.executeUpdate("UPDATE audit_head SET seq = 2 WHERE id = 1");
        }

        try (Database database = Database.open(folder.resolve("v57"))) {
            HistoryFactIndex facts = new HistoryFactIndex(database);
            assertThat(facts.pending()).as("the entries from before V58").isEqualTo(2);
            assertThat(factCount(database)).as("opening does not wait for the fill").isZero();
            HistoryRepository history = new HistoryRepository(database, ZoneOffset.UTC);
            HistoryFilter germany = new HistoryFilter(null, null, null, null, null, null, null, "DE", "hongtai", null,
                    null);
            HistoryFilter japan = new HistoryFilter(null, null, null, null, null, null, null, "JP", null, null, null);
            assertThat(seqs(history, germany)).as("joined meanwhile").containsExactly(2L, 1L);
            assertThat(seqs(history, japan)).isEmpty();

            assertThat(facts.fillMissing()).isEqualTo(2);
            assertThat(facts.pending()).isZero();
            assertThat(factCount(database)).as("status, country, applicant and action with status of each")
                    .isEqualTo(8);
            assertThat(facts.actionPending()).as("V64's fill finds them written by V58's").isEqualTo(2);
            assertThat(facts.fillActionFacts(() -> false, filled -> { })).isEqualTo(2);
            assertThat(factCount(database)).as("not written twice").isEqualTo(8);
            assertThat(seqs(history, germany)).containsExactly(2L, 1L);
            assertThat(seqs(history, japan)).isEmpty();
            assertThat(facts.fillMissing()).as("nothing left the second time").isZero();
        }
    }

    private static List<Long> seqs(HistoryRepository history, HistoryFilter filter) {
        return history.page(filter, HistorySort.NEWEST_FIRST, Long.MAX_VALUE, Long.MAX_VALUE, 10).stream()
                .map(AuditEntry::seq).toList();
    }

    private static long factCount(Database database) {
        return database.withConnection(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM history_fact")) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
