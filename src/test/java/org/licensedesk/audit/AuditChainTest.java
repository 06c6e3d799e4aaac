package org.licensedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;
import org.licensedesk.testing.TestStores;

@StoreTest
class AuditChainTest {
    @TempDir
    Path folder;

    private Database database;
    private AuditRepository repository;
    private AuditTrail trail;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.migrated(folder);
        TestDatabases.addOfficials(database);
        repository = new AuditRepository(database);
        trail = new AuditTrail(database, repository, Clock.fixed(AuditFixtures.START, ZoneOffset.UTC));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void fiftyAppendsFormOneLinkedChainOfHashes() {
        for (int i = 1; i <= 50; i++) {
            trail.record(AuditFixtures.draft(i));
        }

        List<AuditEntry> entries = all();
        assertThat(entries).extracting(AuditEntry::seq)
                .containsExactlyElementsOf(() -> LongStream.rangeClosed(1, 50).boxed().iterator());
        AuditHasher hasher = new AuditHasher();
        String previous = AuditEntry.GENESIS_HASH;
        for (AuditEntry entry : entries) {
            assertThat(entry.prevHash()).as("prevHash of %d", entry.seq()).isEqualTo(previous);
            assertThat(entry.hash()).as("hash of %d", entry.seq()).isEqualTo(hasher.hash(entry)).matches("[0-9a-f]{64}");
            previous = entry.hash();
        }
        assertThat(repository.head().seq()).isEqualTo(50);
        assertThat(repository.head().hash()).isEqualTo(previous);
        ChainVerification verification = trail.verifyDatabase(ProgressListener.NONE, () -> false);
        assertThat(verification.ok()).as(verification.reason()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(50);
        assertThat(verification.headSeq()).isEqualTo(50);
        assertThat(verification.firstBrokenSeq()).isNull();
    }

    @Test
    void hashIsSha256OfTheCanonicalJsonWithoutTheHashField() throws Exception {
        AuditEntry entry = trail.record(new AuditDraft(Instant.parse("2025-01-02T03:04:05.006Z"), null,
                AuditAction.USER_ADDED, "zhao.lei", UserRole.SUPERVISOR, null, null,
                "Added Li Na", "{\"username\":\"li.na\",\"role\":\"REVIEWER\",\"count\":2}"));

        // RFC 8785 by hand: members sorted by name, no whitespace, integers as written.
        String canonical = "{\"action\":\"USER_ADDED\",\"actor\":\"zhao.lei\",\"actorRole\":\"SUPERVISOR\","
                + "\"applicationRef\":null,\"at\":\"2025-01-02T03:04:05.006Z\","
                + "\"details\":{\"count\":2,\"role\":\"REVIEWER\",\"username\":\"li.na\"},"
                + "\"fromStatus\":null,\"note\":\"Added Li Na\",\"prevHash\":\"" + "0".repeat(64) + "\","
                + "\"seq\":1,\"toStatus\":null}";
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(entry.seq()).isEqualTo(1);
        assertThat(entry.at()).isEqualTo("2025-01-02T03:04:05.006Z");
        assertThat(entry.hash()).isEqualTo(expected);
    }

    @Test
    void concurrentAppendsFromTwoConnectionsFormOneGapFreeChain() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                int offset = writer * 1000;
                done.add(writers.submit(() -> {
                    start.await();
                    for (int i = 1; i <= 100; i++) {
                        trail.record(AuditFixtures.draft(offset + i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }

        assertThat(all()).extracting(AuditEntry::seq)
                .containsExactlyElementsOf(() -> LongStream.rangeClosed(1, 200).boxed().iterator());
        ChainVerification verification = trail.verifyDatabase(ProgressListener.NONE, () -> false);
        assertThat(verification.ok()).as(verification.reason()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(200);
    }

    /**
     * Several workstations (each its own pool of connections, as separate processes have) with two threads each
     * append at once: on PostgreSQL the head row's lock (SELECT ... FOR UPDATE in the action's transaction) queues
     * them, so the chain has no gap and no fork.
     */
    @Test
    void fourWorkstationsAppendingAtOnceFormOneChainWithoutGapOrFork() throws Exception {
        List<Database> workstations = new ArrayList<>(List.of(database));
        for (int i = 1; i < 4; i++) {
            workstations.add(TestStores.open(folder));
        }
        ExecutorService writers = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                Database workstation = workstations.get(writer % 4);
                AuditTrail own = new AuditTrail(workstation, new AuditRepository(workstation),
                        Clock.fixed(AuditFixtures.START, ZoneOffset.UTC));
                int offset = writer * 1000;
                done.add(writers.submit(() -> {
                    start.await();
                    for (int i = 1; i <= 40; i++) {
                        own.record(AuditFixtures.draft(offset + i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get(5, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
            for (Database workstation : workstations.subList(1, workstations.size())) {
                workstation.close();
            }
        }

        List<AuditEntry> entries = all();
        assertThat(entries).extracting(AuditEntry::seq)
                .containsExactlyElementsOf(() -> LongStream.rangeClosed(1, 320).boxed().iterator());
        assertThat(entries).extracting(AuditEntry::prevHash).doesNotHaveDuplicates();
        ChainVerification verification = trail.verifyDatabase(ProgressListener.NONE, () -> false);
        assertThat(verification.ok()).as(verification.reason()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(320);
    }

    @Test
    void changedNoteIsFoundAtItsSeq() {
        AuditFixtures.appendMany(database, trail, 30);

        sql("UPDATE audit_entry SET note = 'Nothing to see' WHERE seq = 17");

        assertBrokenAt(17, "Entry 17 was changed: its hash does not match its content");
    }

    @Test
    void changedEntryWithRecomputedHashIsFoundAtTheNextSeq() {
        AuditFixtures.appendMany(database, trail, 30);
        AuditEntry original = all().get(16);
        AuditEntry forged = new AuditHasher().seal(new AuditEntry(17, original.at(), original.applicationRef(),
                original.action(), original.actor(), original.actorRole(), original.fromStatus(),
                original.toStatus(), "Nothing to see", original.detailsJson(), original.prevHash(), null));

        sql("UPDATE audit_entry SET note = 'Nothing to see', hash = '" + forged.hash() + "' WHERE seq = 17");

        assertBrokenAt(18, "Entry 18 does not follow entry 17: its prevHash is not 17's hash");
    }

    @Test
    void deletedEntryIsFoundAtItsSeq() {
        AuditFixtures.appendMany(database, trail, 30);

        sql("DELETE FROM audit_entry WHERE seq = 18");

        assertBrokenAt(18, "Entry 18 is missing: seq jumps from 17 to 19");
    }

    @Test
    void deletedFirstEntryIsFound() {
        AuditFixtures.appendMany(database, trail, 30);

        sql("DELETE FROM audit_entry WHERE seq = 1");

        assertBrokenAt(1, "Entry 1 is missing: the chain starts at entry 2");
    }

    @Test
    void swappedEntriesAreFoundAtTheLowerSeq() {
        AuditFixtures.appendMany(database, trail, 30);

        swapRows(20, 21, "at, application_ref, action, actor, actor_role, from_status, to_status, note, details, "
                + "prev_hash, hash");

        assertBrokenAt(20, "Entry 20 does not follow entry 19: its prevHash is not 19's hash");
    }

    @Test
    void swappedContentUnderTheOriginalHashesIsFoundAtTheLowerSeq() {
        AuditFixtures.appendMany(database, trail, 30);

        swapRows(20, 21, "at, application_ref, action, actor, actor_role, from_status, to_status, note, details");

        assertBrokenAt(20, "Entry 20 was changed: its hash does not match its content");
    }

    @Test
    void deletedLastEntryIsFoundThroughTheHeadRow() {
        AuditFixtures.appendMany(database, trail, 30);

        sql("DELETE FROM audit_entry WHERE seq = 30");

        assertBrokenAt(30, "Entry 30 is missing: the chain's head is entry 30 but the entries end at entry 29");
    }

    @Test
    void deletedLastEntryWithTheHeadRowMovedBackIsFoundThroughItsHash() {
        AuditFixtures.appendMany(database, trail, 30);
        String hash29 = all().get(28).hash();

        sql("DELETE FROM audit_entry WHERE seq = 30");
        sql("UPDATE audit_head SET seq = 29, hash = '" + "f".repeat(64) + "'");

        assertBrokenAt(29, "Entry 29 does not match the chain's head: the head row records another hash");
        sql("UPDATE audit_head SET hash = '" + hash29 + "'");
        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
    }

    @Test
    void entryInsertedBeyondTheHeadIsFound() {
        AuditFixtures.appendMany(database, trail, 30);
        AuditEntry last = all().get(29);

        sql("INSERT INTO audit_entry SELECT 31, at, application_ref, action, actor, actor_role, from_status, "
                + "to_status, note, details, '" + last.hash() + "', hash FROM audit_entry WHERE seq = 30");

        assertBrokenAt(31, "Entry 31 is not part of the chain: it lies beyond the chain's head, entry 30");
    }

    @Test
    void floatingPointInDetailsIsRefusedAndNothingIsAppended() {
        trail.record(AuditFixtures.draft(1));
        AuditDraft withFloat = withDetails(AuditFixtures.draft(2), "{\"quantity\":{\"kg\":12.5}}");
        AuditDraft withExponent = withDetails(AuditFixtures.draft(2), "{\"quantity\":1e3}");
        AuditDraft notAnObject = withDetails(AuditFixtures.draft(2), "[1,2]");

        assertThatThrownBy(() -> trail.record(withFloat))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/details/quantity/kg");
        assertThatThrownBy(() -> trail.record(withExponent)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trail.record(notAnObject)).isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.head().seq()).isEqualTo(1);
        assertThat(all()).hasSize(1);

        AuditEntry decimalAsText = trail.record(withDetails(AuditFixtures.draft(2), "{\"quantity\":{\"kg\":\"12.5\"}}"));
        assertThat(decimalAsText.seq()).isEqualTo(2);
    }

    @Test
    void appendIsRolledBackWithTheChangeItRecords() {
        trail.record(AuditFixtures.draft(1));

        assertThatThrownBy(() -> database.write(transaction -> {
            trail.append(transaction, AuditFixtures.draft(2));
            throw new IllegalStateException("the recorded change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(repository.head().seq()).isEqualTo(1);
        assertThat(trail.record(AuditFixtures.draft(3)).seq()).isEqualTo(2);
        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).ok()).isTrue();
    }

    @Test
    void applicationHistoryIsNewestFirst() {
        AuditFixtures.appendMany(database, trail, 30);

        List<AuditEntry> history = trail.forApplication(AuditFixtures.APPLICATIONS.get(1));

        assertThat(history).isNotEmpty().allMatch(e -> e.applicationRef().equals(AuditFixtures.APPLICATIONS.get(1)));
        assertThat(history).extracting(AuditEntry::seq).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void verificationReportsProgressAndCanBeCancelled() {
        AuditFixtures.appendMany(database, trail, 2500);
        List<long[]> updates = new ArrayList<>();

        ChainVerification verification = trail.verifyDatabase((done, total) -> updates.add(new long[] {done, total}),
                () -> false);

        assertThat(verification.ok()).isTrue();
        assertThat(updates).extracting(u -> u[0]).containsExactly(0L, 1000L, 2000L, 2500L);
        assertThat(updates).allMatch(u -> u[1] == 2500);
        int[] asked = {0};
        assertThatThrownBy(() -> trail.verifyDatabase(ProgressListener.NONE, () -> ++asked[0] > 100))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void emptyTrailVerifies() {
        ChainVerification verification = trail.verifyDatabase(ProgressListener.NONE, () -> false);

        assertThat(verification.ok()).isTrue();
        assertThat(verification.headSeq()).isZero();
    }

    private void assertBrokenAt(long seq, String reason) {
        ChainVerification verification = trail.verifyDatabase(ProgressListener.NONE, () -> false);
        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
        assertThat(verification.reason()).isEqualTo(reason);
    }

    private static AuditDraft withDetails(AuditDraft draft, String details) {
        return new AuditDraft(draft.at(), draft.applicationRef(), draft.action(), draft.actor(), draft.actorRole(),
                draft.fromStatus(), draft.toStatus(), draft.note(), details);
    }

    private List<AuditEntry> all() {
        List<AuditEntry> entries = new ArrayList<>();
        repository.forEachInRange(1, Long.MAX_VALUE, entries::add);
        return entries;
    }

    private void sql(String statement) {
        database.withConnection(connection -> connection.createStatement().executeUpdate(statement));
    }

    /** Exchanges the given columns of two rows, keeping their seqs: what a careless or hostile edit would do. */
    private void swapRows(long first, long second, String columns) {
        database.inTransaction(connection -> {
            String[] names = columns.split(",\\s*");
            String assignments = String.join(", ", Arrays.stream(names)
                    .map(name -> name + " = (SELECT " + name + " FROM audit_entry o WHERE o.seq = ?)").toList());
            try (PreparedStatement copy = connection.prepareStatement(
                    "CREATE TEMPORARY TABLE swap AS SELECT * FROM audit_entry WHERE seq IN (?, ?)")) {
                copy.setLong(1, first);
                copy.setLong(2, second);
                copy.executeUpdate();
            }
            for (long[] pair : new long[][] {{first, second}, {second, first}}) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE audit_entry SET "
                        + assignments.replace("audit_entry o", "swap o") + " WHERE seq = ?")) {
                    int index = 1;
                    for (int i = 0; i < names.length; i++) {
                        update.setLong(index++, pair[1]);
                    }
                    update.setLong(index, pair[0]);
                    update.executeUpdate();
                }
            }
            connection.createStatement().execute("DROP TABLE swap");
            return null;
        });
    }
}
