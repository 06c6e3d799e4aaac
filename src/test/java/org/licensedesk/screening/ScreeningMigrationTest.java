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
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ScreenedParty;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.ScreeningRepository;

/** V6 adds the screening tables to a database at V5: its applications can be screened, at threshold 85. */
class ScreeningMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void databaseAtVersionThreeGetsScreeningWithTheDefaultThreshold() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("v3").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("5").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO app_user (username, display_name, role) "
                    + "VALUES ('li.na', 'Li Na', 'REVIEWER')");
            statement.executeUpdate("INSERT INTO applicant (id, uscc, name, name_local, address, contact_name, "
                    + "contact_phone, contact_email) VALUES (1, '91360702MA39R4KT2R', 'Ganzhou Hongtai', '赣州鸿泰', "
                    + "'Ganzhou', 'Zhong Liping', '+86 797 835 2618', 'export@hongtai-re.example.cn')");
            statement.executeUpdate("INSERT INTO licence_application (reference, applicant_id, received_on, "
                    + "licence_type, end_use, contract_number, contract_date, status, applicant_name, end_user_name, "
                    + "end_user_country, elements, highest_control_code, total_kg, total_value_usd) VALUES "
                    + "('EXP-2025-000001', 1, DATE '2025-06-02', 'SINGLE', 'Magnets', 'C-1', DATE '2025-05-20', "
                    + "'SUBMITTED', 'Ganzhou Hongtai', 'Rosneft Trade Ltd', 'CY', 'Dy', '1C905.b', 500, 156250)");
            statement.executeUpdate("INSERT INTO party (application_id, role, name, country, address) "
                    + "SELECT id, 'END_USER', 'Rosneft Trade Ltd', 'CY', 'Nicosia' FROM licence_application");
        }

        try (Database database = Database.open(folder.resolve("v3"))) {
            ScreeningRepository repository = new ScreeningRepository(database);
            ScreeningService screening = new ScreeningService(database, repository,
                    new AuditTrail(database, new AuditRepository(database), CLOCK));
            assertThat(repository.threshold()).isEqualTo(85);
            assertThat(repository.entryCounts()).isEmpty();

            screening.importList(ListFormat.CSL, List.of(ScreeningSamples.cslCurrent()),
                    new User("li.na", "Li Na", UserRole.REVIEWER, true));

            assertThat(screening.hits("EXP-2025-000001")).singleElement()
                    .satisfies(hit -> assertThat(hit.party()).isEqualTo(ScreenedParty.END_USER));
        }
    }
}
