package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's random password, kept in a 0600 file beside it; old sa/empty databases adopt it once. */
class DatabasePasswordTest {
    @TempDir
    Path folder;

    @Test
    void aNewDatabaseGetsARandomPasswordInAFileOnlyItsOwnerMayRead() throws Exception {
        Path base = folder.resolve("desk");
        try (Database database = Database.open(base)) {
            Path file = folder.resolve("desk.password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
            assertRefused(base, "");
            assertRefused(base, "sa");
            assertThat(count(base, password, "SELECT COUNT(*) FROM app_user")).isZero();
        }
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()))
                .as("no draft of the password file is left behind")
                .noneMatch(name -> name.endsWith(".new"));
    }

    @Test
    void twoDatabasesGetDifferentPasswords() throws Exception {
        try (Database one = Database.open(folder.resolve("one")); Database two = Database.open(folder.resolve("two"))) {
            assertThat(Files.readString(folder.resolve("one.password")))
                    .isNotEqualTo(Files.readString(folder.resolve("two.password")));
        }
    }

    @Test
    void anOldDatabaseWithAnEmptyPasswordIsGivenTheFilesPasswordOnOpenAndKeepsItsData() throws Exception {
        Path base = folder.resolve("old");
        String url = "jdbc:h2:file:" + base;
        // As LicenseDesk made databases before they had a password: user sa, empty password.
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO app_user (username, display_name, role, active) "
                    + "VALUES ('li.na', 'Li Na', 'REVIEWER', TRUE)");
        }
        assertThat(folder.resolve("old.password")).doesNotExist();

        try (Database database = Database.open(base)) {
            String name = database.withConnection(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT display_name FROM app_user")) {
                    rows.next();
                    return rows.getString(1);
                }
            });
            assertThat(name).isEqualTo("Li Na");
        }
        Path file = folder.resolve("old.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertRefused(base, "");
        String password = Files.readString(file).strip();
        assertThat(count(base, password, "SELECT COUNT(*) FROM app_user")).isEqualTo(1);

        // Opened again: the file's password works as it is; nothing is changed a second time.
        try (Database again = Database.openExisting(base)) {
            boolean valid = again.withConnection(connection -> connection.isValid(5));
            assertThat(valid).isTrue();
        }
        assertThat(Files.readString(file).strip()).isEqualTo(password);
    }

    @Test
    void twoOpensOfAnOldDatabaseAtOnceBothSucceedWithOnePassword() throws Exception {
        Path base = folder.resolve("old");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:h2:file:" + base, "sa", "")
                .locations("classpath:db/migration").load().migrate();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Database>> opens = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                opens.add(pool.submit(() -> {
                    start.await();
                    return Database.open(base);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Database> open : opens) {
                open.get(120, java.util.concurrent.TimeUnit.SECONDS).close();
            }
        } finally {
            pool.shutdownNow();
        }
        assertRefused(base, "");
        assertThat(count(base, Files.readString(folder.resolve("old.password")).strip(),
                "SELECT COUNT(*) FROM app_user")).isZero();
    }

    @Test
    void aDatabaseWhosePasswordFileIsLostIsRefusedWithASentenceNamingTheFileAndNoPassword() throws Exception {
        Path base = folder.resolve("desk");
        Database.open(base).close();
        String password = Files.readString(folder.resolve("desk.password")).strip();
        Files.delete(folder.resolve("desk.password"));

        assertThatThrownBy(() -> Database.open(base))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("does not accept the password in " + folder.resolve("desk.password"))
                .hasMessageContaining("Restore the password file")
                .hasMessageNotContaining(password);
        assertThat(folder.resolve("desk.password"))
                .as("the password made for the refused open is not left to be mistaken for the right one")
                .doesNotExist();
    }

    @Test
    void aWrongPasswordFileIsRefusedAndKept() throws Exception {
        Path base = folder.resolve("desk");
        Database.open(base).close();
        Files.writeString(folder.resolve("desk.password"), "not-the-password\n");

        assertThatThrownBy(() -> Database.open(base)).isInstanceOf(StoreException.class)
                .hasMessageContaining("does not accept the password");
        assertThat(Files.readString(folder.resolve("desk.password"))).isEqualTo("not-the-password\n");
    }

    private static void assertRefused(Path base, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE", "sa",
                password).close())
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.WRONG_USER_OR_PASSWORD));
    }

    private static long count(Path base, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE", "sa",
                password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
