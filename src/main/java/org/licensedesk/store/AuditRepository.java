package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.licensedesk.domain.AuditEntry;

/**
 * The append-only audit table and the chain's head row: the SQL behind {@code audit.AuditChain}, which builds and
 * seals the entries, and the reads of the trail. Entries are only ever inserted; their note words
 * ({@link NoteWordIndex}) are written beside them, outside the hashed fields.
 */
public final class AuditRepository {
    /** The export format's instant: UTC, milliseconds, literal Z. */
    public static final DateTimeFormatter AT_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    static final String COLUMNS = "seq, at, application_ref, action, actor, actor_role, from_status, to_status, "
            + "note, details, prev_hash, hash";

    private static final int INSERT_BATCH = 1000;
    private static final int PAGE_SIZE = 2000;

    private final Database database;

    public AuditRepository(Database database) {
        this.database = database;
    }

    /**
     * Locks the chain's head row until the transaction ends and returns it: appends queue here, one after the
     * other, so the chain never forks.
     */
    public AuditEntryHead lockHead(Transaction transaction) {
        return transaction.sql(connection -> {
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
                 ResultSet row = head.executeQuery()) {
                if (!row.next()) {
                    throw new StoreException("The audit chain's head row is missing: the database was altered.");
                }
                return new AuditEntryHead(row.getLong(1), row.getString(2));
            }
        });
    }

    /**
     * Inserts sealed entries, their note words ({@link NoteWordIndex}) and their applications' facts
     * ({@link HistoryFactIndex}), in JDBC batches, on the caller's
     * transaction. The caller holds the head's lock and moves the head afterwards.
     */
    public void insert(Transaction transaction, List<AuditEntry> sealed) {
        if (sealed.isEmpty()) {
            return;
        }
        transaction.sql(connection -> {
            boolean batched = sealed.size() > 1;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (AuditEntry entry : sealed) {
                    bind(insert, entry);
                    if (!batched) {
                        // A single append keeps the driver's own error (a batch would wrap it).
                        insert.executeUpdate();
                    } else {
                        insert.addBatch();
                        if (++pending == INSERT_BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                }
                if (batched && pending > 0) {
                    insert.executeBatch();
                }
            }
            NoteWordIndex.write(connection, sealed);
            HistoryFactIndex.write(connection, sealed);
            return null;
        });
    }

    /**
     * Moves the head from {@code fromSeq} to the last appended entry.
     *
     * @throws ConcurrentChangeException when the head is no longer at {@code fromSeq}
     */
    public void moveHead(Transaction transaction, long fromSeq, long toSeq, String hash) {
        transaction.sql(connection -> {
            try (PreparedStatement move = connection.prepareStatement(
                    "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1 AND seq = ?")) {
                move.setLong(1, toSeq);
                move.setString(2, hash);
                move.setLong(3, fromSeq);
                if (move.executeUpdate() != 1) {
                    throw new ConcurrentChangeException("The audit chain moved during an append; try again.");
                }
            }
            return null;
        });
    }

    private static void bind(PreparedStatement insert, AuditEntry sealed) throws SQLException {
        insert.setLong(1, sealed.seq());
        insert.setString(2, sealed.at());
        insert.setString(3, sealed.applicationRef());
        insert.setString(4, sealed.action());
        insert.setString(5, sealed.actor());
        insert.setString(6, sealed.actorRole());
        insert.setString(7, sealed.fromStatus());
        insert.setString(8, sealed.toStatus());
        insert.setString(9, sealed.note());
        insert.setString(10, sealed.detailsJson());
        insert.setString(11, sealed.prevHash());
        insert.setString(12, sealed.hash());
    }


    /** The last entry's seq and hash, as the head row records them (seq 0 for an empty chain). */
    public AuditEntryHead head() {
        return database.withConnection(AuditRepository::head);
    }

    /** As {@link #head()}, on the caller's transaction (it sees what the transaction wrote). */
    public AuditEntryHead head(Transaction transaction) {
        return transaction.sql(AuditRepository::head);
    }

    static AuditEntryHead head(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
             ResultSet row = query.executeQuery()) {
            row.next();
            return new AuditEntryHead(row.getLong(1), row.getString(2));
        }
    }

    /** An application's entries, newest first. */
    public List<AuditEntry> forApplication(String reference) {
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_entry WHERE application_ref = ? ORDER BY seq DESC")) {
                query.setString(1, reference);
                return readAll(query);
            }
        });
    }

    /** The newest entry of an action for an application, if any. */
    public Optional<AuditEntry> latest(Transaction transaction, String reference, String action) {
        return transaction.sql(connection -> latest(connection, reference, action));
    }

    Optional<AuditEntry> latest(Connection connection, String reference, String action) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM audit_entry WHERE application_ref = ? AND action = ? "
                        + "ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
            query.setString(1, reference);
            query.setString(2, action);
            List<AuditEntry> found = readAll(query);
            return found.stream().findFirst();
        }
    }

    /** regime: whether an official of this role recorded this action on the application (a supervisor's note). */
    public boolean recordedBy(Transaction transaction, String reference, String action, String actorRole) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT seq FROM audit_entry WHERE application_ref = ? AND action = ? AND actor_role = ? "
                            + "FETCH FIRST 1 ROWS ONLY")) {
                query.setString(1, reference);
                query.setString(2, action);
                query.setString(3, actorRole);
                try (java.sql.ResultSet row = query.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    /**
     * The application's status in its row and in its newest entry that set one, read by one statement, so both come
     * from the same committed state (two statements may straddle another workstation's commit); empty when the
     * application has no row. The second element is null when no entry set a status.
     */
    public Optional<String[]> rowAndTrailStatus(Transaction transaction, String reference) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT a.status, (SELECT e.to_status FROM audit_entry e WHERE e.application_ref = a.reference "
                            + "AND e.to_status IS NOT NULL ORDER BY e.seq DESC FETCH FIRST 1 ROWS ONLY) "
                            + "FROM licence_application a WHERE a.reference = ?")) {
                query.setString(1, reference);
                try (java.sql.ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(new String[] {row.getString(1), row.getString(2)})
                            : Optional.<String[]>empty();
                }
            }
        });
    }

    /**
     * The newest entry that set the application's status (its {@code to_status} is not null), if any: the trail's
     * word on what the status is. Reads the (application_ref, seq) index backwards.
     */
    public Optional<AuditEntry> latestStatusChange(Transaction transaction, String reference) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_entry WHERE application_ref = ? AND to_status IS NOT NULL "
                            + "ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
                query.setString(1, reference);
                return readAll(query).stream().findFirst();
            }
        });
    }

    /**
     * The account entries ({@code actions}, such as USER_ADDED) whose details mention {@code username}, newest
     * first. The details are only searched as text here; the caller reads them to keep the entries about exactly
     * that user. Few rows: one per account change.
     */
    public List<AuditEntry> accountEntriesMentioning(Transaction transaction, List<String> actions, String username) {
        if (actions.isEmpty()) {
            return List.of();
        }
        return transaction.sql(connection -> {
            String marks = String.join(", ", java.util.Collections.nCopies(actions.size(), "?"));
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_entry WHERE action IN (" + marks + ") "
                            + "AND details LIKE ? ESCAPE '!' ORDER BY seq DESC")) {
                int index = 1;
                for (String action : actions) {
                    query.setString(index++, action);
                }
                query.setString(index, "%" + likeLiteral(username) + "%");
                return readAll(query);
            }
        });
    }

    /**
     * The first entry {@code actor} made, if any: the role they acted in then. Read as the first row of the (actor,
     * seq) index in order, which reads one index entry and one row. The condition {@code seq >= MIN} (always true)
     * is what makes H2 choose that index: with {@code actor = ?} alone it chose the foreign key's index on actor,
     * whose entries are not in seq order, and walked every entry of the actor: at 1,000,000 generated applications
     * the supervisor's 466,748 entries, 0.5-3 s of each sign-in, twice (the sign-in and the first supervisor check on
     * the FX thread), where this reads 9 pages (EXPLAIN ANALYZE: scanCount 1). The former forms: {@code ORDER BY seq
     * FETCH FIRST 1 ROWS ONLY} read every row of the actor (660-846 ms at 20,000), {@code seq = (SELECT MIN(seq) ...)}
     * walked every index entry (issue 11: launch).
     */
    public Optional<AuditEntry> firstBy(Transaction transaction, String actor) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_entry WHERE actor = ? AND seq >= ? "
                            + "ORDER BY actor, seq FETCH FIRST 1 ROWS ONLY")) {
                query.setString(1, actor);
                query.setLong(2, Long.MIN_VALUE);
                return readAll(query).stream().findFirst();
            }
        });
    }

    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The entry at a seq, if the table holds one. */
    public Optional<AuditEntry> entryAt(long seq) {
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_entry WHERE seq = ?")) {
                query.setLong(1, seq);
                return readAll(query).stream().findFirst();
            }
        });
    }

    /** Every entry of one action, oldest first: for rare actions such as key registrations. */
    public List<AuditEntry> withAction(String action) {
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_entry WHERE action = ? ORDER BY seq")) {
                query.setString(1, action);
                return readAll(query);
            }
        });
    }

    /** The same, on the caller's transaction. */
    public List<AuditEntry> withAction(Transaction transaction, String action) {
        return transaction.sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_entry WHERE action = ? ORDER BY seq")) {
                query.setString(1, action);
                return readAll(query);
            }
        });
    }

    /** Calls {@code each} for every entry with seq in [fromSeq, toSeq], in seq order, reading in pages. */
    public void forEachInRange(long fromSeq, long toSeq, EntryVisitor each) {
        database.withConnection(connection -> {
            if (database.onServer()) {
                return forEachInRange(connection, fromSeq, toSeq, each);
            }
            // H2 copies each page's rows into a result before the first is read; lazily it hands them over as it
            // walks the key. The export and both chain checks read every entry this way: at 20,000 generated,
            // export and database check 14.4 s against 7.6 / 7.0 s for the yardstick reading lazily (issue 11).
            // Only on this connection-of-its-own path: the visitor of a transaction's walk may write between rows.
            try (Statement setting = connection.createStatement()) {
                setting.execute("SET LAZY_QUERY_EXECUTION TRUE");
                try {
                    return forEachInRange(connection, fromSeq, toSeq, each);
                } finally {
                    setting.execute("SET LAZY_QUERY_EXECUTION FALSE");
                }
            }
        });
    }

    /** As {@link #forEachInRange(long, long, EntryVisitor)}, on the caller's transaction (it sees what it wrote). */
    public void forEachInRange(Transaction transaction, long fromSeq, long toSeq, EntryVisitor each) {
        transaction.sql(connection -> forEachInRange(connection, fromSeq, toSeq, each));
    }

    private static Void forEachInRange(Connection connection, long fromSeq, long toSeq, EntryVisitor each)
            throws SQLException {
        long next = fromSeq;
        while (next <= toSeq) {
            int seen = 0;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_entry WHERE seq >= ? AND seq <= ? ORDER BY seq "
                            + "FETCH FIRST 5000 ROWS ONLY")) {
                query.setLong(1, next);
                query.setLong(2, toSeq);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        AuditEntry entry = read(rows);
                        seen++;
                        next = entry.seq() + 1;
                        if (!each.visit(entry)) {
                            return null;
                        }
                    }
                }
            }
            if (seen == 0) {
                break;
            }
        }
        return null;
    }

    /** The highest seq in the table (0 when empty), whatever the head row says. */
    public long maxSeq() {
        return database.withConnection(AuditRepository::maxSeq);
    }

    /** As {@link #maxSeq()}, on the caller's transaction. */
    public long maxSeq(Transaction transaction) {
        return transaction.sql(AuditRepository::maxSeq);
    }

    private static long maxSeq(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM audit_entry");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** How many entries with seq up to {@code toSeq} match the filter, and the first and last of their seqs. */
    public EntrySpan span(EntryFilter filter, long toSeq) {
        return database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*), COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM audit_entry WHERE "
                            + filter.condition() + " AND seq <= ?")) {
                int next = filter.bind(query, 1);
                query.setLong(next, toSeq);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return new EntrySpan(row.getLong(1), row.getLong(2), row.getLong(3));
                }
            }
        });
    }

    /**
     * Calls {@code each} for every entry matching the filter with seq in [fromSeq, toSeq], in seq order.
     * Reads in pages with a keyset on seq along an index sorted by seq, so each page is one index range.
     */
    public void forEach(EntryFilter filter, long fromSeq, long toSeq, EntryVisitor each) {
        database.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_entry WHERE " + filter.pageCondition()
                            + " AND seq > ? AND seq <= ? ORDER BY " + filter.order()
                            + " FETCH FIRST " + PAGE_SIZE + " ROWS ONLY")) {
                long after = fromSeq - 1;
                while (after < toSeq) {
                    int next = filter.bindPage(query, 1);
                    query.setLong(next, after);
                    query.setLong(next + 1, toSeq);
                    int seen = 0;
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            AuditEntry entry = read(rows);
                            seen++;
                            after = entry.seq();
                            if (filter.admits(entry) && !each.visit(entry)) {
                                return null;
                            }
                        }
                    }
                    if (seen < PAGE_SIZE) {
                        break;
                    }
                }
            }
            return null;
        });
    }

    /** How many entries a filter matches and the seqs of the first and last of them (0 when none). */
    public record EntrySpan(long count, long firstSeq, long lastSeq) {
    }

    /**
     * Which entries a scoped read returns: all of them, one application's, one actor's, or those whose
     * {@code at} lies in [atFrom, atBefore) (text comparison works: the format is fixed-width UTC).
     */
    public static final class EntryFilter {
        private final String condition;
        private final String order;
        private final List<String> parameters;
        private final String atFrom;
        private final String atBefore;

        private EntryFilter(String condition, String order, List<String> parameters, String atFrom, String atBefore) {
            this.condition = condition;
            this.order = order;
            this.parameters = parameters;
            this.atFrom = atFrom;
            this.atBefore = atBefore;
        }

        public static EntryFilter all() {
            return new EntryFilter("1 = 1", "seq", List.of(), null, null);
        }

        public static EntryFilter application(String reference) {
            return new EntryFilter("application_ref = ?", "application_ref, seq",
                    List.of(Objects.requireNonNull(reference, "reference")), null, null);
        }

        public static EntryFilter actor(String username) {
            return new EntryFilter("actor = ?", "actor, seq",
                    List.of(Objects.requireNonNull(username, "username")), null, null);
        }

        /**
         * Entries with {@code atFrom <= at < atBefore}; a null bound is open. The span query finds the period's
         * seqs through the (at, seq) index; pages then walk the primary key between them and check {@code at}
         * row by row: ordered by seq, pages over the (at, seq) index would re-scan the whole period each time.
         */
        public static EntryFilter period(String atFrom, String atBefore) {
            List<String> conditions = new ArrayList<>();
            List<String> parameters = new ArrayList<>();
            if (atFrom != null) {
                conditions.add("at >= ?");
                parameters.add(atFrom);
            }
            if (atBefore != null) {
                conditions.add("at < ?");
                parameters.add(atBefore);
            }
            if (conditions.isEmpty()) {
                return all();
            }
            return new EntryFilter(String.join(" AND ", conditions), "seq", List.copyOf(parameters), atFrom, atBefore);
        }

        private boolean isPeriod() {
            return atFrom != null || atBefore != null;
        }

        String condition() {
            return condition;
        }

        String pageCondition() {
            return isPeriod() ? "1 = 1" : condition;
        }

        String order() {
            return order;
        }

        boolean admits(AuditEntry entry) {
            return (atFrom == null || entry.at().compareTo(atFrom) >= 0)
                    && (atBefore == null || entry.at().compareTo(atBefore) < 0);
        }

        int bind(PreparedStatement statement, int first) throws SQLException {
            int index = first;
            for (String parameter : parameters) {
                statement.setString(index++, parameter);
            }
            return index;
        }

        int bindPage(PreparedStatement statement, int first) throws SQLException {
            return isPeriod() ? first : bind(statement, first);
        }
    }

    /** Receives entries one at a time; returns false to stop. */
    @FunctionalInterface
    public interface EntryVisitor {
        boolean visit(AuditEntry entry);
    }

    private static List<AuditEntry> readAll(PreparedStatement query) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(read(rows));
            }
        }
        return entries;
    }

    static AuditEntry read(ResultSet rows) throws SQLException {
        return new AuditEntry(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                rows.getString(10), rows.getString(11), rows.getString(12));
    }
}
