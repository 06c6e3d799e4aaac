package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;
import org.licensedesk.cli.BackendOpener;

/**
 * The chain yardsticks verify for real: on a generated trail every entry's hand-written canonical bytes hash to the
 * stored hash, in the database and in the app's export; one changed note is caught in both.
 */
class RawLimitsChainTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path folder;
    private static String db;
    private static long entries;

    @BeforeAll
    static void generate() throws Exception {
        db = folder.resolve("desk").toString();
        try (Services services = Services.open(db, BackendOpener.Mode.CREATE, CLOCK)) {
            services.demo().generate(20, 7, done -> { });
        }
        try (Connection connection = RawLimits.connect(db); Statement query = connection.createStatement();
                ResultSet count = query.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            count.next();
            entries = count.getLong(1);
        }
    }

    @Test
    void everyStoredHashIsTheHashOfTheYardsticksCanonicalBytes() throws Exception {
        assertThat(entries).isGreaterThan(20);
        assertThat(RawLimits.verifyDatabase(db)).isEqualTo(entries);
    }

    @Test
    void anExportedFileVerifiesEntryByEntryAndAChangedNoteIsCaught() throws Exception {
        Path export = folder.resolve("raw-export.json");
        assertThat(RawLimits.export(db, export)).isEqualTo(entries);
        assertThat(RawLimits.verifyFile(export)).isEqualTo(entries);

        String text = Files.readString(export);
        int note = text.indexOf("\"note\":\"") + "\"note\":\"".length();
        Path edited = folder.resolve("edited.json");
        Files.writeString(edited, text.substring(0, note) + "X" + text.substring(note));
        assertThat(RawLimits.verifyFile(edited)).isEqualTo(-1);
    }

    @Test
    void aNoteChangedInTheDatabaseIsCaught() throws Exception {
        String copy = folder.resolve("altered").toString();
        Files.copy(Path.of(db + ".mv.db"), Path.of(copy + ".mv.db"));
        Files.copy(Path.of(db + ".password"), Path.of(copy + ".password"));
        try (Connection connection = RawLimits.connect(copy); Statement alter = connection.createStatement()) {
            alter.executeUpdate("UPDATE audit_entry SET note = note || '!' WHERE seq = 3");
        }
        assertThat(RawLimits.verifyDatabase(copy)).isEqualTo(-1);
    }
}
