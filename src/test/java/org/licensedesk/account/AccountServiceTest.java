package org.licensedesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.account.Credentials;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.store.AuditRepository.EntryFilter;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.testing.TestDatabases;

/**
 * Accounts on a real database with the production hasher (600,000 iterations): users are hashed once for the class,
 * and each test works on its own user.
 */
class AccountServiceTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final char[] SHARED_PASSWORD = "same-password-2026".toCharArray();
    private static final Instant START = Instant.parse("2026-03-10T06:00:00Z");
    private static final User ZHAO_LEI = new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true);

    @TempDir
    static Path folder;
    private static Database database;
    private static UserRepository users;
    private static AuditRepository auditRepository;
    private static MutableClock clock;
    private static AccountService accounts;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabases.migrated(folder);
        users = new UserRepository(database);
        auditRepository = new AuditRepository(database);
        clock = new MutableClock(START, BEIJING);
        accounts = new AccountService(database, users, new AuditTrail(database, auditRepository, clock),
                new PasswordHasher(), clock);
        database.write(transaction -> {
            users.insert(transaction, ZHAO_LEI);
            return null;
        });
        accounts.addUser(ZHAO_LEI, "li.na", "Li Na", UserRole.REVIEWER, SHARED_PASSWORD);
        accounts.addUser(ZHAO_LEI, "wang.fang", "Wang Fang", UserRole.REVIEWER, SHARED_PASSWORD);
    }

    @BeforeEach
    void resetClock() {
        clock.set(START);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static Credentials credentials(String username) {
        return database.write(transaction -> users.credentialsForUpdate(transaction, username)).orElseThrow();
    }

    private static List<AuditEntry> entriesBy(String actor) {
        List<AuditEntry> entries = new ArrayList<>();
        auditRepository.forEach(EntryFilter.actor(actor), 1, Long.MAX_VALUE, entry -> entries.add(entry));
        return entries;
    }

    private static SignInRefusedException refusedSignIn(String username, String password) {
        try {
            accounts.signIn(username, password.toCharArray());
        } catch (SignInRefusedException e) {
            return e;
        }
        throw new AssertionError(username + " signed in with " + password);
    }

    @Test
    void passwordIsStoredAsAHashOfAtLeast600000IterationsWithItsOwnRandomSalt() {
        Credentials liNa = credentials("li.na");
        Credentials wangFang = credentials("wang.fang");

        assertThat(liNa.password().iterations()).isGreaterThanOrEqualTo(600_000);
        assertThat(wangFang.password().iterations()).isGreaterThanOrEqualTo(600_000);
        assertThat(liNa.password().saltHex()).hasSize(32).isNotEqualTo(wangFang.password().saltHex());
        assertThat(liNa.password().hashHex()).hasSize(64).isNotEqualTo(wangFang.password().hashHex())
                .doesNotContain(new String(SHARED_PASSWORD));
        assertThat(accounts.signIn("li.na", SHARED_PASSWORD)).isEqualTo(
                new User("li.na", "Li Na", UserRole.REVIEWER, true));
    }

    @Test
    void productionHasherRefusesFewerThan600000Iterations() {
        assertThat(new PasswordHasher().iterations()).isEqualTo(PasswordHasher.MIN_ITERATIONS).isEqualTo(600_000);
        assertThatThrownBy(() -> new PasswordHasher(599_999)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountForFiveMinutes() {
        accounts.addUser(ZHAO_LEI, "lock.test", "Lock Test", UserRole.REVIEWER, "right-password-1".toCharArray());
        // Four wrong and a right one: the success starts the count again.
        for (int i = 0; i < 4; i++) {
            assertThat(refusedSignIn("lock.test", "wrong-password").reason())
                    .isEqualTo(SignInRefusedException.Reason.WRONG_CREDENTIALS);
        }
        accounts.signIn("lock.test", "right-password-1".toCharArray());
        for (int i = 0; i < 4; i++) {
            refusedSignIn("lock.test", "wrong-password");
        }
        assertThat(credentials("lock.test").lockedUntil()).isNull();

        SignInRefusedException fifth = refusedSignIn("lock.test", "wrong-password");

        Instant until = clock.instant().plus(Duration.ofMinutes(5));
        assertThat(fifth.reason()).isEqualTo(SignInRefusedException.Reason.LOCKED);
        assertThat(fifth.lockedUntil()).contains(until);
        assertThat(fifth.getMessage()).contains("locked until 14:05 on 2026-03-10");
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        SignInRefusedException duringLock = refusedSignIn("lock.test", "right-password-1");
        assertThat(duringLock.reason()).isEqualTo(SignInRefusedException.Reason.LOCKED);
        assertThat(duringLock.getMessage()).isEqualTo("The account lock.test is locked until 14:05 on 2026-03-10. "
                + "Try again then, or ask a supervisor to reset the password.");
        clock.advance(Duration.ofSeconds(1));
        assertThat(accounts.signIn("lock.test", "right-password-1".toCharArray()).username()).isEqualTo("lock.test");
        assertThat(credentials("lock.test").failedSignIns()).isZero();
        assertThat(credentials("lock.test").lockedUntil()).isNull();
    }

    @Test
    void unknownUserGetsTheSameAnswerAsAWrongPassword() {
        SignInRefusedException unknown = refusedSignIn("no.such.user", "whatever-password");
        SignInRefusedException wrong = refusedSignIn("wang.fang", "whatever-password");

        assertThat(unknown.reason()).isEqualTo(SignInRefusedException.Reason.WRONG_CREDENTIALS);
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
    }

    @Test
    void deactivatedUserCannotSignInAndTheDeactivationIsAudited() {
        accounts.addUser(ZHAO_LEI, "leaving.soon", "Leaving Soon", UserRole.REVIEWER, "her-password-1".toCharArray());

        User deactivated = accounts.deactivate(ZHAO_LEI, "leaving.soon");

        assertThat(deactivated.active()).isFalse();
        assertThat(users.find("leaving.soon")).hasValueSatisfying(u -> assertThat(u.active()).isFalse());
        SignInRefusedException refused = refusedSignIn("leaving.soon", "her-password-1");
        assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.INACTIVE);
        assertThat(refused.getMessage()).contains("deactivated");
        AuditEntry entry = entriesBy("zhao.lei").stream()
                .filter(e -> e.action().equals("USER_DEACTIVATED")).findFirst().orElseThrow();
        assertThat(entry.applicationRef()).isNull();
        assertThat(entry.note()).isEqualTo("Deactivated reviewer leaving.soon (Leaving Soon); the account can no "
                + "longer sign in.");
        assertThat(entry.detailsJson()).contains("\"username\":\"leaving.soon\"", "\"role\":\"REVIEWER\"");
        assertThatThrownBy(() -> accounts.deactivate(ZHAO_LEI, "leaving.soon"))
                .isInstanceOf(AccountRefusedException.class).hasMessage("leaving.soon is already deactivated.");
        assertThatThrownBy(() -> accounts.deactivate(ZHAO_LEI, "zhao.lei"))
                .hasMessage("You cannot deactivate your own account; ask another supervisor.");
    }

    @Test
    void onlySupervisorsAdministerAccounts() {
        User reviewer = new User("wang.fang", "Wang Fang", UserRole.REVIEWER, true);
        long before = entriesBy("wang.fang").size();

        assertThatThrownBy(() -> accounts.addUser(reviewer, "new.one", "New One", UserRole.REVIEWER,
                "a-good-password".toCharArray()))
                .isInstanceOf(AccountRefusedException.class)
                .hasMessage("Only a supervisor may add users; ask one of your supervisors.");
        assertThatThrownBy(() -> accounts.resetPassword(reviewer, "li.na", "a-good-password".toCharArray()))
                .isInstanceOf(AccountRefusedException.class);
        assertThatThrownBy(() -> accounts.deactivate(reviewer, "li.na")).isInstanceOf(AccountRefusedException.class);
        // A session that still claims the supervisor role is checked against the stored account.
        User pretender = new User("wang.fang", "Wang Fang", UserRole.SUPERVISOR, true);
        assertThatThrownBy(() -> accounts.deactivate(pretender, "li.na")).isInstanceOf(AccountRefusedException.class);

        assertThat(users.find("new.one")).isEmpty();
        assertThat(users.find("li.na")).hasValueSatisfying(u -> assertThat(u.active()).isTrue());
        assertThat(entriesBy("wang.fang")).hasSize((int) before);
    }

    @Test
    void addingAUserIsAuditedWithoutThePassword() {
        List<AuditEntry> added = entriesBy("zhao.lei").stream().filter(e -> e.action().equals("USER_ADDED")).toList();

        AuditEntry liNa = added.stream().filter(e -> e.detailsJson().contains("\"li.na\"")).findFirst().orElseThrow();
        assertThat(liNa.note()).isEqualTo("Added reviewer li.na (Li Na).");
        assertThat(liNa.actorRole()).isEqualTo("SUPERVISOR");
        assertThat(liNa.applicationRef()).isNull();
        assertThat(liNa.fromStatus()).isNull();
        assertThat(liNa.toStatus()).isNull();
        assertThat(liNa.detailsJson()).isEqualTo(
                "{\"username\":\"li.na\",\"displayName\":\"Li Na\",\"role\":\"REVIEWER\"}");
        for (AuditEntry entry : entriesBy("zhao.lei")) {
            assertThat(entry.note() + entry.detailsJson()).doesNotContain(new String(SHARED_PASSWORD),
                    "right-password-1", "her-password-1", "reset-password-2");
        }
    }

    @Test
    void newUserNameAndPasswordAreChecked() {
        assertThatThrownBy(() -> accounts.addUser(ZHAO_LEI, "li.na", "Li Na Again", UserRole.REVIEWER,
                "a-good-password".toCharArray()))
                .isInstanceOf(AccountRefusedException.class).hasMessageStartingWith("There is already a user li.na");
        assertThatThrownBy(() -> accounts.addUser(ZHAO_LEI, "Li Na", "Li Na", UserRole.REVIEWER,
                "a-good-password".toCharArray())).isInstanceOf(AccountRefusedException.class);
        assertThatThrownBy(() -> accounts.addUser(ZHAO_LEI, "short.pw", "Short", UserRole.REVIEWER,
                "2short".toCharArray()))
                .hasMessage("A password needs at least 10 characters.");
    }

    @Test
    void supervisorResetsAPasswordWhichLiftsALockAndIsAudited() {
        accounts.addUser(ZHAO_LEI, "forgetful", "Forgetful One", UserRole.REVIEWER, "first-password".toCharArray());
        database.write(transaction -> {
            users.recordFailedSignIns(transaction, "forgetful", 0, clock.instant().plus(Duration.ofMinutes(5)));
            return null;
        });

        accounts.resetPassword(ZHAO_LEI, "forgetful", "reset-password-2".toCharArray());

        assertThat(accounts.signIn("forgetful", "reset-password-2".toCharArray()).username()).isEqualTo("forgetful");
        AuditEntry entry = entriesBy("zhao.lei").stream()
                .filter(e -> e.action().equals("PASSWORD_RESET")).findFirst().orElseThrow();
        assertThat(entry.note()).isEqualTo("Reset the password of reviewer forgetful (Forgetful One).");
        assertThat(entry.detailsJson()).contains("\"username\":\"forgetful\"", "\"role\":\"REVIEWER\"");
    }

    /** A clock the test moves forward by hand. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        MutableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MutableClock(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
