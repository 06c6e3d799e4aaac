package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.licensedesk.domain.AuditEntry;

/**
 * The history_fact table (V58): for each audit entry of an application, the application's facts the decision history
 * filters by (status now, end-user country, applicant, items' elements and control codes), so that a filter walks
 * them in seq order. Facts of new entries are written on append, in the same transaction; an application's status
 * change rewrites the facts of all its entries. Entries from before V58 get theirs from a fill that runs apart from
 * opening (as the note words do, decision record 0006); until it is done the history joins the applications instead.
 */
public final class HistoryFactIndex {
    /** Entries per transaction while filling an older database. */
    static final int FILL_CHUNK = EntryFill.CHUNK;
    private static final EntryFill FILL = new EntryFill("history_fact_fill", HistoryFactIndex::fillChunk);
    private static final EntryFill ACTION_FILL = new EntryFill("history_action_fact_fill",
            HistoryFactIndex::fillActionChunk);

    public static final String STATUS = "status";
    public static final String COUNTRY = "country";
    public static final String APPLICANT = "applicant";
    public static final String ELEMENT = "element";
    public static final String CODE = "code";
    /**
     * The entry's action and its application's status now, as {@code ACTION/STATUS} (V64): an action with an outcome
     * is one walk, however rarely the two meet.
     */
    public static final String ACTION_STATUS = "action_status";

    private static final int INSERT_BATCH = 5_000;
    private static final String INSERT = "INSERT INTO history_fact (kind, fact, seq) VALUES (?, ?, ?)";

    private final Database database;

    public HistoryFactIndex(Database database) {
        this.database = database;
    }

    /** Writes the facts of freshly appended entries, on the caller's transaction. */
    static void write(Connection connection, List<AuditEntry> entries) throws SQLException {
        List<long[]> seqs = new ArrayList<>(entries.size());
        List<String> references = new ArrayList<>(entries.size());
        List<String> actions = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            if (entry.applicationRef() != null) {
                seqs.add(new long[] {entry.seq()});
                references.add(entry.applicationRef());
                actions.add(entry.action());
            }
        }
        write(connection, seqs, references, actions);
    }

    /**
     * Inserts the facts of the entries {@code seqs} (each of application {@code references} at the same index, with
     * action {@code actions} at that index): the
     * application's facts are read once per application, by its key, so the cost is the entries' own, whatever the
     * size of the trail (a set-based INSERT ... SELECT was planned by H2 as a scan of every application).
     */
    private static void write(Connection connection, List<long[]> seqs, List<String> references,
            List<String> actions) throws SQLException {
        Map<String, List<String[]>> known = new HashMap<>();
        try (PreparedStatement application = connection.prepareStatement("SELECT id, status, end_user_country, "
                + "applicant_id FROM licence_application WHERE reference = ?");
             PreparedStatement items = connection.prepareStatement(
                     "SELECT element_symbol, control_code FROM item WHERE application_id = ?");
             BatchInsert insert = new BatchInsert(connection, INSERT, INSERT_BATCH)) {
            for (int n = 0; n < seqs.size(); n++) {
                List<String[]> facts = known.get(references.get(n));
                if (facts == null) {
                    facts = facts(application, items, references.get(n));
                    known.put(references.get(n), facts);
                }
                for (String[] fact : facts) {
                    insert.add(fact[0], fact[1], seqs.get(n)[0]);
                    if (STATUS.equals(fact[0])) {
                        insert.add(ACTION_STATUS, actionStatus(actions.get(n), fact[1]), seqs.get(n)[0]);
                    }
                }
            }
            insert.flush();
        }
    }

    /** Inserts the facts of the stored entries with seqs above {@code above} up to {@code upTo}. */
    static void fill(Connection connection, long above, long upTo) throws SQLException {
        List<long[]> seqs = new ArrayList<>();
        List<String> references = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        try (PreparedStatement entries = connection.prepareStatement("SELECT seq, application_ref, action "
                + "FROM audit_entry WHERE seq > ? AND seq <= ? AND application_ref IS NOT NULL")) {
            entries.setLong(1, above);
            entries.setLong(2, upTo);
            try (ResultSet rows = entries.executeQuery()) {
                while (rows.next()) {
                    seqs.add(new long[] {rows.getLong(1)});
                    references.add(rows.getString(2));
                    actions.add(rows.getString(3));
                }
            }
        }
        write(connection, seqs, references, actions);
    }

    /** An application's facts as (kind, fact) pairs, none when it is not (or no longer) there. */
    private static List<String[]> facts(PreparedStatement application, PreparedStatement items, String reference)
            throws SQLException {
        List<String[]> facts = new ArrayList<>();
        long id;
        application.setString(1, reference);
        try (ResultSet row = application.executeQuery()) {
            if (!row.next()) {
                return facts;
            }
            id = row.getLong(1);
            facts.add(new String[] {STATUS, row.getString(2)});
            facts.add(new String[] {COUNTRY, row.getString(3).strip()});
            facts.add(new String[] {APPLICANT, String.valueOf(row.getLong(4))});
        }
        Set<String> elements = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        items.setLong(1, id);
        try (ResultSet rows = items.executeQuery()) {
            while (rows.next()) {
                elements.add(rows.getString(1));
                codes.add(rows.getString(2));
            }
        }
        elements.forEach(element -> facts.add(new String[] {ELEMENT, element}));
        codes.forEach(code -> facts.add(new String[] {CODE, code}));
        return facts;
    }

    /**
     * Sets the status fact (and the action-and-status fact) of every entry of application {@code reference} to
     * {@code status}, on the caller's transaction: the one fact that changes after an application is filed. Touches
     * no row when the status is as before (most workflow actions).
     */
    static void rewriteStatus(Connection connection, String reference, String status) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        try (PreparedStatement entries = connection.prepareStatement(
                "SELECT seq, action FROM audit_entry WHERE application_ref = ?")) {
            entries.setString(1, reference);
            try (ResultSet rows = entries.executeQuery()) {
                while (rows.next()) {
                    seqs.add(rows.getLong(1));
                    actions.add(rows.getString(2));
                }
            }
        }
        // Entry by entry through (seq, kind, fact): one UPDATE over the application's entries was planned by H2 as
        // a scan of every status fact.
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE history_fact SET fact = ? WHERE seq = ? AND kind = ? AND fact <> ?")) {
            for (int n = 0; n < seqs.size(); n++) {
                update.setString(1, status);
                update.setLong(2, seqs.get(n));
                update.setString(3, STATUS);
                update.setString(4, status);
                update.addBatch();
                String actionStatus = actionStatus(actions.get(n), status);
                update.setString(1, actionStatus);
                update.setLong(2, seqs.get(n));
                update.setString(3, ACTION_STATUS);
                update.setString(4, actionStatus);
                update.addBatch();
            }
            if (!seqs.isEmpty()) {
                update.executeBatch();
            }
        }
    }

    /** The action-and-status fact of an entry of action {@code action} whose application has status {@code status}. */
    static String actionStatus(String action, String status) {
        return action + "/" + status;
    }

    /**
     * How many entries from before V64 still wait for their action-and-status facts (0 once the fill is done);
     * meanwhile an action with an outcome walks as before.
     */
    public long actionPending() {
        return database.withConnection(HistoryFactIndex::actionPending);
    }

    static long actionPending(Connection connection) throws SQLException {
        return ACTION_FILL.pending(connection);
    }

    /**
     * Writes the action-and-status facts of the entries stored before V64, from their status facts, a chunk per
     * transaction, resumable; returns how many entries it went through.
     */
    public long fillActionFacts(BooleanSupplier cancelled, LongConsumer filledSoFar) {
        return ACTION_FILL.fill(database, cancelled, filledSoFar);
    }

    /** How many entries from before V58 still wait for their facts (0 once the fill is done). */
    public long pending() {
        return database.withConnection(HistoryFactIndex::pending);
    }

    static long pending(Connection connection) throws SQLException {
        return FILL.pending(connection);
    }

    /** As {@link #fillMissing(BooleanSupplier, LongConsumer)}, to the end. */
    public long fillMissing() {
        return fillMissing(() -> false, filled -> { });
    }

    /**
     * Writes the facts of the entries stored before V58, {@value #FILL_CHUNK} entries per transaction, recording how
     * far it got so an interrupted (or cancelled) fill resumes; returns how many entries it filled.
     *
     * @param filledSoFar told after each chunk how many entries this call has filled
     */
    public long fillMissing(BooleanSupplier cancelled, LongConsumer filledSoFar) {
        return FILL.fill(database, cancelled, filledSoFar);
    }

    private static void fillChunk(Connection connection, long from, long upTo) throws SQLException {
        // Nothing else writes facts of these entries: a status change only updates facts that exist.
        fill(connection, from, upTo);
    }

    /**
     * The action-and-status facts of the entries {@code from < seq <= upTo} that have a status fact and none yet:
     * entries from before V58 whose facts the V58 fill wrote after V64 have theirs already (it writes all kinds), and
     * those it has not reached yet get theirs from it.
     */
    private static void fillActionChunk(Connection connection, long from, long upTo) throws SQLException {
        // The chunk's facts by the (seq, kind, fact) index alone (a condition on kind would lead H2 to the key's
        // (kind, fact) range instead), then its entries' actions by the key.
        Map<Long, String> statuses = new HashMap<>();
        Set<Long> done = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT seq, kind, fact FROM history_fact WHERE seq > ? AND seq <= ?")) {
            query.setLong(1, from);
            query.setLong(2, upTo);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (STATUS.equals(rows.getString(2))) {
                        statuses.put(rows.getLong(1), rows.getString(3));
                    } else if (ACTION_STATUS.equals(rows.getString(2))) {
                        done.add(rows.getLong(1));
                    }
                }
            }
        }
        List<Object[]> missing = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT seq, action FROM audit_entry WHERE seq > ? AND seq <= ? ORDER BY seq")) {
            query.setLong(1, from);
            query.setLong(2, upTo);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long seq = rows.getLong(1);
                    String status = statuses.get(seq);
                    if (status != null && !done.contains(seq)) {
                        missing.add(new Object[] {seq, actionStatus(rows.getString(2), status)});
                    }
                }
            }
        }
        try (BatchInsert insert = new BatchInsert(connection, INSERT, INSERT_BATCH)) {
            for (Object[] fact : missing) {
                insert.add(ACTION_STATUS, fact[1], fact[0]);
            }
            insert.flush();
        }
    }
}
