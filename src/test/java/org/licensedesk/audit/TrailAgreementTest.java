package org.licensedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.licensedesk.account.AccountRefusedException;
import org.licensedesk.account.AccountService;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.account.SignInRefusedException;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.account.Authority;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.roles.Officials;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.StoreTest;
import org.licensedesk.testing.TestDatabases;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tamper tests: someone with write access to the database changes a row (a user's role, an account's active flag,
 * an application's status) without the trail's knowledge. Sign-in and the next action refuse, in a sentence naming
 * the entry that disagrees, and the finding is recorded once, however often it is met.
 */
@StoreTest
class TrailAgreementTest {
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path folder;

    private Database database;
    private AuditRepository entries;
    private AuditTrail trail;
    private AccountService accounts;
    private WorkflowService workflow;
    private Officials officials;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.migrated(folder.resolve("db"));
        TestDatabases.addOfficials(database);
        UserRepository users = new UserRepository(database);
        entries = new AuditRepository(database);
        Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
        trail = new AuditTrail(database, entries, clock);
        accounts = new AccountService(database, users, trail, new PasswordHasher(), clock);
        workflow = new WorkflowService(database, new WorkflowStateRepository(database), users, entries, trail,
                WorkingDayCalendar.official(), clock);
        officials = new Officials(database, users, new TrailAgreement(database, entries, trail));
    }

    @AfterEach
    void closeDatabase() {
        assertThat(trail.verifyDatabase(ProgressListener.NONE, () -> false).ok())
                .as("a finding is appended to the chain like any entry").isTrue();
        database.close();
    }

    @Test
    void aReviewerMadeSupervisorInTheTableCannotSignInNorActAsOne() {
        accounts.addUser(ZHAO_LEI, "wang.fang", "Wang Fang", UserRole.REVIEWER, PASSWORD);
        long added = entries.maxSeq();
        assertThat(accounts.signIn("wang.fang", PASSWORD).role()).isEqualTo(UserRole.REVIEWER);
        sql("UPDATE app_user SET role = 'SUPERVISOR' WHERE username = 'wang.fang'");

        SignInRefusedException refused = catchThrowableOfType(SignInRefusedException.class,
                () -> accounts.signIn("wang.fang", PASSWORD));

        assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.TRAIL_MISMATCH);
        assertThat(refused.getMessage()).isEqualTo("The audit trail records wang.fang as a reviewer (entry " + added
                + "), but the users table says supervisor: the table was changed outside LicenseDesk, so nothing was "
                + "done. Tell a supervisor; the mismatch is recorded in the audit trail.");
        User asStored = new User("wang.fang", "Wang Fang", UserRole.SUPERVISOR, true);
        assertThatThrownBy(() -> accounts.addUser(asStored, "chen.jie", "Chen Jie", UserRole.SUPERVISOR, PASSWORD))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("as a reviewer (entry " + added);
        assertThatThrownBy(() -> officials.require(Authority.SUPERVISOR, asStored, "read the decision history",
                IllegalStateException::new)).hasMessageContaining("as a reviewer");
        assertThatThrownBy(() -> accounts.signIn("wang.fang", PASSWORD)).isInstanceOf(SignInRefusedException.class);

        List<AuditEntry> findings = findings();
        assertThat(findings).as("recorded once, however often it is met").hasSize(1);
        AuditEntry finding = findings.get(0);
        assertThat(finding.actor()).isEqualTo("wang.fang");
        assertThat(finding.actorRole()).as("the role the trail vouches for").isEqualTo("REVIEWER");
        assertThat(finding.detailsJson()).isEqualTo("{\"kind\":\"USER_ROLE\",\"subject\":\"wang.fang\","
                + "\"stored\":\"SUPERVISOR\",\"trail\":\"REVIEWER\",\"trailSeq\":" + added + "}");
    }

    @Test
    void anAccountWithoutAnAccountEntryIsHeldToTheRoleItFirstActedIn() {
        String reference = submitted();
        workflow.perform(LI_NA, new WorkflowCommand.Claim(reference, 0, "Taking this one."));
        long claimed = entries.maxSeq();
        sql("UPDATE app_user SET role = 'SUPERVISOR' WHERE username = 'li.na'");
        User promoted = new User("li.na", "Li Na", UserRole.SUPERVISOR, true);

        assertThatThrownBy(() -> workflow.perform(promoted, new WorkflowCommand.AddNote(reference, 1, "Spoke with the applicant today.")))
                .isInstanceOf(WorkflowRefusedException.class)
                .hasMessageContaining("li.na as a reviewer (entry " + claimed + ")");
        assertThat(findings()).hasSize(1);
        assertThat(workflow.state(reference).version()).as("nothing was done").isEqualTo(1);
    }

    @Test
    void anApplicationApprovedInTheTableIsRefusedAndTheFindingRecordedOnce() {
        String reference = submitted();
        workflow.perform(LI_NA, new WorkflowCommand.Claim(reference, 0, "Taking this one."));
        long claimed = entries.maxSeq();
        sql("UPDATE licence_application SET status = 'APPROVED' WHERE reference = '" + reference + "'");

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> workflow.perform(LI_NA, new WorkflowCommand.AddNote(reference, 1, "Spoke with the applicant today.")))
                    .isInstanceOf(WorkflowRefusedException.class)
                    .hasMessage("The audit trail records " + reference + " as under review (entry " + claimed
                            + "), but the applications table says approved: the table was changed outside "
                            + "LicenseDesk, so nothing was done. Tell a supervisor; the mismatch is recorded in the "
                            + "audit trail.");
        }

        List<AuditEntry> findings = findings();
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).applicationRef()).isEqualTo(reference);
        assertThat(findings.get(0).actor()).isEqualTo("li.na");
        assertThat(findings.get(0).detailsJson()).contains("\"kind\":\"APPLICATION_STATUS\"",
                "\"stored\":\"APPROVED\"", "\"trail\":\"UNDER_REVIEW\"");

        sql("UPDATE licence_application SET status = 'UNDER_REVIEW' WHERE reference = '" + reference + "'");
        assertThat(workflow.perform(LI_NA, new WorkflowCommand.AddNote(reference, 1, "Spoke with the applicant today.")).entry().action())
                .as("once the row agrees again, work goes on").isEqualTo("NOTE_ADDED");
    }

    @Test
    void aDeactivatedAccountMadeActiveInTheTableCannotSignIn() {
        accounts.addUser(ZHAO_LEI, "wang.fang", "Wang Fang", UserRole.REVIEWER, PASSWORD);
        accounts.deactivate(ZHAO_LEI, "wang.fang");
        long deactivated = entries.maxSeq();
        sql("UPDATE app_user SET active = TRUE WHERE username = 'wang.fang'");

        assertThatThrownBy(() -> accounts.signIn("wang.fang", PASSWORD))
                .isInstanceOf(SignInRefusedException.class)
                .hasMessageStartingWith("The audit trail records that the account wang.fang was deactivated (entry "
                        + deactivated + ")");
        assertThat(findings()).singleElement().extracting(AuditEntry::detailsJson).asString()
                .contains("\"kind\":\"USER_ACTIVE\"");
    }

    @Test
    void rowsThatAgreeAreLeftAlone() {
        accounts.addUser(ZHAO_LEI, "wang.fang", "Wang Fang", UserRole.REVIEWER, PASSWORD);
        String reference = submitted();
        workflow.perform(LI_NA, new WorkflowCommand.Claim(reference, 0, "Taking this one."));

        assertThat(accounts.signIn("wang.fang", PASSWORD).username()).isEqualTo("wang.fang");
        assertThat(officials.require(Authority.SUPERVISOR, ZHAO_LEI, "x", IllegalStateException::new).username())
                .isEqualTo("zhao.lei");
        assertThat(findings()).isEmpty();
    }

    private String submitted() {
        String reference = "EXP-2026-000777";
        new ApplicationRepository(database).insertAll(List.of(SampleApplications.dysprosiumOxide(reference,
                LocalDate.of(2026, 3, 2), ApplicationStatus.SUBMITTED, null)));
        trail.record(new AuditDraft(NOW, reference, AuditAction.CREATED, "zhao.lei", UserRole.SUPERVISOR, null,
                ApplicationStatus.SUBMITTED, "Imported", "{}"));
        return reference;
    }

    private List<AuditEntry> findings() {
        return entries.withAction(AuditAction.TRAIL_MISMATCH.name());
    }

    private void sql(String statement) {
        database.inTransaction(connection -> connection.createStatement().executeUpdate(statement));
    }
}
