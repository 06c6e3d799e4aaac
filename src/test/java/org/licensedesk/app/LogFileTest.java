package org.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.account.AccountService;
import org.licensedesk.account.PasswordHasher;
import org.licensedesk.account.SignInRefusedException;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.WorkingDayCalendar;
import org.licensedesk.domain.workflow.WorkflowCommand;
import org.licensedesk.domain.workflow.WorkflowRefusedException;
import org.licensedesk.store.ApplicationRepository;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.WorkflowStateRepository;
import org.licensedesk.testing.SampleApplications;
import org.licensedesk.testing.TestDatabases;
import org.licensedesk.workflow.WorkflowService;
import org.slf4j.LoggerFactory;

/**
 * The real log configuration ({@link LogConfiguration}), logging into a temporary folder: who signed in and what they did reach the file,
 * with errors' stack traces; passwords and notes never do, and the libraries say nothing below WARN.
 */
class LogFileTest {
    private static final String PASSWORD = "correct-horse-battery-7";
    private static final String WRONG_PASSWORD = "wrong-guess-Shanghai-42";
    private static final String NOTE = "Phoned the consignee in Basel about the magnet plant, all consistent";
    private static final User LI_NA = new User("li.na", "Li Na", UserRole.REVIEWER, true);

    @TempDir
    Path folder;
    private Path logFile;

    @BeforeEach
    void logIntoTheTemporaryFolder() {
        logFile = LogSetup.reconfigure(folder.resolve("logs"));
    }

    @AfterEach
    void logNowhereAgain() {
        LogSetup.restore();
    }

    @Test
    void signInsAndActionsAreLoggedByUsernameWithoutPasswordsOrNotes() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (Database database = TestDatabases.migrated(folder.resolve("db"))) {
            UserRepository users = new UserRepository(database);
            PasswordHasher hasher = PasswordHasher.weakForTests(1_000);
            database.write(transaction -> {
                users.insert(transaction, LI_NA);
                users.setPassword(transaction, LI_NA.username(), hasher.hash(PASSWORD.toCharArray()));
                return null;
            });
            AuditRepository entries = new AuditRepository(database);
            AuditTrail trail = new AuditTrail(database, entries, clock);
            AccountService accounts = new AccountService(database, users, trail, hasher, clock);
            WorkflowService workflow = new WorkflowService(database, new WorkflowStateRepository(database), users,
                    entries, trail, WorkingDayCalendar.official(), clock);
            new ApplicationRepository(database).insertAll(List.of(SampleApplications.dysprosiumOxide(
                    "EXP-2026-000777", LocalDate.of(2026, 3, 2), ApplicationStatus.SUBMITTED, null)));

            assertThatThrownBy(() -> accounts.signIn("li.na", WRONG_PASSWORD.toCharArray()))
                    .isInstanceOf(SignInRefusedException.class);
            // A password typed into the user-name field: no account has that name, so it is not logged.
            assertThatThrownBy(() -> accounts.signIn(PASSWORD, PASSWORD.toCharArray()))
                    .isInstanceOf(SignInRefusedException.class);
            User signedIn = accounts.signIn("li.na", PASSWORD.toCharArray());
            workflow.perform(signedIn, new WorkflowCommand.Claim("EXP-2026-000777", 0, NOTE));
            // A stale version: refused, and the refusal is logged without its note either.
            assertThatThrownBy(() -> workflow.perform(signedIn, new WorkflowCommand.AddNote("EXP-2026-000777", 0,
                    NOTE))).isInstanceOf(WorkflowRefusedException.class);
        }
        LoggerFactory.getLogger(LogFileTest.class).error("Error shown to the user: a test failure",
                new IllegalStateException("the database went away"));

        String log = Files.readString(logFile, StandardCharsets.UTF_8);
        assertThat(log).contains("Sign-in refused for li.na: WRONG_CREDENTIALS")
                .contains("Sign-in refused for a user name no account has: WRONG_CREDENTIALS")
                .contains("li.na signed in (REVIEWER)")
                .contains("li.na recorded CLAIMED on EXP-2026-000777")
                .contains("li.na was refused an action on EXP-2026-000777")
                .contains("java.lang.IllegalStateException: the database went away")
                .contains("\tat org.licensedesk.app.LogFileTest");
        assertThat(log).doesNotContain(PASSWORD).doesNotContain(WRONG_PASSWORD)
                .doesNotContain(NOTE).doesNotContain("Basel");
        // Flyway migrated a new database above, which it reports at INFO: below the libraries' WARN.
        assertThat(log).doesNotContain("org.flywaydb");
    }
}
