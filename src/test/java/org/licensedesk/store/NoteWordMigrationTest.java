package org.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.app.Services;
import org.licensedesk.cli.BackendOpener;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistorySort;

/**
 * V12 adds the note words; entries written before it get theirs from a fill that runs apart from opening (the window
 * starts it in the background, history commands run it first), a chunk per transaction, resumable; until it is done
 * the note filter refuses rather than miss them, and entries appended since are not written twice.
 */
class NoteWordMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:00:00Z"), ZoneOffset.UTC);
    private static final int ENTRIES = NoteWordIndex.FILL_CHUNK * 2 + 7;

    @TempDir
    Path folder;

    @Test
    void entriesWrittenBeforeVersionTwelveAreFoundByTheirNoteWordsOnceTheFillHasRun() throws Exception {
        atVersionElevenWithEntries(folder.resolve("v11"));

        Services.open(folder.resolve("v11").toString(), BackendOpener.Mode.EXISTING, CLOCK).close();
        try (Database database = Database.open(folder.resolve("v11"))) {
            assertThat(wordCount(database)).as("opening does not wait for the fill").isZero();
            NoteWordIndex index = new NoteWordIndex(database);
            assertThat(index.pending()).isEqualTo(ENTRIES);
            HistoryRepository history = new HistoryRepository(database, ZoneOffset.UTC);
            assertThatThrownBy(() -> seqs(history, "certificate"))
                    .isInstanceOf(NoteIndexBuildingException.class)
                    .hasMessageContaining(ENTRIES + " older audit entries");
            assertThat(seqs(history, "")).as("filters without note text work meanwhile").hasSize(ENTRIES);

            boolean[] stop = {false};
            long first = index.fillMissing(() -> stop[0], indexed -> stop[0] = true);
            assertThat(first).as("a cancelled fill stops after its chunk").isEqualTo(NoteWordIndex.FILL_CHUNK);
            assertThat(index.pending()).isEqualTo(ENTRIES - NoteWordIndex.FILL_CHUNK);
            assertThat(index.fillMissing()).as("and resumes where it stopped").isEqualTo(ENTRIES - first);

            assertThat(index.pending()).isZero();
            assertThat(seqs(history, "certificate")).hasSize(ENTRIES);
            assertThat(seqs(history, "稀土")).hasSize(ENTRIES);
            assertThat(seqs(history, ENTRIES + " checked")).containsExactly((long) ENTRIES);
            assertThat(seqs(history, "Entry 1")).as("prefix").hasSize(1 + 10 + 100 + 1000 + (ENTRIES - 9999));
            assertThat(index.fillMissing()).as("nothing left the second time").isZero();
            assertThat(wordCount(database)).isEqualTo(ENTRIES * 9L);

            // The glued word starts (V63) fill apart, after the words: the note filter reads the words meanwhile.
            assertThat(index.gluePending()).isEqualTo(ENTRIES);
            assertThat(seqs(history, "END-USER cert")).hasSize(ENTRIES);
            assertThat(seqs(history, "end-users")).isEmpty();
            assertThat(index.fillGlue(() -> false, filled -> { })).isEqualTo(ENTRIES);
            assertThat(index.gluePending()).isZero();
            assertThat(count(database, "audit_note_glue")).as("'-user' once per note").isEqualTo(ENTRIES);
            assertThat(seqs(history, "END-USER cert")).hasSize(ENTRIES);
            assertThat(seqs(history, "end-us")).hasSize(ENTRIES);
            assertThat(seqs(history, "end-users")).isEmpty();
            assertThat(seqs(history, "the-user")).as("a glued start no note has").isEmpty();
        }
    }

    private static List<Long> seqs(HistoryRepository history, String note) {
        return history.page(HistoryFilter.ANY.withNoteText(note), HistorySort.NEWEST_FIRST, Long.MAX_VALUE,
                Long.MAX_VALUE, ENTRIES + 1).stream().map(AuditEntry::seq).toList();
    }

    private static long wordCount(Database database) {
        return count(database, "audit_note_word");
    }

    private static long count(Database database, String table) {
        return database.withConnection(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** Entries as version 11 wrote them (their hashes do not matter here), with the head row moved past them. */
    private static void atVersionElevenWithEntries(Path file) throws Exception {
        String url = "jdbc:h2:file:" + file.toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("11").load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO app_user (username, display_name, role) "
                        + "VALUES ('li.na', 'Li Na', 'REVIEWER')");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (seq, at, "
                    + "application_ref, action, actor, actor_role, note, details, prev_hash, hash) "
                    + "VALUES (?, '2025-06-02T08:00:00.000Z', NULL, 'NOTE_ADDED', 'li.na', 'REVIEWER', ?, '{}', ?, ?)")) {
                String hash = "0".repeat(64);
                for (int seq = 1; seq <= ENTRIES; seq++) {
                    insert.setLong(1, seq);
                    insert.setString(2, "Entry " + seq + " checked the end-user certificate: 稀土");
                    insert.setString(3, hash);
                    insert.setString(4, hash);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE audit_head SET seq = " + ENTRIES + " WHERE id = 1");
            }
        }
    }
}
