package org.licensedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.store.Database;
import org.licensedesk.testing.TestDatabases;

/** V3 adds the incomplete flag: existing applications come out not flagged. */
class IntakeMigrationTest {
    @TempDir
    Path folder;

    @Test
    void databaseAtVersionTwoKeepsItsApplicationsUnflagged() throws Exception {
        TestDatabases.atVersionWithOneApplication(folder.resolve("v2"), "2", "Bavaria Magnet Works AG", "DE");

        try (Database database = Database.open(folder.resolve("v2"))) {
            boolean flagged = database.withConnection(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery(
                             "SELECT incomplete FROM licence_application WHERE reference = 'EXP-2025-000001'")) {
                    row.next();
                    return row.getBoolean(1);
                }
            });
            assertThat(flagged).isFalse();
        }
    }
}
