package org.licensedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The head each workstation remembers, per database, in the user's data folder: a chain that grew is accepted and
 * remembered; a chain rewritten (even with every later hash recomputed) or cut since is reported on sign-in,
 * naming the seq, and recorded once.
 */
@StoreTest
class WorkstationHeadsTest {
    @TempDir
    Path folder;

    private Database database;
    private Path location;
    private AuditRepository repository;
    private AuditTrail trail;
    private WorkstationHeads heads;

    @BeforeEach
    void openDatabase() {
        location = folder.resolve("db");
        database = TestDatabases.migrated(location);
        TestDatabases.addOfficials(database);
        repository = new AuditRepository(database);
        trail = new AuditTrail(database, repository, Clock.fixed(AuditFixtures.START, ZoneOffset.UTC));
        heads = trail.workstationHeads(WorkstationHeads.in(folder.resolve("data")));
        AuditFixtures.appendMany(database, trail, 20);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aChainThatGrewExtendsTheRememberedHeadAndIsRemembered() {
        assertThat(heads.checkOnSignIn(location, AuditFixtures.REVIEWER)).isEmpty();
        assertThat(heads.remembered(location)).contains(new WorkstationHeads.Seen(20,
                repository.entryAt(20).orElseThrow().hash()));
        AuditFixtures.appendMany(database, trail, 5);

        assertThat(heads.checkOnSignIn(location, AuditFixtures.REVIEWER)).isEmpty();

        assertThat(heads.remembered(location).orElseThrow().seq()).isEqualTo(25);
        assertThat(findings()).isEmpty();
        assertThat(heads.fileFor(location)).startsWith(folder.resolve("data").resolve("heads"));
        assertThat(heads.fileFor(folder.resolve("other"))).as("one file per database")
                .isNotEqualTo(heads.fileFor(location));
    }

    @Test
    void aChainRewrittenWithEveryLaterHashRecomputedIsReportedAtTheRememberedSeq() {
        heads.checkOnSignIn(location, AuditFixtures.REVIEWER);
        rechainFrom(12, "Nothing to see");
        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).ok())
                .as("the chain alone does not show it").isTrue();

        Optional<WorkstationHeads.Divergence> found = heads.checkOnSignIn(location, AuditFixtures.SUPERVISOR);

        assertThat(found).isPresent();
        assertThat(found.get().seq()).isEqualTo(20);
        assertThat(found.get().sentence()).isEqualTo("This workstation last saw the audit chain end at entry 20, but "
                + "entry 20 now has another hash, so the chain was rewritten since. Tell a supervisor: verify the "
                + "trail against the last checkpoint (verify-audit --checkpoint).");
        assertThat(heads.checkOnSignIn(location, AuditFixtures.SUPERVISOR)).as("it warns at every sign-in")
                .isPresent();
        assertThat(findings()).as("recorded once").hasSize(1);
        assertThat(findings().get(0).detailsJson()).contains("\"kind\":\"WORKSTATION_HEAD\"", "\"trailSeq\":20");
        assertThat(heads.remembered(location).orElseThrow().seq()).as("the old head is kept").isEqualTo(20);
    }

    @Test
    void aChainCutBelowTheRememberedHeadIsReported() {
        heads.checkOnSignIn(location, AuditFixtures.REVIEWER);
        String hash15 = repository.entryAt(15).orElseThrow().hash();
        sql("DELETE FROM audit_entry WHERE seq > 15");
        sql("UPDATE audit_head SET seq = 15, hash = '" + hash15 + "' WHERE id = 1");

        Optional<WorkstationHeads.Divergence> found = heads.checkOnSignIn(location, AuditFixtures.REVIEWER);

        assertThat(found).isPresent();
        assertThat(found.get().hashNow()).isNull();
        assertThat(found.get().headSeqNow()).isEqualTo(15);
        assertThat(found.get().sentence()).contains("end at entry 20", "now ends at entry 15, so it was cut");
        assertThat(findings()).hasSize(1);
    }

    @Test
    void anUnreadableFileRemembersNothingAndIsWrittenAgain() throws Exception {
        java.nio.file.Files.createDirectories(heads.fileFor(location).getParent());
        java.nio.file.Files.writeString(heads.fileFor(location), "seq=not a number\n");

        assertThat(heads.checkOnSignIn(location, AuditFixtures.REVIEWER)).isEmpty();

        assertThat(heads.remembered(location).orElseThrow().seq()).isEqualTo(20);
    }

    private List<AuditEntry> findings() {
        return repository.withAction(AuditAction.TRAIL_MISMATCH.name());
    }

    private void rechainFrom(long seq, String note) {
        ChainForgery.rechainFrom(database, repository, seq, note);
    }

    private void sql(String statement) {
        database.withConnection(connection -> connection.createStatement().executeUpdate(statement));
    }
}
