package org.licensedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;
import org.licensedesk.audit.ChainVerification;
import org.licensedesk.audit.ProgressListener;
import org.licensedesk.account.DemoPasswords;
import org.licensedesk.store.DataLocation;
import org.licensedesk.store.Database;
import org.licensedesk.store.StoreAddress;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestStores;

/**
 * copy-store as a supervisor runs it: from a desk's H2 file to the store under test (a new H2 file, or an empty
 * PostgreSQL database) and back to a new H2 file, which must hold exactly what the desk held; refusals write nothing.
 */
@StoreTest
class CopyStoreCommandTest {
    @TempDir
    Path folder;

    private String source;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void desk() {
        source = folder.resolve("desk/licensedesk").toString();
        try (Services desk = Services.open(source, BackendOpener.Mode.CREATE, CommandConsole.CLOCK)) {
            desk.demo().generate(8, 11L, done -> { });
        }
    }

    @Test
    void copiesTheWholeStoreThereAndBackAndLaterInsertsWork() throws Exception {
        String middle = emptyTargetOfThisStore();

        assertThat(run("zhao.lei", "--from", source, "--to", middle)).as(stderr()).isZero();
        assertThat(stdout()).contains("every table's row count agrees", "the audit chain verifies on both sides")
                .containsPattern("audit_entry +\\d").contains("recorded the copy as audit entry",
                        "(STORE_COPIED by zhao.lei)");
        String[] sourceHead = lastEntry(source);
        long sourceSeq = Long.parseLong(sourceHead[0]);
        // The middle store's chain: the desk's entries, then its own STORE_COPIED naming the desk and its head.
        String[] copied = lastEntryOf(middle);
        assertThat(copied[0]).isEqualTo(String.valueOf(sourceSeq + 1));
        assertThat(copied[1]).isEqualTo("STORE_COPIED");
        assertThat(copied[2]).isEqualTo("zhao.lei");
        assertThat(copied[3]).contains("\"sourceKind\":\"H2\"", "\"source\":\"H2 file " + source + "\"",
                "\"sourceHeadSeq\":" + sourceSeq, "\"sourceHeadHash\":\"" + sourceHead[4] + "\"",
                "\"auditEntries\":" + sourceSeq, "\"officials\":", "\"applications\":8");
        assertThat(copied[5]).isEqualTo(sourceHead[4]); // chained onto the copied head
        String back = folder.resolve("back/licensedesk").toString();
        assertThat(run("zhao.lei", "--from", middle, "--to", back)).as(stderr()).isZero();

        // Every table as the desk held it, but the chain: the desk's entries and the two copies' own (and their words).
        Map<String, List<String>> backRows = rows(back);
        Map<String, List<String>> deskRows = rows(source);
        List<String> backEntries = backRows.remove("audit_entry");
        List<String> deskEntries = deskRows.remove("audit_entry");
        List<String> backWords = backRows.remove("audit_note_word"); // the notes' word index: the new entries' too
        List<String> deskWords = deskRows.remove("audit_note_word");
        List<String> backGlue = backRows.remove("audit_note_glue"); // and their glued word starts (V63)
        List<String> deskGlue = deskRows.remove("audit_note_glue");
        backRows.remove("audit_head");
        deskRows.remove("audit_head");
        assertThat(backRows).isEqualTo(deskRows);
        assertThat(backEntries).containsAll(deskEntries).hasSize(deskEntries.size() + 2);
        assertThat(backWords).containsAll(deskWords);
        assertThat(backGlue).containsAll(deskGlue);
        String[] second = lastEntry(back);
        assertThat(second[0]).isEqualTo(String.valueOf(sourceSeq + 2));
        assertThat(second[1]).isEqualTo("STORE_COPIED");
        assertThat(second[3]).contains("\"sourceKind\":\"" + (TestStores.onServer() ? "PostgreSQL" : "H2") + "\"",
                "\"sourceHeadSeq\":" + (sourceSeq + 1), "\"auditEntries\":" + (sourceSeq + 1));
        for (String store : List.of(source, middle, back)) {
            try (Services each = open(store)) {
                ChainVerification chain = each.auditTrail().verifyDatabase(ProgressListener.NONE, () -> false);
                assertThat(chain.ok()).as(store + ": " + chain.reason()).isTrue();
            }
        }
        assertThat(lastEntry(source)).containsExactly(sourceHead); // the source is not written to
        try (Services copy = open(middle)) {
            // identity columns go on after the copied ids: new applications, parties and entries insert cleanly
            copy.demo().generate(2, 12L, done -> { });
            ChainVerification chain = copy.auditTrail().verifyDatabase(ProgressListener.NONE, () -> false);
            assertThat(chain.ok()).as(chain.reason()).isTrue();
            assertThat(copy.queue().queue(java.util.EnumSet.allOf(org.licensedesk.domain.ApplicationStatus.class))).hasSize(10);
        }
    }

    @Test
    void aTargetThatHoldsDataIsRefusedAndLeftAsItWas() throws Exception {
        String target = emptyTargetOfThisStore();
        try (Services used = Services.open(target, BackendOpener.Mode.CREATE, CommandConsole.CLOCK,
                server -> TestStores.credentials())) {
            used.demo().generate(1, 5L, done -> { });
        }
        Map<String, List<String>> before = rowsOf(target);

        assertThat(run("zhao.lei", "--from", source, "--to", target)).isEqualTo(1);

        assertThat(stderr()).contains("is not empty (", "nothing was written");
        assertThat(rowsOf(target)).isEqualTo(before);
    }

    @Test
    void aTamperedSourceIsRefusedAndNothingIsCopied() throws Exception {
        try (Database desk = Database.openExisting(Path.of(source))) {
            desk.withConnection(connection -> {
                try (Statement tamper = connection.createStatement()) {
                    return tamper.executeUpdate("UPDATE audit_entry SET note = 'nothing to see' WHERE seq = 3");
                }
            });
        }
        String target = emptyTargetOfThisStore();

        assertThat(run("zhao.lei", "--from", source, "--to", target)).isEqualTo(1);

        assertThat(stderr()).contains("does not verify", "first broken seq 3", "nothing was copied");
        if (TestStores.onServer()) {
            try (Services copy = open(target)) {
                assertThat(copy.queue().queue(java.util.EnumSet.allOf(org.licensedesk.domain.ApplicationStatus.class))).isEmpty();
                assertThat(copy.accounts().users()).isEmpty();
                assertThat(copy.auditTrail().verifyDatabase(ProgressListener.NONE, () -> false).headSeq()).isZero();
            }
        } else {
            assertThat(Path.of(target + ".mv.db")).doesNotExist();
        }
    }

    @Test
    void onlyASupervisorOfTheSourceMayCopyIt() {
        String target = folder.resolve("copy/licensedesk").toString();

        assertThat(run("li.na", "--from", source, "--to", target)).isEqualTo(1);

        assertThat(stderr()).contains("li.na").contains("supervisor");
        assertThat(Path.of(target + ".mv.db")).doesNotExist();
    }

    @Test
    void theSameStoreTwiceOrADatabaseOptionIsAUsageError() {
        assertThat(run("zhao.lei", "--from", source, "--to", source + ".mv.db")).isEqualTo(2);
        assertThat(stderr()).contains("--from and --to name the same store");

        assertThat(run("zhao.lei", "--db", source, "copy-store", "--from", source, "--to", source + "-2"))
                .isEqualTo(2);
        assertThat(stderr()).contains("not --db");
        assertThat(Files.exists(Path.of(source + "-2.mv.db"))).isFalse();

        assertThat(run("zhao.lei", "--from", source, "--to", "jdbc:mysql://db.example/desk")).isEqualTo(2);
        assertThat(stderr()).contains("--to: LicenseDesk opens an H2 file (a path) or a PostgreSQL server",
                "Check --to.");
    }

    @Test
    void aMissingSourceIsNamedAndNoTargetIsMade() {
        String target = folder.resolve("copy/licensedesk").toString();

        assertThat(run("zhao.lei", "--from", folder.resolve("nowhere/desk").toString(), "--to", target))
                .isEqualTo(1);

        assertThat(stderr()).contains("No LicenseDesk database at", "Check --from.");
        assertThat(Path.of(target + ".mv.db")).doesNotExist();
    }

    /** The chain's last entry of an H2 file: seq, action, actor, details, hash, prev_hash. */
    private static String[] lastEntry(String h2File) {
        try (Database database = Database.openExisting(Path.of(h2File))) {
            return lastEntry(database);
        }
    }

    private String[] lastEntryOf(String store) {
        if (!TestStores.onServer()) {
            return lastEntry(store);
        }
        try (Database database = Database.openServer((StoreAddress.Server) DataLocation.address(store),
                TestStores.credentials())) {
            return lastEntry(database);
        }
    }

    private static String[] lastEntry(Database database) {
        return database.withConnection(connection -> {
            try (Statement query = connection.createStatement();
                 ResultSet row = query.executeQuery("SELECT seq, action, actor, details, hash, prev_hash"
                         + " FROM audit_entry ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
                assertThat(row.next()).isTrue();
                String[] entry = new String[6];
                for (int i = 0; i < entry.length; i++) {
                    entry[i] = row.getString(i + 1);
                }
                return entry;
            }
        });
    }

    /** A new H2 file in the H2 run; an empty database on the server in the PostgreSQL run. */
    private String emptyTargetOfThisStore() {
        return TestStores.onServer() ? TestStores.emptyServerDatabase().jdbcUrl()
                : folder.resolve("copy/licensedesk").toString();
    }

    private Services open(String store) {
        return Services.open(store, BackendOpener.Mode.EXISTING, CommandConsole.CLOCK,
                server -> TestStores.credentials());
    }

    private int run(String user, String... args) {
        out.reset();
        err.reset();
        BackendOpener opener = (option, mode) -> Services.open(option, mode, CommandConsole.CLOCK,
                server -> TestStores.credentials());
        Map<String, String> environment = Map.of("LICENSEDESK_USER", user, "LICENSEDESK_PASSWORD",
                DemoPasswords.PASSWORD);
        Cli cli = new Cli(List.of(new CopyStoreCommand(opener, new SignInOptions(environment, null))));
        String[] line = args.length > 0 && args[0].equals("--db") ? args : prepend("copy-store", args);
        return cli.run(line, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String[] prepend(String first, String[] rest) {
        String[] line = new String[rest.length + 1];
        line[0] = first;
        System.arraycopy(rest, 0, line, 1, rest.length);
        return line;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Every row of every table but Flyway's and the write attempts of an H2 file, as text, sorted: two files with the same data are equal. */
    private static Map<String, List<String>> rows(String h2File) {
        try (Database database = Database.openExisting(Path.of(h2File))) {
            return dump(database);
        }
    }

    private Map<String, List<String>> rowsOf(String store) {
        if (!TestStores.onServer()) {
            return rows(store);
        }
        try (Database database = Database.openServer((StoreAddress.Server) DataLocation.address(store),
                TestStores.credentials())) {
            return dump(database);
        }
    }

    private static Map<String, List<String>> dump(Database database) {
        return database.withConnection(connection -> {
            Map<String, List<String>> tables = new TreeMap<>();
            List<String> names = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (found.next()) {
                    names.add(found.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            names.remove("flyway_schema_history");
            names.remove("write_attempt"); // each write's attempt id, whatever it wrote (Database.inTransaction)
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (Statement query = connection.createStatement();
                     ResultSet row = query.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData columns = row.getMetaData();
                    while (row.next()) {
                        StringBuilder text = new StringBuilder();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            text.append(columns.getColumnName(i).toLowerCase(java.util.Locale.ROOT)).append('=')
                                    .append(row.getString(i)).append(' ');
                        }
                        rows.add(text.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
            return tables;
        });
    }
}
