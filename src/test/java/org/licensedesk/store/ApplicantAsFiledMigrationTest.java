package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.Applicant;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.Contact;
import org.licensedesk.domain.LicenceApplication;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.TestDatabases;

/**
 * V20 keeps each application's applicant as its own file gave it: an application filed later by the same applicant
 * (same USCC) with a new address or contact was read back with the first application's. A database already at the
 * later versions (V73) still gets V20, out of version order, and its applications keep what they showed.
 */
class ApplicantAsFiledMigrationTest {
    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

    @TempDir
    Path folder;

    @Test
    void aDatabaseAtALaterVersionGetsVersionTwentyAndKeepsWhatItsApplicationsShowed() throws Exception {
        Path file = folder.resolve("without-v20");
        String url = "jdbc:h2:file:" + file.toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + everyMigrationButV20())
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO applicant (id, uscc, name, name_local, address, contact_name, "
                    + "contact_phone, contact_email) VALUES (1, '91360702MA39R4KT2R', 'Ganzhou Hongtai', '赣州鸿泰', "
                    + "'Ganzhou', 'Zhong Liping', '+86 797 835 2618', 'export@hongtai-re.example.cn')");
            statement.executeUpdate("INSERT INTO licence_application (id, reference, applicant_id, received_on, "
                    + "licence_type, end_use, contract_number, contract_date, status, applicant_name, end_user_name, "
                    + "end_user_country, elements, highest_control_code, total_kg, total_value_usd) VALUES "
                    + "(1, 'EXP-2025-000001', 1, DATE '2025-06-02', 'SINGLE', 'Magnets', 'C-1', DATE '2025-05-20', "
                    + "'SUBMITTED', 'Ganzhou Hongtai', 'Bavaria Magnet Works AG', 'DE', 'Dy', '1C905.b', 500, 156250)");
            statement.executeUpdate("INSERT INTO party (application_id, role, name, country, address) VALUES "
                    + "(1, 'CONSIGNEE', 'Hanseatic Metals GmbH', 'DE', 'Hamburg'), "
                    + "(1, 'END_USER', 'Bavaria Magnet Works AG', 'DE', 'Landshut')");
        }

        try (Database database = Database.open(file)) {
            LicenceApplication before = new ApplicationRepository(database).find("EXP-2025-000001").orElseThrow();
            assertThat(before.applicant()).isEqualTo(new Applicant("91360702MA39R4KT2R", "Ganzhou Hongtai",
                    "赣州鸿泰", "Ganzhou", new Contact("Zhong Liping", "+86 797 835 2618",
                            "export@hongtai-re.example.cn")));
            assertThat(column(database, "applicant_address")).isEqualTo("Ganzhou");
            assertThat(column(database, "applicant_contact_phone")).isEqualTo("+86 797 835 2618");
        }
    }

    @Test
    void eachApplicationReadsBackTheApplicantItWasFiledWith() {
        try (Database database = TestDatabases.migrated(folder)) {
            ApplicationRepository applications = new ApplicationRepository(database);
            LocalDate received = LocalDate.of(2026, 3, 2);
            LicenceApplication first = SampleApplications.dysprosiumOxide("EXP-2026-000001", received,
                    ApplicationStatus.SUBMITTED, null);
            Applicant moved = new Applicant(first.applicant().uscc(), "Ganzhou Rare Earth Trading Co., Ltd.",
                    "赣州稀土贸易有限公司（新址）", "No. 99 Huanan Avenue, Ganzhou",
                    new Contact("Chen Xiao", "+86 797 800 0000", "trade@ganzhou-re.example.cn"));
            LicenceApplication later = withApplicant(SampleApplications.dysprosiumOxide("EXP-2026-000002", received,
                    ApplicationStatus.SUBMITTED, null), moved);
            applications.insertAll(List.of(first));
            applications.insertAll(List.of(later));

            assertThat(applications.find("EXP-2026-000001").orElseThrow().applicant()).isEqualTo(first.applicant());
            assertThat(applications.find("EXP-2026-000002").orElseThrow().applicant()).isEqualTo(moved);
        }
    }

    private static LicenceApplication withApplicant(LicenceApplication a, Applicant applicant) {
        return new LicenceApplication(a.reference(), a.receivedOn(), a.licenceType(), applicant, a.consignee(),
                a.endUser(), a.endUse(), a.contract(), a.transport(), a.items(), a.documents(), a.status(),
                a.assignee(), a.version());
    }

    private Path everyMigrationButV20() throws IOException {
        Path copy = Files.createDirectories(folder.resolve("migrations"));
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path migration : files.toList()) {
                if (!migration.getFileName().toString().startsWith("V20__")) {
                    Files.copy(migration, copy.resolve(migration.getFileName()));
                }
            }
        }
        assertThat(copy.resolve("V73__licence_amendments.sql")).exists();
        return copy.toAbsolutePath();
    }

    private static String column(Database database, String name) {
        return database.withConnection(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT " + name
                         + " FROM licence_application WHERE reference = 'EXP-2025-000001'")) {
                row.next();
                return row.getString(1);
            }
        });
    }
}
