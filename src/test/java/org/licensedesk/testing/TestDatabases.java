package org.licensedesk.testing;

import java.nio.file.Path;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.TrailAgreement;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.ControlListFile;
import org.licensedesk.store.ControlListRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;

/**
 * Real databases for a test, migrated and with the control list loaded: an H2 file in the test's temporary folder,
 * or, inside a {@link StoreTest} class's PostgreSQL run, a database on the test server.
 */
public final class TestDatabases {
    private TestDatabases() {
    }

    public static Database migrated(Path folder) {
        Database database = TestStores.open(folder);
        new ControlListRepository(database).save(ControlListFile.bundled());
        return database;
    }

    /**
     * A database migrated only up to {@code version}, holding one application written with that version's SQL:
     * the starting point of a test that a later migration keeps existing data.
     *
     * @return the JDBC URL of the file
     */
    public static String atVersionWithOneApplication(Path file, String version, String endUser, String endUserCountry)
            throws java.sql.SQLException {
        String url = "jdbc:h2:file:" + file.toAbsolutePath();
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .target(version).load().migrate();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO applicant (id, uscc, name, name_local, address, contact_name, "
                    + "contact_phone, contact_email) VALUES (1, '91360702MA39R4KT2R', 'Ganzhou Hongtai', '赣州鸿泰', "
                    + "'Ganzhou', 'Zhong Liping', '+86 797 835 2618', 'export@hongtai-re.example.cn')");
            try (java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO licence_application "
                    + "(reference, applicant_id, received_on, licence_type, end_use, contract_number, contract_date, "
                    + "status, applicant_name, end_user_name, end_user_country, elements, highest_control_code, "
                    + "total_kg, total_value_usd) VALUES ('EXP-2025-000001', 1, DATE '2025-06-02', 'SINGLE', "
                    + "'Magnets', 'C-1', DATE '2025-05-20', 'SUBMITTED', 'Ganzhou Hongtai', ?, ?, 'Dy', '1C905.b', "
                    + "500, 156250)")) {
                insert.setString(1, endUser);
                insert.setString(2, endUserCountry);
                insert.executeUpdate();
            }
        }
        return url;
    }

    /**
     * A plain JDBC connection to the H2 file at {@code url}, as LicenseDesk logs in: user sa with the password in the
     * file beside the database, or the empty password of a database LicenseDesk has not opened yet.
     */
    public static java.sql.Connection connect(String url) throws java.sql.SQLException {
        java.nio.file.Path base = java.nio.file.Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]);
        java.nio.file.Path file = base.resolveSibling(base.getFileName() + ".password");
        try {
            String password = java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file).strip() : "";
            return java.sql.DriverManager.getConnection(url, "sa", password);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Who is acting, as the services check it, on this database. */
    public static Officials officials(Database database) {
        AuditRepository entries = new AuditRepository(database);
        return new Officials(database, new UserRepository(database), new TrailAgreement(database, entries,
                new AuditTrail(database, entries, java.time.Clock.systemUTC())));
    }

    /** Deactivates an official behind the back of anyone holding them as signed in. */
    public static void deactivate(Database database, String username) {
        UserRepository users = new UserRepository(database);
        database.write(transaction -> {
            users.setActive(transaction, username, false);
            return null;
        });
    }

    /** Adds a reviewer and a supervisor, for tests that assign work. */
    public static void addOfficials(Database database) {
        UserRepository users = new UserRepository(database);
        database.write(transaction -> {
            users.insert(transaction, new User("li.na", "Li Na", UserRole.REVIEWER, true));
            users.insert(transaction, new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true));
            return null;
        });
    }
}
