package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.testing.TestDatabases;

/**
 * regime's V52 (clock stop reason) and V53 (military declaration) were merged after licences' V70-V73: a database
 * main migrated to V73 before the merge takes them on its next open, and keeps its applications.
 */
class RegimeMigrationTest {
    @TempDir
    Path folder;

    /**
     * A database main migrated to V73 back then had V10's and V11's indexes, not V67's (which names the columns these
     * tests drop, and was written later): V67 is taken out of order on the next open too.
     */
    private static void asBeforeV67(Statement statement) throws Exception {
        statement.executeUpdate("DROP INDEX licence_application_open_ix");
        statement.executeUpdate("DROP INDEX licence_application_denials_ix");
        statement.executeUpdate("CREATE INDEX licence_application_denials_ix ON licence_application "
                + "(status, decided_at, applicant_id)");
        statement.executeUpdate("CREATE INDEX licence_application_team_open_ix ON licence_application "
                + "(status, assignee, received_on, stopped_working_days, clock_stopped_on)");
        statement.executeUpdate("CREATE INDEX licence_application_clock_ix ON licence_application "
                + "(status, received_on, stopped_working_days, clock_stopped_on)");
        statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '67'");
    }

    @Test
    void aDatabaseAtV73WithoutV52AndV53TakesThemOutOfOrder() throws Exception {
        Path file = folder.resolve("licensedesk");
        String url = TestDatabases.atVersionWithOneApplication(file, "73", "Bavaria Magnet Works AG", "DE");
        // As main left it before regime's migrations were merged: no columns, no history rows.
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            asBeforeV67(statement);
            statement.executeUpdate("ALTER TABLE licence_application DROP COLUMN clock_stop_reason");
            statement.executeUpdate("ALTER TABLE licence_application DROP COLUMN military_declared");
            statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('52', '53')");
        }

        try (Database database = Database.open(file)) {
            WorkflowState state = new WorkflowStateRepository(database).find("EXP-2025-000001").orElseThrow();
            assertThat(state.clockStop()).isNull();
            boolean military = database.withConnection(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery("SELECT military_declared FROM licence_application")) {
                    row.next();
                    return row.getBoolean(1);
                }
            });
            assertThat(military).as("older applications declared nothing").isFalse();
            long applied = database.withConnection(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" "
                             + "WHERE \"version\" IN ('52', '53') AND \"success\"")) {
                    row.next();
                    return row.getLong(1);
                }
            });
            assertThat(applied).isEqualTo(2);
        }
    }

    @Test
    void aDatabaseAtV73TakesV54AndV55AndAConfirmedWatchListMatchLiftsTheLimit() throws Exception {
        Path file = folder.resolve("watch");
        String url = TestDatabases.atVersionWithOneApplication(file, "73", "SUBARU Corporation", "JP");
        // As main left it before V54/V55: a watch-list hit already confirmed as a true match.
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            asBeforeV67(statement);
            statement.executeUpdate("ALTER TABLE licence_application DROP COLUMN watch_listed");
            statement.executeUpdate("DROP TABLE permitted_party");
            statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('54', '55')");
            statement.executeUpdate("INSERT INTO app_user (username, display_name, role) "
                    + "VALUES ('li.na', 'Li Na', 'REVIEWER')");
            statement.executeUpdate("INSERT INTO screening_hit (application_id, party_role, party_name, source, "
                    + "listed_name, list_name, score, screened_at, entry_key) SELECT id, 'END_USER', "
                    + "'SUBARU Corporation', 'MOFCOM', 'SUBARU Corporation', 'MOFCOM Watch List', 100, "
                    + "'2026-03-01T00:00:00.000Z', 'MOFCOM|WATCH|SUBARU' FROM licence_application");
            statement.executeUpdate("INSERT INTO screening_disposition (application_id, party_role, entry_key, "
                    + "disposition, note, disposed_by, disposed_at) SELECT id, 'END_USER', 'MOFCOM|WATCH|SUBARU', "
                    + "'TRUE_MATCH', 'Same entity.', 'li.na', '2026-03-01T00:00:00.000Z' FROM licence_application");
        }

        try (Database database = Database.open(file)) {
            boolean watchListed = database.withConnection(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery("SELECT watch_listed FROM licence_application")) {
                    row.next();
                    return row.getBoolean(1);
                }
            });
            assertThat(watchListed).as("V54 sets it from the confirmed hit").isTrue();
            assertThat(new ApplicationRepository(database).deadlineClock("EXP-2025-000001").orElseThrow()
                    .watchListed()).isTrue();
            long permitted = database.withConnection(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM permitted_party")) {
                    row.next();
                    return row.getLong(1);
                }
            });
            assertThat(permitted).as("V55 made the table; older applications name no further parties").isZero();
        }
    }
}
