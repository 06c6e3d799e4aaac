package org.licensedesk.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.ScreeningDisposition;
import org.licensedesk.domain.ScreeningHit;
import org.licensedesk.store.Database;
import org.licensedesk.store.ScreeningRepository;
import org.licensedesk.testing.TestDatabases;

/**
 * V62 (issue 13) gives each disposition stored before it the party it was given for: the party its audit entry
 * names, else the only party of that role hitting the entry, else the application's own party of that role. The
 * other parties hitting the same entry are left needing a verdict of their own, and watch_listed follows.
 */
class DispositionPartyMigrationTest {
    private static final String REF = "EXP-2025-000001";
    private static final String MAIN = "Acme GmbH";
    private static final String FURTHER = "Acme Trading Ltd";

    @TempDir
    Path folder;

    @Test
    void storedDispositionsGoToTheirOwnPartyAndTheOthersNeedTheirOwn() throws Exception {
        Path file = folder.resolve("licensedesk");
        // SQL migrations up to V73 without the Java ones: screening_disposition as it was before V62.
        String url = TestDatabases.atVersionWithOneApplication(file, "73", MAIN, "DE");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO app_user (username, display_name, role) "
                    + "VALUES ('li.na', 'Li Na', 'REVIEWER')");
            statement.executeUpdate("UPDATE licence_application SET licence_type = 'GENERAL'");
            statement.executeUpdate("INSERT INTO permitted_party (application_id, line_no, role, name, country, "
                    + "address) SELECT id, 1, 'END_USER', '" + FURTHER + "', 'DE', 'Bremen' FROM licence_application");
            // CSL|1: both end users hit it; the audit entry says the false positive was given for the further one.
            hit(statement, MAIN, "CSL|1", "CSL", "Consolidated Screening List");
            hit(statement, FURTHER, "CSL|1", "CSL", "Consolidated Screening List");
            disposition(statement, "CSL|1", "FALSE_POSITIVE");
            audit(connection, 1, FURTHER, "CSL|1");
            // CSL|2: both hit it, no audit entry names a party: the application's own end user keeps the verdict.
            hit(statement, MAIN, "CSL|2", "CSL", "Consolidated Screening List");
            hit(statement, FURTHER, "CSL|2", "CSL", "Consolidated Screening List");
            disposition(statement, "CSL|2", "TRUE_MATCH");
            // OFAC_SDN|3: only the further end user hits it: the verdict is its.
            hit(statement, FURTHER, "OFAC_SDN|3", "OFAC_SDN", "SDN List");
            disposition(statement, "OFAC_SDN|3", "FALSE_POSITIVE");
            // MOFCOM|W: a watch-list true match its audit entry gives to a party that no longer hits it.
            hit(statement, MAIN, "MOFCOM|W", "MOFCOM", "MOFCOM Watch List");
            disposition(statement, "MOFCOM|W", "TRUE_MATCH");
            audit(connection, 2, FURTHER, "MOFCOM|W");
            statement.executeUpdate("UPDATE licence_application SET watch_listed = TRUE");
        }

        try (Database database = Database.open(file)) {
            List<ScreeningHit> hits = new ScreeningRepository(database).hits(REF);

            assertThat(verdict(hits, FURTHER, "CSL|1")).isEqualTo(ScreeningDisposition.FALSE_POSITIVE);
            assertThat(verdict(hits, MAIN, "CSL|1")).as("the audit entry names the other end user").isNull();
            assertThat(verdict(hits, MAIN, "CSL|2")).isEqualTo(ScreeningDisposition.TRUE_MATCH);
            assertThat(verdict(hits, FURTHER, "CSL|2")).as("no verdict is invented for it").isNull();
            assertThat(verdict(hits, FURTHER, "OFAC_SDN|3")).isEqualTo(ScreeningDisposition.FALSE_POSITIVE);
            assertThat(verdict(hits, MAIN, "MOFCOM|W")).isNull();
            assertThat(new org.licensedesk.store.ApplicationRepository(database).deadlineClock(REF).orElseThrow()
                    .watchListed()).as("no confirmed watch-list hit remains").isFalse();
            long rows = database.withConnection(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM screening_disposition "
                             + "WHERE party_name IS NOT NULL")) {
                    row.next();
                    return row.getLong(1);
                }
            });
            assertThat(rows).as("every stored disposition kept, each with a party").isEqualTo(4);
        }
    }

    private static ScreeningDisposition verdict(List<ScreeningHit> hits, String party, String entryKey) {
        ScreeningHit hit = hits.stream().filter(h -> h.partyName().equals(party) && h.entryKey().equals(entryKey))
                .findFirst().orElseThrow();
        return hit.isDisposed() ? hit.disposition().verdict() : null;
    }

    private static void hit(Statement statement, String party, String entryKey, String source, String list)
            throws Exception {
        statement.executeUpdate("INSERT INTO screening_hit (application_id, party_role, party_name, source, "
                + "listed_name, list_name, score, screened_at, entry_key) SELECT id, 'END_USER', '" + party + "', '"
                + source + "', 'ACME', '" + list + "', 90, '2026-03-01T00:00:00.000Z', '" + entryKey
                + "' FROM licence_application");
    }

    private static void disposition(Statement statement, String entryKey, String verdict) throws Exception {
        statement.executeUpdate("INSERT INTO screening_disposition (application_id, party_role, entry_key, "
                + "disposition, note, disposed_by, disposed_at) SELECT id, 'END_USER', '" + entryKey + "', '"
                + verdict + "', 'Checked the registry.', 'li.na', '2026-03-02T00:00:00.000Z' FROM licence_application");
    }

    /** The disposition's audit entry as ScreeningDispositions wrote it before V62 (hashes are not checked here). */
    private static void audit(Connection connection, long seq, String party, String entryKey) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (seq, at, "
                + "application_ref, action, actor, actor_role, from_status, to_status, note, details, prev_hash, hash) "
                + "VALUES (?, '2026-03-02T00:00:00.000Z', ?, 'SCREENING_DISPOSITION', 'li.na', 'REVIEWER', "
                + "'UNDER_REVIEW', NULL, 'Checked the registry.', ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setString(2, REF);
            insert.setString(3, "{\"partyRole\":\"END_USER\",\"partyName\":\"" + party + "\",\"listedName\":\"ACME\","
                    + "\"entryKey\":\"" + entryKey + "\",\"disposition\":\"FALSE_POSITIVE\"}");
            insert.setString(4, "0".repeat(64));
            insert.setString(5, Long.toString(seq).repeat(64).substring(0, 64));
            insert.executeUpdate();
        }
    }
}
