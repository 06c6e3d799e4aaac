package org.licensedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.HistoryRepository;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;

/** Appends write each entry's note words with it; the note filter finds entries through them. */
@StoreTest
class NoteSearchTest {
    @TempDir
    Path folder;

    private Database database;
    private AuditTrail trail;
    private HistoryRepository history;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        trail = new AuditTrail(database, new AuditRepository(database), Clock.fixed(AuditFixtures.START,
                ZoneOffset.UTC));
        history = new HistoryRepository(database, ZoneOffset.UTC);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void appendsWriteEachEntrysNoteWordsOnceAndTheChainStillVerifies() {
        trail.record(withNote(AuditFixtures.draft(1), "End-user certificate: END-USER signed; 赣州稀土"));
        database.write(transaction -> trail.appendAll(transaction,
                List.of(AuditFixtures.draft(2), AuditFixtures.draft(3))));

        assertThat(words(1)).containsExactlyInAnyOrder("end", "user", "certificate", "signed", "赣州", "州稀", "稀土",
                "土");
        assertThat(words(3)).contains("entry", "3", "checked");
        ChainVerification verification = trail.verifyDatabase(ProgressListener.NONE, () -> false);
        assertThat(verification.ok()).as(verification.reason()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(3);
    }

    @Test
    void aNoteFilterAloneFindsTheEntriesWhoseWordsBeginWithTheTypedWords() {
        trail.record(withNote(AuditFixtures.draft(1), "Asked the end-user for the certificate"));
        trail.record(withNote(AuditFixtures.draft(2), "Consignee in 赣州 confirmed"));
        trail.record(withNote(AuditFixtures.draft(3), "No user statement yet"));

        assertThat(seqs(HistoryFilter.ANY.withNoteText("USER"))).containsExactly(3L, 1L);
        assertThat(seqs(HistoryFilter.ANY.withNoteText("end-us"))).containsExactly(1L);
        assertThat(seqs(HistoryFilter.ANY.withNoteText("赣州"))).containsExactly(2L);
        assertThat(seqs(HistoryFilter.ANY.withNoteText("州"))).containsExactly(2L);
        assertThat(seqs(HistoryFilter.ANY.withNoteText("ser"))).as("inside a word").isEmpty();
        assertThat(seqs(HistoryFilter.ANY.withNoteText("certificate asked"))).as("words out of order").isEmpty();
        assertThat(seqs(HistoryFilter.ANY.withNoteText("xylophone"))).isEmpty();
    }

    @Test
    void theNoteFilterCombinesWithActorActionsAndDays() {
        AuditFixtures.appendMany(database, trail, 60);
        LocalDate second = LocalDate.ofInstant(AuditFixtures.START, ZoneOffset.UTC).plusDays(1);
        HistoryFilter filter = HistoryFilter.ANY.withNoteText("end-user certif").withActor("li.na")
                .withActions(EnumSet.of(AuditAction.NOTE_ADDED)).withDays(second, second.plusDays(5));

        List<AuditEntry> all = new ArrayList<>();
        new AuditRepository(database).forEachInRange(1, 60, all::add);
        List<Long> expected = all.stream().filter(e -> filter.admitsEntry(e, ZoneOffset.UTC))
                .map(AuditEntry::seq).sorted((a, b) -> Long.compare(b, a)).toList();
        assertThat(expected).isNotEmpty();
        assertThat(seqs(filter)).isEqualTo(expected);
    }

    @Test
    void pagesStayCompleteAndFreeOfDuplicatesWhileEntriesAreAppended() {
        AuditFixtures.appendMany(database, trail, 30);
        HistoryFilter filter = HistoryFilter.ANY.withNoteText("certificate");
        long ceiling = new AuditRepository(database).head().seq();

        List<Long> seen = new ArrayList<>();
        long keyset = Long.MAX_VALUE;
        int appended = 0;
        for (int page = 0; page < 10; page++) {
            List<AuditEntry> entries = history.page(filter, HistorySort.NEWEST_FIRST, keyset, ceiling, 7);
            entries.forEach(e -> seen.add(e.seq()));
            trail.record(AuditFixtures.draft(100 + page));
            appended++;
            if (entries.size() < 7) {
                break;
            }
            keyset = entries.get(entries.size() - 1).seq();
        }

        assertThat(seen).hasSize(30).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(seqs(filter)).hasSize(30 + appended);
    }

    private List<Long> seqs(HistoryFilter filter) {
        return history.page(filter, HistorySort.NEWEST_FIRST, Long.MAX_VALUE, Long.MAX_VALUE, 1000).stream()
                .map(AuditEntry::seq).toList();
    }

    private List<String> words(long seq) {
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT word FROM audit_note_word WHERE seq = ?")) {
                query.setLong(1, seq);
                List<String> words = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        words.add(rows.getString(1));
                    }
                }
                return words;
            }
        });
    }

    private static AuditDraft withNote(AuditDraft draft, String note) {
        return new AuditDraft(draft.at(), draft.applicationRef(), draft.action(), draft.actor(), draft.actorRole(),
                draft.fromStatus(), draft.toStatus(), note, draft.detailsJson());
    }
}
