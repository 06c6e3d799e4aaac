package org.licensedesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Grows a generated database to many times its applications in SQL, for the benchmark at 1,000,000 applications
 * (issue 11) when generating that many would take hours on the shared machine: each generated application is copied
 * {@code copies} times with everything the queue, the details and the workflow read of it (every table with an
 * {@code application_id} column: items, parties, documents, permitted parties, flags, queue words, screening hits and
 * dispositions), reference {@code REF-k}, id {@code id + k * max(id)}. Licences, shipments and the audit trail are not
 * copied: a copy has the few entries of no application, so such a database serves the queue, filter, workflow
 * action, Team view and dashboards, not the history, export or chain figures (those stay on the generated part).
 *
 * <pre>
 * java -Xmx2g -cp target/test-classes:target/classes:CP org.licensedesk.store.ApplicationCopies DB COPIES
 * </pre>
 *
 * <p>Not a test: a tool for building benchmark data, kept with the tests because nothing in the desk should call it.
 */
public final class ApplicationCopies {
    private static final int CHUNK = 2_000;
    /** Keyed by what an application became, or by their own numbers: copying them would break their own keys. */
    private static final Set<String> NOT_COPIED = Set.of("LICENCE", "LICENCE_ITEM", "LICENCE_PARTY", "SHIPMENT",
            "SHIPMENT_LINE", "LICENCE_APPLICATION");

    private ApplicationCopies() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ApplicationCopies DB COPIES");
            System.exit(2);
        }
        Database database = Database.openExisting(Path.of(args[0]));
        int copies = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        long generated = database.withConnection(connection -> copy(connection, copies));
        System.out.printf("done: %,d applications copied %d times (%,d in all), %d s%n", generated, copies,
                generated * (copies + 1), (System.nanoTime() - started) / 1_000_000_000);
        database.close();
    }

    /** Copies every application {@code copies} times, a chunk of {@value #CHUNK} per transaction; returns max(id). */
    static long copy(Connection connection, int copies) throws SQLException {
        long offset;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT MAX(id) FROM licence_application")) {
            row.next();
            offset = row.getLong(1);
        }
        List<String> columns = columns(connection, "LICENCE_APPLICATION", false);
        List<String> tables = applicationTables(connection);
        java.util.Map<String, List<String>> tableColumns = new java.util.HashMap<>();
        for (String table : tables) {
            tableColumns.put(table, columns(connection, table, true));
        }
        System.out.printf("copying %,d applications %d times with %s%n", offset, copies, tables);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long started = System.nanoTime();
        for (int k = 1; k <= copies; k++) {
            long shift = k * offset;
            // Short statements: one copy of 20,000 applications in one statement was cancelled by H2 under load.
            for (long from = 0; from < offset; from += CHUNK) {
                String range = " WHERE %s > " + from + " AND %s <= " + Math.min(offset, from + CHUNK);
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate(insert("licence_application", columns, k, shift)
                            + String.format(range, "id", "id"));
                    for (String table : tables) {
                        statement.executeUpdate(insert(table, tableColumns.get(table), k, shift)
                                + String.format(range, "application_id", "application_id"));
                    }
                }
                connection.commit();
            }
            System.out.printf("copy %d of %d done, %d s%n", k, copies, (System.nanoTime() - started) / 1_000_000_000);
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("ALTER TABLE licence_application ALTER COLUMN id RESTART WITH "
                    + ((copies + 1) * offset + 1));
        }
        connection.commit();
        connection.setAutoCommit(autoCommit);
        return offset;
    }

    /** INSERT ... SELECT of one table's rows as the k-th copy: the application's id moved, its numbers suffixed. */
    private static String insert(String table, List<String> columns, int k, long shift) {
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            values.add(switch (column) {
                case "id" -> "licence_application".equals(table) ? "id + " + shift : column;
                case "application_id" -> "application_id + " + shift;
                case "reference", "licence_number" -> "licence_application".equals(table)
                        ? column + " || '-" + k + "'" : column;
                default -> column;
            });
        }
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                + " FROM " + table;
    }

    /** The tables that hang off an application by an {@code application_id} column, but those kept apart. */
    private static List<String> applicationTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows = meta.getColumns(null, "PUBLIC", null, "APPLICATION_ID")) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!NOT_COPIED.contains(table) && !table.contains("AUDIT") && !table.contains("HISTORY")) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** The table's columns in lower case, without its generated identity when {@code withoutIdentity}. */
    private static List<String> columns(Connection connection, String table, boolean withoutIdentity)
            throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getColumns(null, "PUBLIC", table, null)) {
            while (rows.next()) {
                if (withoutIdentity && "YES".equals(rows.getString("IS_AUTOINCREMENT"))) {
                    continue;
                }
                names.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
