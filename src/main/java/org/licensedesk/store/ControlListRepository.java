package org.licensedesk.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.licensedesk.domain.ControlCode;
import org.licensedesk.domain.ControlList;
import org.licensedesk.domain.ControlListEntry;

/** The control list table: kept in step with the list file, read back as domain entries. */
public final class ControlListRepository {
    private final Database database;

    public ControlListRepository(Database database) {
        this.database = database;
    }

    /**
     * Inserts new codes and updates changed ones, in one transaction. Codes are never deleted: items refer to them.
     * A list the table already holds as it is (the bundled list saved again on every open) writes nothing: the rows
     * are read and compared first (issue 11: the rewrite of every row and its commit took 0.09-0.24 s of each
     * command's start).
     */
    public void save(ControlList list) {
        database.inTransaction(connection -> {
            if (holds(connection, list)) {
                return null;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE control_list_entry SET heading = ?, sub_item = ?, element_symbol = ?, element_name = ?, "
                            + "description = ?, announcement = ?, in_force_from = ?, suspended_from = ?, "
                            + "suspended_until = ? WHERE code = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO control_list_entry (heading, sub_item, element_symbol, element_name, description, "
                                 + "announcement, in_force_from, suspended_from, suspended_until, code) "
                                 + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ControlListEntry entry : list.entries()) {
                    bind(update, entry);
                    if (update.executeUpdate() == 0) {
                        bind(insert, entry);
                        insert.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** Whether every entry of the list is a row with the values {@link #bind} would write. */
    private static boolean holds(Connection connection, ControlList list) throws SQLException {
        Map<String, List<Object>> stored = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT code, heading, sub_item, element_symbol, element_name, description, announcement, "
                        + "in_force_from, suspended_from, suspended_until FROM control_list_entry");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                stored.put(rows.getString(1), Arrays.asList(rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getString(7), localDate(rows.getDate(8)),
                        localDate(rows.getDate(9)), localDate(rows.getDate(10))));
            }
        }
        for (ControlListEntry entry : list.entries()) {
            List<Object> values = Arrays.asList(entry.code().heading(), String.valueOf(entry.code().subItem()),
                    entry.elementSymbol(), entry.elementName(), entry.description(), entry.announcement(),
                    entry.inForceFrom(), entry.suspendedFrom(), entry.suspendedUntil());
            if (!values.equals(stored.get(entry.code().value()))) {
                return false;
            }
        }
        return true;
    }

    private static void bind(PreparedStatement statement, ControlListEntry entry) throws SQLException {
        statement.setString(1, entry.code().heading());
        statement.setString(2, String.valueOf(entry.code().subItem()));
        statement.setString(3, entry.elementSymbol());
        statement.setString(4, entry.elementName());
        statement.setString(5, entry.description());
        statement.setString(6, entry.announcement());
        statement.setDate(7, Date.valueOf(entry.inForceFrom()));
        statement.setDate(8, entry.suspendedFrom() == null ? null : Date.valueOf(entry.suspendedFrom()));
        statement.setDate(9, entry.suspendedUntil() == null ? null : Date.valueOf(entry.suspendedUntil()));
        statement.setString(10, entry.code().value());
    }

    public ControlList load() {
        return database.withConnection(this::load);
    }

    ControlList load(Connection connection) throws SQLException {
        List<ControlListEntry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT code, element_symbol, element_name, description, announcement, in_force_from, "
                        + "suspended_from, suspended_until FROM control_list_entry ORDER BY code");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(new ControlListEntry(
                        new ControlCode(rows.getString(1)), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), localDate(rows.getDate(6)),
                        localDate(rows.getDate(7)), localDate(rows.getDate(8))));
            }
        }
        return new ControlList(entries);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
