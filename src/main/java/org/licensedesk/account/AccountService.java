package org.licensedesk.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.licensedesk.audit.AuditTrail;
import org.licensedesk.audit.TrailAgreement;
import org.licensedesk.store.AuditRepository;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditDraft;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.account.Credentials;
import org.licensedesk.domain.account.PasswordHash;
import org.licensedesk.json.JsonMapper;
import org.licensedesk.store.Database;
import org.licensedesk.store.UserRepository;
import org.licensedesk.store.Transaction;

/**
 * Local accounts: sign-in with lock-out after repeated wrong passwords, and the supervisor's administration (add a
 * user, reset a password, deactivate), each recorded in the audit trail. Passwords are kept only as hashes.
 */
public final class AccountService {
    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);
    /** Wrong passwords in a row that lock an account. */
    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(5);
    public static final int MIN_PASSWORD_LENGTH = 10;

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,39}");
    private static final int MAX_DISPLAY_NAME = 100;
    private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("HH:mm 'on' yyyy-MM-dd");

    private final Database database;
    private final UserRepository users;
    private final AuditTrail auditTrail;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final TrailAgreement agreement;
    private final ObjectMapper mapper = JsonMapper.shared();

    public AccountService(Database database, UserRepository users, AuditTrail auditTrail, PasswordHasher hasher,
                          Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.users = Objects.requireNonNull(users, "users");
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.agreement = new TrailAgreement(database, new AuditRepository(database), auditTrail);
    }

    /**
     * Checks a user name and password.
     *
     * @return the signed-in user
     * @throws SignInRefusedException for an unknown user or wrong password (one message for both), a locked
     *                                account (saying until when), a deactivated account or one without a password
     */
    public User signIn(String username, char[] password) {
        Objects.requireNonNull(password, "password");
        String name = username == null ? "" : username.strip();
        // The refusal is returned, not thrown, so the transaction still commits the count of wrong passwords.
        SignInOutcome outcome = database.write(transaction -> checkPassword(transaction, name, password));
        if (outcome.refusal() != null) {
            // An account's name, never the password; nor a name no account has, which may be a password typed into
            // the wrong field.
            LOG.info("Sign-in refused for {}: {}", outcome.knownUser() ? name : "a user name no account has",
                    outcome.refusal().reason());
            throw outcome.refusal();
        }
        LOG.info("{} signed in ({})", outcome.user().username(), outcome.user().role());
        return outcome.user();
    }

    private SignInOutcome checkPassword(Transaction transaction, String username, char[] password) {
        Optional<Credentials> found = users.credentialsForUpdate(transaction, username);
        Instant now = clock.instant();
        if (found.isEmpty()) {
            hasher.spendCheckTime(password);
            return new SignInOutcome(null, wrongCredentials(), false);
        }
        Credentials credentials = found.get();
        if (credentials.isLockedAt(now)) {
            return SignInOutcome.refused(locked(username, credentials.lockedUntil(), false));
        }
        if (credentials.password() == null) {
            return SignInOutcome.refused(new SignInRefusedException(SignInRefusedException.Reason.NO_PASSWORD,
                    "No password has been set for " + username + "; ask a supervisor to set one.", null));
        }
        if (!hasher.matches(password, credentials.password())) {
            // A lock that has run out starts a new count (the count was cleared when the lock was set).
            int failed = credentials.failedSignIns() + 1;
            if (failed >= MAX_FAILED_SIGN_INS) {
                Instant until = now.plus(LOCK_DURATION).truncatedTo(ChronoUnit.MILLIS);
                users.recordFailedSignIns(transaction, username, 0, until);
                return SignInOutcome.refused(locked(username, until, true));
            }
            users.recordFailedSignIns(transaction, username, failed, null);
            return SignInOutcome.refused(wrongCredentials());
        }
        if (!credentials.user().active()) {
            return SignInOutcome.refused(new SignInRefusedException(SignInRefusedException.Reason.INACTIVE,
                    "The account " + username + " has been deactivated and can no longer sign in. Ask a supervisor "
                            + "if this is a mistake.", null));
        }
        Optional<TrailAgreement.Finding> mismatch = agreement.account(transaction, credentials.user());
        if (mismatch.isPresent()) {
            // Recorded on this transaction, which commits: the refusal is returned, not thrown.
            agreement.record(transaction, mismatch.get());
            return SignInOutcome.refused(new SignInRefusedException(SignInRefusedException.Reason.TRAIL_MISMATCH,
                    mismatch.get().sentence(), null));
        }
        users.recordSuccessfulSignIn(transaction, username);
        return new SignInOutcome(credentials.user(), null, true);
    }

    private static SignInRefusedException wrongCredentials() {
        return new SignInRefusedException(SignInRefusedException.Reason.WRONG_CREDENTIALS,
                "The user name or the password is wrong. After " + MAX_FAILED_SIGN_INS + " wrong passwords in a row "
                        + "an account is locked for " + LOCK_DURATION.toMinutes() + " minutes.", null);
    }

    private SignInRefusedException locked(String username, Instant until, boolean justNow) {
        String when = LOCK_TIME.format(until.atZone(clock.getZone()));
        return new SignInRefusedException(SignInRefusedException.Reason.LOCKED,
                (justNow ? MAX_FAILED_SIGN_INS + " wrong passwords in a row: the" : "The") + " account " + username
                        + " is locked until " + when + ". Try again then, or ask a supervisor to reset the password.",
                until);
    }

    /** @param knownUser whether an account has the name typed */
    private record SignInOutcome(User user, SignInRefusedException refusal, boolean knownUser) {
        static SignInOutcome refused(SignInRefusedException refusal) {
            return new SignInOutcome(null, refusal, true);
        }
    }

    /** All accounts, active or not, by user name. */
    public List<User> users() {
        return users.all();
    }

    /**
     * A supervisor adds an account with a first password.
     *
     * @throws AccountRefusedException when {@code by} is not an active supervisor, the user name is taken or not
     *                                 valid, the display name is empty or the password too short
     */
    public User addUser(User by, String username, String displayName, UserRole role, char[] password) {
        Objects.requireNonNull(role, "role");
        String name = username == null ? "" : username.strip();
        String display = displayName == null ? "" : displayName.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountRefusedException("A user name is 2 to 40 lowercase letters, digits, dots, hyphens or "
                    + "underscores, starting with a letter (such as li.na); '" + name + "' is not.");
        }
        if (display.isEmpty() || display.length() > MAX_DISPLAY_NAME) {
            throw new AccountRefusedException("Give the official's name as it should appear (1 to "
                    + MAX_DISPLAY_NAME + " characters).");
        }
        checkPassword(name, password);
        User user = new User(name, display, role, true);
        PasswordHash hash = hashFor(by, "add users", password);
        Instant at = now();
        return database.write(transaction -> {
            User supervisor = requireSupervisor(transaction, by, "add users");
            if (users.find(transaction, name).isPresent()) {
                throw new AccountRefusedException("There is already a user " + name + "; choose another user name "
                        + "(users are deactivated, never deleted, so old names stay taken).");
            }
            users.insert(transaction, user, hash);
            audit(transaction, at, supervisor, AuditAction.USER_ADDED,
                    "Added " + describe(user) + ".", user);
            return user;
        });
    }

    /**
     * A supervisor sets a new password for an account; this also lifts a lock.
     *
     * @throws AccountRefusedException when {@code by} is not an active supervisor, the user is unknown or the
     *                                 password too short
     */
    public void resetPassword(User by, String username, char[] newPassword) {
        String name = username == null ? "" : username.strip();
        checkPassword(name, newPassword);
        PasswordHash hash = hashFor(by, "reset passwords", newPassword);
        Instant at = now();
        database.write(transaction -> {
            User supervisor = requireSupervisor(transaction, by, "reset passwords");
            User user = existing(transaction, name);
            users.setPassword(transaction, name, hash);
            audit(transaction, at, supervisor, AuditAction.PASSWORD_RESET,
                    "Reset the password of " + describe(user) + ".", user);
            return null;
        });
    }

    /**
     * A supervisor deactivates an account: it can no longer sign in or act, and stays in the audit trail.
     *
     * @throws AccountRefusedException when {@code by} is not an active supervisor, the user is unknown, already
     *                                 inactive, or is {@code by} themself
     */
    public User deactivate(User by, String username) {
        String name = username == null ? "" : username.strip();
        Instant at = now();
        return database.write(transaction -> {
            User supervisor = requireSupervisor(transaction, by, "deactivate users");
            User user = existing(transaction, name);
            if (user.username().equals(supervisor.username())) {
                throw new AccountRefusedException("You cannot deactivate your own account; ask another supervisor.");
            }
            if (!user.active()) {
                throw new AccountRefusedException(name + " is already deactivated.");
            }
            users.setActive(transaction, name, false);
            audit(transaction, at, supervisor, AuditAction.USER_DEACTIVATED,
                    "Deactivated " + describe(user) + "; the account can no longer sign in.", user);
            return new User(user.username(), user.displayName(), user.role(), false);
        });
    }

    /**
     * Hashes outside the transaction (it takes a fraction of a second and needs no lock), but only for a supervisor:
     * nobody else gets to spend that time. The transaction checks the supervisor again.
     */
    private PasswordHash hashFor(User by, String what, char[] password) {
        database.read(transaction -> requireSupervisor(transaction, by, what));
        return hasher.hash(password);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void checkPassword(String username, char[] password) {
        Objects.requireNonNull(password, "password");
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new AccountRefusedException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (sameIgnoringCase(password, username)) {
            throw new AccountRefusedException("A password must not be the user name.");
        }
    }

    // Compared in place: a String copy of the password would linger in memory until collected.
    private static boolean sameIgnoringCase(char[] password, String text) {
        if (password.length != text.length()) {
            return false;
        }
        for (int i = 0; i < password.length; i++) {
            if (Character.toLowerCase(password[i]) != Character.toLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Re-reads the acting user: a role or deactivation since sign-in counts. */
    private User requireSupervisor(Transaction transaction, User by, String what) {
        Objects.requireNonNull(by, "by");
        Optional<User> stored = users.find(transaction, by.username());
        if (stored.isEmpty() || !stored.get().active()) {
            throw new AccountRefusedException("Your account (" + by.username() + ") is not active; you cannot "
                    + what + ".");
        }
        if (stored.get().role() != UserRole.SUPERVISOR) {
            throw new AccountRefusedException("Only a supervisor may " + what + "; ask one of your supervisors.");
        }
        agreement.check(transaction, stored.get(), AccountRefusedException::new);
        return stored.get();
    }

    private User existing(Transaction transaction, String username) {
        return users.find(transaction, username).orElseThrow(
                () -> new AccountRefusedException("There is no user " + username + "; check the user name."));
    }

    private void audit(Transaction transaction, Instant at, User supervisor, AuditAction action, String note,
                       User subject) {
        ObjectNode details = mapper.createObjectNode();
        details.put("username", subject.username());
        details.put("displayName", subject.displayName());
        details.put("role", subject.role().name());
        auditTrail.append(transaction, new AuditDraft(at, null, action, supervisor.username(), supervisor.role(),
                null, null, note, json(details)));
    }

    private String json(ObjectNode details) {
        try {
            return mapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write audit details", e);
        }
    }

    private static String describe(User user) {
        return (user.role() == UserRole.SUPERVISOR ? "supervisor " : "reviewer ") + user.username() + " ("
                + user.displayName() + ")";
    }
}
