package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void emptyFolderGetsTheWholeSchema() {
        try (Database database = Database.open(folder.resolve("fresh"))) {
            List<String> tables = database.withConnection(c -> {
                List<String> names = new ArrayList<>();
                try (var rows = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                    while (rows.next()) {
                        names.add(rows.getString("TABLE_NAME").toLowerCase());
                    }
                }
                return names;
            });
            assertThat(tables).contains("control_list_entry", "app_user", "applicant", "licence_application",
                    "party", "item", "document", "flyway_schema_history");
        }
        assertThat(folder.resolve("fresh.mv.db")).exists();
    }

    @Test
    void newFolderAndDatabaseFilesAreForThisAccountOnly() throws IOException {
        Assumptions.assumeTrue(Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class),
                "POSIX permissions only");
        Path desk = folder.resolve("new-folder").resolve("desk");
        try (Database database = Database.open(desk)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(desk.getParent())))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Database.dataFile(desk))))
                    .isEqualTo("rw-------");
            Path lock = desk.resolveSibling("desk.lock.db");
            assertThat(lock).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lock))).isEqualTo("rw-------");
        }
    }

    /** SHUTDOWN COMPACT writes a new file (generate compacts after a bulk write): it stays owner-only. */
    @Test
    void aCompactedDatabaseFileStaysForThisAccountOnly() throws IOException {
        Assumptions.assumeTrue(Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class),
                "POSIX permissions only");
        Path desk = folder.resolve("compacted");
        assertThat(Database.open(desk).closeAndCompact()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Database.dataFile(desk))))
                .isEqualTo("rw-------");
    }

    @Test
    void anOlderDatabaseReadableByOthersIsMadePrivateOnOpen() throws IOException {
        Assumptions.assumeTrue(Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class),
                "POSIX permissions only");
        Path desk = folder.resolve("older");
        Database.open(desk).close();
        Files.setPosixFilePermissions(Database.dataFile(desk), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Database.open(desk).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Database.dataFile(desk))))
                .isEqualTo("rw-------");
        // A folder the user chose and that already existed is theirs to share or not.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void reopeningAMigratedDatabaseAppliesNothingTwice() {
        Database.open(folder.resolve("db")).close();
        try (Database database = Database.open(folder.resolve("db.mv.db"))) {
            int applied = database.withConnection(c -> {
                try (var rows = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertThat(applied).isEqualTo(migrationFiles());
            assertThat(database.location()).isEqualTo(folder.resolve("db").toAbsolutePath());
        }
    }

    /** The SQL migrations and the Java ones (V59_1 fills the queue's words). */
    private static int migrationFiles() {
        long sql = List.of(new java.io.File("src/main/resources/db/migration").list()).stream()
                .filter(name -> name.matches("V\\d+__.*\\.sql")).count();
        long java = List.of(new java.io.File("src/main/java/org/licensedesk/store/migration").list()).stream()
                .filter(name -> name.matches("V[\\d_]+__.*\\.java")).count();
        return (int) (sql + java);
    }

    @Test
    void missingDatabaseIsAnErrorWhenOneMustExist() {
        assertThatThrownBy(() -> Database.openExisting(folder.resolve("nothing-here")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("No LicenseDesk database at");
        assertThat(folder.resolve("nothing-here.mv.db")).doesNotExist();
    }

    @Test
    void fileThatIsNotADatabaseGetsAMessageSayingWhatToDo() throws IOException {
        Files.writeString(folder.resolve("garbage.mv.db"), "this is not an H2 file ".repeat(200));
        assertThatThrownBy(() -> Database.openExisting(folder.resolve("garbage")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot be read")
                .hasMessageContaining("--db");
    }

    @Test
    void lockedDatabaseGetsAMessageSayingWhatToDo() {
        try (Database database = Database.open(folder.resolve("db"))) {
            StoreException error = database.translate(
                    new SQLException("Database may be already in use", "90020", ErrorCode.DATABASE_ALREADY_OPEN_1));
            assertThat(error.getMessage()).contains("locked by another program").contains("--db");
        }
    }

    @Test
    void automaticServerListensOnLoopbackOnly() throws IOException {
        try (Database database = Database.open(folder.resolve("db"))) {
            database.withConnection(c -> c.isValid(1));
            Properties lock = new Properties();
            try (var in = Files.newInputStream(folder.resolve("db.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            assertThat(server).as("AUTO_SERVER address in the lock file").matches("(127\\.0\\.0\\.1|localhost):\\d+");
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));

            try (Socket loopback = new Socket()) {
                loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
                assertThat(loopback.isConnected()).isTrue();
            }
            for (InetAddress address : nonLoopbackAddresses()) {
                try (Socket outside = new Socket()) {
                    assertThatThrownBy(() -> outside.connect(new InetSocketAddress(address, port), 2_000))
                            .as("connection to %s:%d", address, port)
                            .isInstanceOf(IOException.class);
                }
            }
            assertThat(listeningAddresses(port)).as("sockets listening on port %d", port)
                    .isNotEmpty().allMatch(DatabaseTest::isLoopback);
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    addresses.add(address);
                }
            }
        }
        return addresses;
    }

    /** Local addresses (hex, as the kernel lists them) of sockets listening on a port, from /proc/net. */
    private static List<String> listeningAddresses(int port) throws IOException {
        List<String> found = new ArrayList<>();
        String portHex = String.format("%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] fields = line.trim().split("\\s+");
                // fields[1] is local address:port, fields[3] the state; 0A is LISTEN.
                if (fields.length > 3 && fields[1].endsWith(":" + portHex) && "0A".equals(fields[3])) {
                    found.add(fields[1].substring(0, fields[1].indexOf(':')));
                }
            }
        }
        return found;
    }

    private static boolean isLoopback(String hexAddress) {
        // 127.0.0.1 in /proc/net/tcp; ::1 and ::ffff:127.0.0.1 in /proc/net/tcp6.
        return hexAddress.equals("0100007F") || hexAddress.equals("00000000000000000000000001000000")
                || hexAddress.equals("0000000000000000FFFF00000100007F");
    }
}
