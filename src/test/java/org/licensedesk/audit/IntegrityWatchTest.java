package org.licensedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;

/** The supervisor's integrity check on sign-in: a broken chain is found, and recorded once per finding. */
@StoreTest
class IntegrityWatchTest {
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
        AuditFixtures.appendMany(database, trail, 40);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anIntactChainIsReportedAndNothingIsRecorded() {
        IntegrityReport report = new IntegrityWatch(trail, TestDatabases.officials(database), AuditFixtures.SUPERVISOR)
                .verify(ProgressListener.NONE, () -> false);

        assertThat(report.verification().ok()).isTrue();
        assertThat(report.verification().entriesChecked()).isEqualTo(40);
        assertThat(report.recordedSeq()).isNull();
        assertThat(repository.head().seq()).isEqualTo(40);
    }

    @Test
    void aTamperedEntryIsRecordedAsAuditVerificationFailedWithTheFirstBrokenSeq() {
        sql("UPDATE audit_entry SET note = 'Nothing to see' WHERE seq = 17");

        IntegrityReport report = new IntegrityWatch(trail, TestDatabases.officials(database), AuditFixtures.SUPERVISOR)
                .verify(ProgressListener.NONE, () -> false);

        assertThat(report.verification().ok()).isFalse();
        assertThat(report.verification().firstBrokenSeq()).isEqualTo(17);
        assertThat(report.recordedSeq()).isEqualTo(41);
        AuditEntry entry = all().get(40);
        assertThat(entry.seq()).isEqualTo(41);
        assertThat(entry.action()).isEqualTo("AUDIT_VERIFICATION_FAILED");
        assertThat(entry.actor()).isEqualTo("zhao.lei");
        assertThat(entry.actorRole()).isEqualTo("SUPERVISOR");
        assertThat(entry.applicationRef()).isNull();
        assertThat(entry.note()).contains("broken at entry 17");
        assertThat(entry.detailsJson()).contains("\"firstBrokenSeq\":17")
                .contains("\"reason\":\"Entry 17 was changed: its hash does not match its content\"");
        // The finding extends the chain properly: the check still stops at the tampered entry, not at the new one.
        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).firstBrokenSeq()).isEqualTo(17);
    }

    @Test
    void theSameFindingIsRecordedOncePerSignInAndANewFindingAgain() {
        IntegrityWatch watch = new IntegrityWatch(trail, TestDatabases.officials(database), AuditFixtures.SUPERVISOR);
        sql("UPDATE audit_entry SET note = 'Nothing to see' WHERE seq = 17");

        IntegrityReport first = watch.verify(ProgressListener.NONE, () -> false);
        IntegrityReport again = watch.verify(ProgressListener.NONE, () -> false);
        sql("UPDATE audit_entry SET note = 'Nothing here either' WHERE seq = 5");
        IntegrityReport earlier = watch.verify(ProgressListener.NONE, () -> false);
        IntegrityReport nextSignIn = new IntegrityWatch(trail, TestDatabases.officials(database), AuditFixtures.SUPERVISOR)
                .verify(ProgressListener.NONE, () -> false);

        assertThat(first.recordedSeq()).isEqualTo(41);
        assertThat(again.verification().firstBrokenSeq()).isEqualTo(17);
        assertThat(again.recordedSeq()).isNull();
        assertThat(earlier.verification().firstBrokenSeq()).isEqualTo(5);
        assertThat(earlier.recordedSeq()).isEqualTo(42);
        assertThat(nextSignIn.recordedSeq()).isEqualTo(43);
        assertThat(all()).filteredOn(entry -> entry.action().equals("AUDIT_VERIFICATION_FAILED")).hasSize(3);
    }

    @Test
    void aFindingThatCannotBeAppendedIsStillReported() {
        AuditEntry last = all().get(39);
        // A forged entry beyond the head takes the seq the finding would get.
        sql("INSERT INTO audit_entry SELECT 41, at, application_ref, action, actor, actor_role, from_status, "
                + "to_status, note, details, '" + last.hash() + "', hash FROM audit_entry WHERE seq = 40");

        IntegrityReport report = new IntegrityWatch(trail, TestDatabases.officials(database), AuditFixtures.SUPERVISOR)
                .verify(ProgressListener.NONE, () -> false);

        assertThat(report.verification().firstBrokenSeq()).isEqualTo(41);
        assertThat(report.recordedSeq()).isNull();
        assertThat(report.notRecordedBecause()).isNotBlank();
    }

    @Test
    void onlySupervisorsWatchTheTrail() {
        assertThatThrownBy(() -> new IntegrityWatch(trail, TestDatabases.officials(database), AuditFixtures.REVIEWER))
                .isInstanceOf(AuditRefusedException.class).hasMessageContaining("li.na is a reviewer");
    }

    @Test
    void theStoredAccountIsCheckedWhenTheTrailIsVerifiedNotWhenTheWatchIsMade() {
        // A supervisor as the window was told, whose account the database does not hold: making the watch (on the FX
        // thread, with the main window) reads nothing; verifying refuses before it reads the chain.
        User unknown = new User("sun.yu", "Sun Yu", UserRole.SUPERVISOR, true);
        IntegrityWatch watch = new IntegrityWatch(trail, TestDatabases.officials(database), unknown);

        assertThatThrownBy(() -> watch.verify(ProgressListener.NONE, () -> false))
                .isInstanceOf(AuditRefusedException.class).hasMessageContaining("There is no account sun.yu");
    }

    private List<AuditEntry> all() {
        List<AuditEntry> entries = new ArrayList<>();
        repository.forEachInRange(1, Long.MAX_VALUE, entries::add);
        return entries;
    }

    private void sql(String statement) {
        database.withConnection(connection -> connection.createStatement().executeUpdate(statement));
    }
}
