package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;

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

    public Optional<User> find(Connection connection, String username) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM app_user WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    public void insert(Connection connection, User user) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO app_user (" + COLUMNS + ") VALUES (?, ?, ?, ?)")) {
            insert.setString(1, user.username());
            insert.setString(2, user.displayName());
            insert.setString(3, user.role().name());
            insert.setBoolean(4, user.active());
            insert.executeUpdate();
        }
    }

    private static User read(ResultSet rows) throws SQLException {
        return new User(rows.getString(1), rows.getString(2), UserRole.valueOf(rows.getString(3)), rows.getBoolean(4));
    }
}
