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
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.ScreeningRepository;
import org.licensedesk.testing.TestDatabases;

/**
 * V7 gives the hits of a database at V6 their listed entry's key (the list's own id, or source, list and name
 * once the entry is gone), so dispositions can be recorded on them and outlive the next reload.
 */
class DispositionMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void hitsStoredAtVersionSixGetTheirEntryKeys() throws Exception {
        String url = TestDatabases.atVersionWithOneApplication(folder.resolve("v6"), "6", "Rosneft Trade Ltd", "CY");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO screening_entry (id, source, list_name, entity_id, name) VALUES "
                    + "(5, 'CSL', 'Sectoral Sanctions Identifications List (SSI)', '18300', 'ROSNEFT TRADE LIMITED')");
            statement.executeUpdate("INSERT INTO screening_hit (application_id, party_role, party_name, entry_id, "
                    + "source, listed_name, list_name, score, screened_at) SELECT id, 'END_USER', 'Rosneft Trade Ltd', "
                    + "5, 'CSL', 'ROSNEFT TRADE LIMITED', 'Sectoral Sanctions Identifications List (SSI)', 100, "
                    + "'2026-03-01T02:00:00.000Z' FROM licence_application");
            statement.executeUpdate("INSERT INTO screening_hit (application_id, party_role, party_name, entry_id, "
                    + "source, listed_name, list_name, score, screened_at) SELECT id, 'APPLICANT', 'Ganzhou Hongtai', "
                    + "NULL, 'OFAC_SDN', 'GANZHOU HONG TAI', 'SDN List', 88, '2026-03-01T02:00:00.000Z' "
                    + "FROM licence_application");
        }

        try (Database database = Database.open(folder.resolve("v6"))) {
            ScreeningService screening = new ScreeningService(database, new ScreeningRepository(database),
                    new AuditTrail(database, new AuditRepository(database), CLOCK), TestDatabases.officials(database));

            assertThat(screening.hits("EXP-2025-000001")).extracting(ScreeningHit::entryKey)
                    .containsExactly("OFAC_SDN|SDN List|GANZHOU HONG TAI", "CSL|18300");
            assertThat(screening.hits("EXP-2025-000001")).noneMatch(ScreeningHit::isDisposed);
            assertThat(screening.flaggedReferences()).containsExactly("EXP-2025-000001");
        }
    }
}
