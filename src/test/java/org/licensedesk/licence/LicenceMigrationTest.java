package org.licensedesk.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.PartyRole;
import org.licensedesk.domain.QuantityUnit;
import org.licensedesk.domain.licence.Licence;
import org.licensedesk.domain.licence.LicenceStatus;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.LicenceRepository;
import org.licensedesk.store.UserRepository;
import org.licensedesk.testing.TestDatabases;

/** V70 gives an approval made before licences were kept its licence record, from the application as approved. */
class LicenceMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-01T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void anApprovalAtVersionTwelveGetsItsLicenceRecord() throws Exception {
        String url = TestDatabases.atVersionWithOneApplication(folder.resolve("v12"), "12", "Bavaria Magnet Works AG",
                "DE");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO control_list_entry (code, heading, sub_item, element_symbol, "
                    + "element_name, description, announcement, in_force_from) VALUES ('1C905.b', '1C905', 'b', 'Dy', "
                    + "'Dysprosium', 'Dysprosium oxide', 'MOFCOM 2025/18', DATE '2025-04-04')");
            statement.executeUpdate("INSERT INTO item (application_id, line_no, control_code, element_symbol, form, "
                    + "description, quantity, unit, unit_price_usd) VALUES (1, 1, '1C905.b', 'Dy', 'OXIDE', "
                    + "'Dysprosium oxide', 500.000, 'KG', 312.50)");
            statement.executeUpdate("INSERT INTO party (application_id, role, name, country, address) VALUES "
                    + "(1, 'END_USER', 'Bavaria Magnet Works AG', 'DE', 'Landshut')");
            statement.executeUpdate("UPDATE licence_application SET status = 'APPROVED', port_of_export = 'Tianjin', "
                    + "licence_number = 'LD-2025-000001', licence_valid_from = DATE '2025-07-01', "
                    + "licence_valid_until = DATE '2026-06-30' WHERE reference = 'EXP-2025-000001'");
        }

        try (Database database = Database.open(folder.resolve("v12"))) {
            AuditRepository audit = new AuditRepository(database);
            LicenceService licences = new LicenceService(database, new LicenceRepository(),
                    new UserRepository(database), audit, new AuditTrail(database, audit, CLOCK), CLOCK);
            Licence licence = licences.licenceOf("EXP-2025-000001").orElseThrow();

            assertThat(licence.number()).isEqualTo("LD-2025-000001");
            assertThat(licence.type()).isEqualTo(LicenceType.SINGLE);
            assertThat(licence.holderName()).isEqualTo("Ganzhou Hongtai");
            assertThat(licence.contactEmail()).isEqualTo("export@hongtai-re.example.cn");
            assertThat(licence.portOfExport()).isEqualTo("Tianjin");
            assertThat(licence.status(licences.today())).isEqualTo(LicenceStatus.ACTIVE);
            assertThat(licence.items()).singleElement().satisfies(item -> {
                assertThat(item.quantity()).isEqualByComparingTo("500");
                assertThat(item.unit()).isEqualTo(QuantityUnit.KG);
                assertThat(item.shipped()).isEqualByComparingTo("0");
            });
            assertThat(licence.party(PartyRole.END_USER).orElseThrow().name()).isEqualTo("Bavaria Magnet Works AG");
        }
    }
}
