package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.domain.account.Credentials;
import org.licensedesk.domain.account.PasswordHash;

/** The officials' accounts. */
public final class UserRepository {
    private static final String COLUMNS = "username, display_name, role, active";

    private final Database database;

    public UserRepository(Database database) {
        this.database = database;
    }

    public List<User> all() {
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM app_user ORDER BY username");
                 ResultSet rows = query.executeQuery()) {
                List<User> users = new ArrayList<>();
                while (rows.next()) {
                    users.add(read(rows));
                }
                return users;
            }
        });
    }

    public Optional<User> find(String username) {
        return database.withConnection(connection -> find(connection, username));
    }

    public Optional<User> find(Transaction transaction, String username) {
        return transaction.sql(connection -> find(connection, username));
    }

    Optional<User> find(Connection connection, String username) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM app_user WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    public void insert(Transaction transaction, User user) {
        transaction.sql(connection -> {
            insert(connection, user);
            return null;
        });
    }

    void insert(Connection connection, User user) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO app_user (" + COLUMNS + ") VALUES (?, ?, ?, ?)")) {
            insert.setString(1, user.username());
            insert.setString(2, user.displayName());
            insert.setString(3, user.role().name());
            insert.setBoolean(4, user.active());
            insert.executeUpdate();
        }
    }

    /** Inserts a user together with their first password. */
    public void insert(Transaction transaction, User user, PasswordHash password) {
        transaction.sql(connection -> {
            insert(connection, user, password);
            return null;
        });
    }

    void insert(Connection connection, User user, PasswordHash password) throws SQLException {
        insert(connection, user);
        setPassword(connection, user.username(), password);
    }

    /**
     * The account's sign-in data, with its row locked until the transaction ends, so concurrent sign-ins count
     * wrong passwords one after the other.
     */
    public Optional<Credentials> credentialsForUpdate(Transaction transaction, String username) {
        return transaction.sql(connection -> credentialsForUpdate(connection, username));
    }

    Optional<Credentials> credentialsForUpdate(Connection connection, String username) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + ", password_hash, password_salt, password_iterations, failed_sign_ins, "
                        + "locked_until FROM app_user WHERE username = ? FOR UPDATE")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String hash = rows.getString(5);
                PasswordHash password = hash == null ? null
                        : new PasswordHash(hash, rows.getString(6), rows.getInt(7));
                OffsetDateTime lockedUntil = rows.getObject(9, OffsetDateTime.class);
                return Optional.of(new Credentials(read(rows), password, rows.getInt(8),
                        lockedUntil == null ? null : lockedUntil.toInstant()));
            }
        }
    }

    /** Stores a new password and lifts any lock: a reset is the way out of a locked account. */
    public void setPassword(Transaction transaction, String username, PasswordHash password) {
        transaction.sql(connection -> {
            setPassword(connection, username, password);
            return null;
        });
    }

    void setPassword(Connection connection, String username, PasswordHash password) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE app_user SET password_hash = ?, password_salt = ?, password_iterations = ?, "
                        + "failed_sign_ins = 0, locked_until = NULL WHERE username = ?")) {
            update.setString(1, password.hashHex());
            update.setString(2, password.saltHex());
            update.setInt(3, password.iterations());
            update.setString(4, username);
            requireOneRow(update.executeUpdate(), username);
        }
    }

    /** Records the count of wrong passwords in a row and, when they lock the account, until when. */
    public void recordFailedSignIns(Transaction transaction, String username, int failedSignIns, Instant lockedUntil) {
        transaction.sql(connection -> {
            recordFailedSignIns(connection, username, failedSignIns, lockedUntil);
            return null;
        });
    }

    void recordFailedSignIns(Connection connection, String username, int failedSignIns, Instant lockedUntil)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE app_user SET failed_sign_ins = ?, locked_until = ? WHERE username = ?")) {
            update.setInt(1, failedSignIns);
            if (lockedUntil == null) {
                update.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                update.setObject(2, OffsetDateTime.ofInstant(lockedUntil, ZoneOffset.UTC));
            }
            update.setString(3, username);
            requireOneRow(update.executeUpdate(), username);
        }
    }

    /** A successful sign-in: the count of wrong passwords starts again. */
    public void recordSuccessfulSignIn(Transaction transaction, String username) {
        transaction.sql(connection -> {
            recordSuccessfulSignIn(connection, username);
            return null;
        });
    }

    void recordSuccessfulSignIn(Connection connection, String username) throws SQLException {
        recordFailedSignIns(connection, username, 0, null);
    }

    /** Activates or deactivates an account; users are never deleted, the audit trail names them. */
    public void setActive(Transaction transaction, String username, boolean active) {
        transaction.sql(connection -> {
            setActive(connection, username, active);
            return null;
        });
    }

    void setActive(Connection connection, String username, boolean active) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE app_user SET active = ? WHERE username = ?")) {
            update.setBoolean(1, active);
            update.setString(2, username);
            requireOneRow(update.executeUpdate(), username);
        }
    }

    private static void requireOneRow(int updated, String username) {
        if (updated != 1) {
            throw new StoreException("There is no user " + username + ".");
        }
    }

    private static User read(ResultSet rows) throws SQLException {
        return new User(rows.getString(1), rows.getString(2), UserRole.valueOf(rows.getString(3)), rows.getBoolean(4));
    }
}
