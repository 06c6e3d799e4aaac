package org.licensedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.store.Database;

/** V3 adds the incomplete flag: existing applications come out not flagged. */
class IntakeMigrationTest {
    @TempDir
    Path folder;

    @Test
    void databaseAtVersionTwoKeepsItsApplicationsUnflagged() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("v2").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("2").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO applicant (id, uscc, name, name_local, address, contact_name, "
                    + "contact_phone, contact_email) VALUES (1, '91360702MA39R4KT2R', 'Ganzhou Hongtai', '赣州鸿泰', "
                    + "'Ganzhou', 'Zhong Liping', '+86 797 835 2618', 'export@hongtai-re.example.cn')");
            statement.executeUpdate("INSERT INTO licence_application (reference, applicant_id, received_on, "
                    + "licence_type, end_use, contract_number, contract_date, status, applicant_name, end_user_name, "
                    + "end_user_country, elements, highest_control_code, total_kg, total_value_usd) VALUES "
                    + "('EXP-2025-000001', 1, DATE '2025-06-02', 'SINGLE', 'Magnets', 'C-1', DATE '2025-05-20', "
                    + "'SUBMITTED', 'Ganzhou Hongtai', 'Bavaria Magnet Works AG', 'DE', 'Dy', '1C905.b', 500, 156250)");
        }

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
