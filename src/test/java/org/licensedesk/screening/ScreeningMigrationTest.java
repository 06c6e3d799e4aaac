package org.licensedesk.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.TestDatabases;
import org.licensedesk.store.ScreeningRepository;

/** V6 adds the screening tables to a database at V5: its applications can be screened, at threshold 85. */
class ScreeningMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void databaseAtVersionFiveGetsScreeningWithTheDefaultThreshold() throws Exception {
        String url = TestDatabases.atVersionWithOneApplication(folder.resolve("v5"), "5", "Rosneft Trade Ltd", "CY");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO app_user (username, display_name, role) "
                    + "VALUES ('zhao.lei', 'Zhao Lei', 'SUPERVISOR')");
            statement.executeUpdate("INSERT INTO party (application_id, role, name, country, address) "
                    + "SELECT id, 'END_USER', 'Rosneft Trade Ltd', 'CY', 'Nicosia' FROM licence_application");
        }

        try (Database database = Database.open(folder.resolve("v5"))) {
            ScreeningRepository repository = new ScreeningRepository(database);
            ScreeningService screening = new ScreeningService(database, repository,
                    new AuditTrail(database, new AuditRepository(database), CLOCK), TestDatabases.officials(database));
            assertThat(repository.threshold()).isEqualTo(85);
            assertThat(repository.entryCounts()).isEmpty();

            screening.importList(ListFormat.CSL, List.of(ScreeningSamples.cslCurrent()),
                    new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true));

            assertThat(screening.hits("EXP-2025-000001")).singleElement()
                    .satisfies(hit -> assertThat(hit.party()).isEqualTo(ScreenedParty.END_USER));
        }
    }
}
