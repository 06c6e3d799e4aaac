package org.licensedesk.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Copies every table of one store into another store that holds nothing yet (H2 to PostgreSQL and back): the rows
 * are streamed in batches, parents before children, and identity columns are moved past the copied ids so that later
 * inserts on the target work. Both stores must be at the same schema version (LicenseDesk migrates both on open).
 * The caller holds both transactions: the copy is committed, or rolled back, with the target's.
 */
public final class StoreCopy {
    /** Flyway's own bookkeeping: each store keeps its own history of migrations. */
    private static final String MIGRATION_HISTORY = "flyway_schema_history";
    /** The store's own write attempts (V60): they answer only that store's lost commits, for seconds. */
    private static final String WRITE_ATTEMPTS = "write_attempt";
    private static final int BATCH = 1000;
    private static final int FETCH = 1000;

    private StoreCopy() {
    }

    /** A table's rows on both sides once copied. */
    public record TableCount(String table, long sourceRows, long targetRows) {
        public boolean agree() {
            return sourceRows == targetRows;
        }
    }

    /** What was copied: each table's rows on both sides, and the chain's head row in each (read in the copy). */
    public record Copied(List<TableCount> tables, AuditEntryHead sourceHead, AuditEntryHead targetHead) {
    }

    /** Told after every batch: the table and the rows of it copied so far. */
    @FunctionalInterface
    public interface Progress {
        void copied(String table, long rows);

        Progress NONE = (table, rows) -> { };
    }

    /**
     * What makes a store "in use": anything a desk wrote. A store LicenseDesk has only migrated and opened holds the
     * migrations' and the control list's rows, which the copy replaces; one with an official, an application or an
     * audit entry is someone's store and is never overwritten.
     */
    public static Map<String, Long> contents(Transaction transaction) {
        return transaction.sql(connection -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : List.of("app_user", "licence_application", "audit_entry")) {
                counts.put(table, count(connection, table));
            }
            return counts;
        });
    }

    /**
     * Copies every row of {@code source} into {@code target}, replacing what LicenseDesk itself put into the target
     * when it opened it, and returns each table's rows on both sides as each transaction sees them. The source is read
     * in one snapshot (repeatable read), so a desk still working on it cannot make the copy inconsistent.
     */
    public static Copied copy(Transaction source, Transaction target, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        return source.sql(from -> {
            boolean autoCommit = from.getAutoCommit();
            int isolation = from.getTransactionIsolation();
            from.setAutoCommit(false);
            from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return target.sql(to -> copy(from, to, progress));
            } finally {
                from.rollback(); // it only read
                from.setTransactionIsolation(isolation);
                from.setAutoCommit(autoCommit);
            }
        });
    }

    private static Copied copy(Connection from, Connection to, Progress progress) throws SQLException {
        List<Table> sourceTables = tables(from);
        List<Table> targetTables = tables(to);
        if (!names(sourceTables).equals(names(targetTables))) {
            throw new StoreException("The two stores do not have the same tables (" + difference(sourceTables,
                    targetTables) + "): they were made by different versions of LicenseDesk. Open each with this "
                    + "version once, then copy again.");
        }
        for (int i = targetTables.size() - 1; i >= 0; i--) {
            try (Statement delete = to.createStatement()) {
                delete.executeUpdate("DELETE FROM " + targetTables.get(i).name());
            }
        }
        List<TableCount> counts = new ArrayList<>();
        for (Table table : targetTables) {
            Table sourceTable = sourceTables.stream().filter(t -> t.name().equals(table.name())).findFirst()
                    .orElseThrow();
            if (!sourceTable.columnNames().equals(table.columnNames())) {
                throw new StoreException("The table " + table.name() + " has other columns in the two stores: they "
                        + "were made by different versions of LicenseDesk. Open each with this version once, then "
                        + "copy again.");
            }
            copyRows(from, to, table, progress);
            restartIdentities(to, table);
            counts.add(new TableCount(table.name(), count(from, table.name()), count(to, table.name())));
        }
        return new Copied(counts, AuditRepository.head(from), AuditRepository.head(to));
    }

    private static void copyRows(Connection from, Connection to, Table table, Progress progress) throws SQLException {
        String columns = String.join(", ", table.columnNames());
        String select = "SELECT " + columns + " FROM " + table.name()
                + (table.key().isEmpty() ? "" : " ORDER BY " + String.join(", ", table.key()));
        String insert = "INSERT INTO " + table.name() + " (" + columns + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(table.columns().size(), "?")) + ")";
        try (PreparedStatement query = from.prepareStatement(select, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
             PreparedStatement write = to.prepareStatement(insert)) {
            query.setFetchSize(FETCH); // PostgreSQL streams only with a fetch size, outside autocommit
            long rows = 0;
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    for (int i = 0; i < table.columns().size(); i++) {
                        write.setObject(i + 1, value(row, i + 1, table.columns().get(i).type()));
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                        progress.copied(table.name(), rows);
                    }
                }
            }
            if (rows % BATCH != 0) {
                write.executeBatch();
            }
            progress.copied(table.name(), rows);
        }
    }

    /** Dates and times as java.time, so neither driver shifts them through the JVM's time zone. */
    private static Object value(ResultSet row, int index, int type) throws SQLException {
        return switch (type) {
            case Types.DATE -> row.getObject(index, LocalDate.class);
            case Types.TIME -> row.getObject(index, LocalTime.class);
            case Types.TIMESTAMP -> row.getObject(index, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> row.getObject(index, OffsetDateTime.class);
            default -> row.getObject(index);
        };
    }

    /** The next id an identity column hands out comes after the highest copied one (same SQL on H2 and PostgreSQL). */
    private static void restartIdentities(Connection to, Table table) throws SQLException {
        for (Column column : table.columns()) {
            if (!column.identity()) {
                continue;
            }
            long next;
            try (Statement max = to.createStatement();
                 ResultSet row = max.executeQuery("SELECT COALESCE(MAX(" + column.name() + "), 0) + 1 FROM "
                         + table.name())) {
                row.next();
                next = row.getLong(1);
            }
            try (Statement restart = to.createStatement()) {
                restart.executeUpdate("ALTER TABLE " + table.name() + " ALTER COLUMN " + column.name()
                        + " RESTART WITH " + next);
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private record Column(String name, int type, boolean identity) {
    }

    private record Table(String name, List<Column> columns, List<String> key) {
        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    private static List<String> names(List<Table> tables) {
        return tables.stream().map(Table::name).sorted().toList();
    }

    private static String difference(List<Table> source, List<Table> target) {
        Set<String> onlySource = new LinkedHashSet<>(names(source));
        names(target).forEach(onlySource::remove);
        Set<String> onlyTarget = new LinkedHashSet<>(names(target));
        names(source).forEach(onlyTarget::remove);
        return "only in the source: " + (onlySource.isEmpty() ? "none" : String.join(", ", onlySource))
                + "; only in the target: " + (onlyTarget.isEmpty() ? "none" : String.join(", ", onlyTarget));
    }

    /** The store's tables (lower-case names), each after every table it refers to. */
    private static List<Table> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Table> byName = new LinkedHashMap<>();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(MIGRATION_HISTORY) && !name.equalsIgnoreCase(WRITE_ATTEMPTS)) {
                    names.add(name);
                }
            }
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        for (String name : names) {
            List<Column> columns = new ArrayList<>();
            try (ResultSet rows = meta.getColumns(null, schema, name, "%")) {
                while (rows.next()) {
                    columns.add(new Column(lower(rows.getString("COLUMN_NAME")), rows.getInt("DATA_TYPE"),
                            "YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT"))));
                }
            }
            columns.sort(java.util.Comparator.comparing(Column::name));
            Map<Short, String> key = new java.util.TreeMap<>();
            try (ResultSet rows = meta.getPrimaryKeys(null, schema, name)) {
                while (rows.next()) {
                    key.put(rows.getShort("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
                }
            }
            Set<String> refersTo = new LinkedHashSet<>();
            try (ResultSet rows = meta.getImportedKeys(null, schema, name)) {
                while (rows.next()) {
                    String parent = lower(rows.getString("PKTABLE_NAME"));
                    if (!parent.equals(lower(name))) {
                        refersTo.add(parent);
                    }
                }
            }
            byName.put(lower(name), new Table(lower(name), columns, List.copyOf(key.values())));
            parents.put(lower(name), refersTo);
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < byName.size()) {
            boolean progressed = false;
            for (Table table : byName.values()) {
                if (!placed.contains(table.name()) && placed.containsAll(parents.get(table.name()))) {
                    ordered.add(table);
                    placed.add(table.name());
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new StoreException("The store's tables refer to each other in a circle; copy-store cannot "
                        + "order them.");
            }
        }
        return ordered;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
