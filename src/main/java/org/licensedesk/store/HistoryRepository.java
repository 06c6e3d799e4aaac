package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.history.HistoryFilter;
import org.licensedesk.domain.history.HistorySort;
import org.licensedesk.domain.history.NoteWords;
import org.licensedesk.domain.history.SearchCancel;

/**
 * Pages of the audit trail that match a history filter, in seq order, by keyset: each page is one walk along
 * an index sorted by seq, so the first page of millions of entries comes back as fast as a page of hundreds.
 *
 * <p>Which index leads depends on the filter: the references' entries, else an action (one walk per action,
 * merged), else the actor, else the primary key within the period's seqs. The application's parts are read from the
 * entries' facts ({@link HistoryFactIndex}): the rarest of them may lead, walking (kind, fact, seq), the others are
 * checked per entry; until the facts of a database's older entries are filled, the applications join in per entry
 * when many match, or lead through the application index when few do. A typed note word
 * that begins few entries' words leads through the note-word index before all of these; common words are checked
 * per entry through each entry's words.
 */
public final class HistoryRepository {
    /** At most this many matching applications lead the query through the (application_ref, seq) index. */
    private static final int FEW_APPLICATIONS = 2000;
    private static final int STREAM_PAGE = 2000;
    private static final int SPANS_KEPT = 32;
    /** A period of at most this many entries, spread over more than SPREAD times as many seqs, is read by its index. */
    private static final long FEW_PERIOD_ENTRIES = 20_000;
    private static final long SPREAD = 20;
    /** A note word that begins at most this many entries' words leads the walk through the note-word index. */
    private static final long FEW_NOTES = 20_000;
    /**
     * Leads are compared by counting their entries up to this many (counting costs a walk of that length): enough to
     * tell a rare fact, action or actor from a common one; beyond it a fact leads.
     */
    private static final long FEW_FACTS = 5_000;
    /** A fact with more values than this (an applicant text naming many applicants) is checked, never walked. */
    private static final int MAX_LEAD_VALUES = 64;
    /**
     * A fact of several values first reads this many seqs through the (seq, kind, fact) index (some 7 facts each), so
     * a common fact's page costs a bounded walk however many values it has.
     */
    private static final long SEQ_WINDOW = 20_000;
    private static final int SEQ_WINDOWS = 3;

    private final Database database;
    private final ZoneId zone;
    private final int fewApplications;
    private final long fewNotes;
    private final long fewFacts;
    private final long seqWindow;
    private final Map<String, long[]> spans = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > SPANS_KEPT;
        }
    };

    /** @param zone the desk's time zone, in which the filter's days begin and end */
    public HistoryRepository(Database database, ZoneId zone) {
        this(database, zone, FEW_APPLICATIONS, FEW_NOTES, FEW_FACTS, SEQ_WINDOW);
    }

    /**
     * With other thresholds, so tests reach both ways of joining the applications, and of reading the note words,
     * on a small database.
     */
    HistoryRepository(Database database, ZoneId zone, int fewApplications, long fewNotes) {
        this(database, zone, fewApplications, fewNotes, FEW_FACTS, SEQ_WINDOW);
    }

    /**
     * With another threshold for a fact to lead as well, so tests reach both ways on a small database; a small one
     * also makes the windows of a fact of several values small, so such a database reaches the merged walks after them.
     */
    HistoryRepository(Database database, ZoneId zone, int fewApplications, long fewNotes, long fewFacts) {
        this(database, zone, fewApplications, fewNotes, fewFacts, Math.max(1, Math.min(SEQ_WINDOW, fewFacts)));
    }

    private HistoryRepository(Database database, ZoneId zone, int fewApplications, long fewNotes, long fewFacts,
            long seqWindow) {
        this.database = Objects.requireNonNull(database, "database");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.fewApplications = fewApplications;
        this.fewNotes = fewNotes;
        this.fewFacts = fewFacts;
        this.seqWindow = seqWindow;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * Up to {@code limit} matching entries with seq at most {@code ceiling}, following the keyset: newest first
     * they are those with seq below {@code keyset} (Long.MAX_VALUE for the first page), oldest first those
     * above it (0 for the first page).
     */
    public List<AuditEntry> page(HistoryFilter filter, HistorySort sort, long keyset, long ceiling, int limit) {
        return page(filter, sort, keyset, ceiling, limit, new SearchCancel());
    }

    /**
     * As {@link #page(HistoryFilter, HistorySort, long, long, int)}; {@code cancel} stops the query while it runs.
     *
     * @throws CancellationException when cancelled
     */
    public List<AuditEntry> page(HistoryFilter filter, HistorySort sort, long keyset, long ceiling, int limit,
            SearchCancel cancel) {
        return database.withConnection(connection -> page(connection, filter, sort, keyset, ceiling, limit, cancel));
    }

    private List<AuditEntry> page(Connection connection, HistoryFilter filter, HistorySort sort, long keyset,
            long ceiling, int limit, SearchCancel cancel) throws SQLException {
        boolean newest = sort == HistorySort.NEWEST_FIRST;
        long above = newest ? 0 : keyset;
        long atMost = newest ? Math.min(keyset - 1, ceiling) : ceiling;
        Query query = query(connection, filter);
        if (query == null) {
            return List.of();
        }
        HistoryConditions conditions = query.conditions;
        boolean byFacts = query.byFacts;
        boolean throughNotes = query.leadingWord != null;
        query.factLead = byFacts && filter.references().isEmpty() && !throughNotes
                ? factLead(connection, conditions, filter) : null;
        boolean byPrimaryKey = filter.references().isEmpty() && filter.actions().isEmpty()
                && !HistoryFilter.present(filter.actor()) && !query.throughApplications && !throughNotes
                && query.factLead == null;
        if (conditions.hasPeriod()) {
            // The period's seqs, found through the (at, seq) index, keep every walk inside the period: along the
            // key, and along an action's, an actor's, the applications' or a note word's index alike (issue 11:
            // APPROVED + Dy + last 30 days walked every APPROVED entry newer than the period first).
            long[] span = periodSpan(connection, conditions);
            above = Math.max(above, span[0] - 1);
            atMost = Math.min(atMost, span[1]);
            // Entries made out of time order (imports, clock changes) can spread a small period over many seqs:
            // then the period's few entries are read through its index and sorted instead.
            query.throughPeriod = byPrimaryKey && span[2] <= FEW_PERIOD_ENTRIES
                    && span[1] - span[0] > SPREAD * span[2];
        }
        if (atMost <= above || limit <= 0 || query.factLead != null && query.factLead.values().isEmpty()) {
            return List.of();
        }
        String direction = newest ? " DESC" : "";
        List<Object> parameters = new ArrayList<>();
        String sql;
        if (query.factLead != null) {
            if (!filter.actions().isEmpty()) {
                query.also("e.action IN (" + HistoryConditions.marks(filter.actions().size()) + ")",
                        filter.actions().stream().map(AuditAction::name).sorted().toList());
            }
            if (query.factLead.values().size() > 1) {
                return pageOfManyValues(connection, query, newest, above, atMost, limit, cancel);
            }
            sql = query.selectByFact(above, atMost, direction, limit, parameters);
        } else if (filter.references().isEmpty() && !filter.actions().isEmpty() && !throughNotes) {
            List<String> branches = new ArrayList<>();
            String order = HistoryFilter.present(filter.actor())
                    ? "e.action" + direction + ", e.actor" + direction + ", e.seq" + direction
                    : "e.action" + direction + ", e.seq" + direction;
            for (String action : filter.actions().stream().map(AuditAction::name).sorted().toList()) {
                branches.add("(" + query.select("e.action = ?", action, above, atMost, parameters)
                        + " ORDER BY " + order + " FETCH FIRST " + limit + " ROWS ONLY)");
            }
            sql = "SELECT " + AuditRepository.COLUMNS + " FROM (" + String.join(" UNION ALL ", branches)
                    + ") u ORDER BY seq" + direction + " FETCH FIRST " + limit + " ROWS ONLY";
        } else {
            if (!filter.actions().isEmpty()) {
                query.also("e.action IN (" + HistoryConditions.marks(filter.actions().size()) + ")",
                        filter.actions().stream().map(AuditAction::name).sorted().toList());
            }
            String order = filter.references().isEmpty() && HistoryFilter.present(filter.actor()) && !throughNotes
                    ? "e.actor" + direction + ", e.seq" + direction
                    : "e.seq" + direction;
            sql = query.select(null, null, above, atMost, parameters) + " ORDER BY " + order + " FETCH FIRST " + limit
                    + " ROWS ONLY";
        }
        return run(connection, sql, parameters, limit, cancel);
    }

    /**
     * The page when the leading fact has several values (an applicant text's applicants, a code prefix's codes):
     * first through the facts' (seq, kind, fact) index in seq order over the newest (or oldest) {@value #SEQ_WINDOW}
     * seqs, then over windows four times as wide, which finds a page at once when many entries have one of the
     * values (issue 11: 'ganzhou' names 44 applicants with 228,759 entries at 1,000,000 applications, and their 44
     * merged walks of the (kind, fact, seq) key took 1.2 s); after {@value #SEQ_WINDOWS} windows, the merged walks
     * over the seqs beyond them, which stay short when few entries have the values.
     */
    private List<AuditEntry> pageOfManyValues(Connection connection, Query query, boolean newest, long above,
            long atMost, int limit, SearchCancel cancel) throws SQLException {
        String direction = newest ? " DESC" : "";
        long low = above;
        long high = Math.min(atMost, headSeq(connection));
        List<AuditEntry> entries = new ArrayList<>();
        long width = seqWindow;
        int window = 0;
        while (window < SEQ_WINDOWS && high > low && entries.size() < limit) {
            long from = newest ? Math.max(low, high - width) : low;
            long to = newest ? high : Math.min(high, low + width);
            int wanted = limit - entries.size();
            List<Object> parameters = new ArrayList<>();
            List<AuditEntry> read = run(connection, query.selectInSeqWindow(from, to, direction, wanted, parameters),
                    parameters, wanted, cancel);
            // An entry with two of the values (two codes of a prefix) comes once per value, one after the other.
            for (AuditEntry entry : read) {
                if (entries.isEmpty() || entries.get(entries.size() - 1).seq() != entry.seq()) {
                    entries.add(entry);
                }
            }
            if (read.size() >= wanted) {
                // Stopped at the page inside the window: go on after its last entry, in the same window.
                long last = read.get(read.size() - 1).seq();
                if (newest) {
                    high = last - 1;
                } else {
                    low = last;
                }
                continue;
            }
            if (newest) {
                high = from;
            } else {
                low = to;
            }
            width *= 4;
            window++;
        }
        if (entries.size() >= limit || high <= low) {
            return entries;
        }
        List<Object> parameters = new ArrayList<>();
        entries.addAll(run(connection, query.selectByFact(low, high, direction, limit - entries.size(), parameters),
                parameters, limit, cancel));
        return entries;
    }

    /** Runs one page's SELECT; {@code cancel} stops it while it runs. */
    private static List<AuditEntry> run(Connection connection, String sql, List<Object> parameters, int limit,
            SearchCancel cancel) throws SQLException {
        if (cancel.cancelled()) {
            // Cancelled between two statements of one page (the windows of a fact of several values).
            throw new CancellationException("the history search was cancelled");
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<AuditEntry> entries = new ArrayList<>(Math.min(limit, 1000));
            // A walk the indexes cannot keep short (entries matching two filters that rarely meet) can take seconds
            // at millions of entries: the viewer's Cancel stops the statement (JDBC cancel: H2 and PostgreSQL).
            cancel.onCancel(() -> stop(statement));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(AuditRepository.read(rows));
                }
            } catch (SQLException e) {
                if (cancel.cancelled()) {
                    throw new CancellationException("the history search was cancelled");
                }
                throw e;
            } finally {
                cancel.done();
            }
            if (cancel.cancelled()) {
                throw new CancellationException("the history search was cancelled");
            }
            return entries;
        }
    }

    private static void stop(PreparedStatement statement) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            // Already finished or closed: nothing left to stop.
        }
    }

    /**
     * Calls {@code each} for every matching entry with seq at most {@code ceiling}, oldest first, reading pages of
     * {@value #STREAM_PAGE}: for exports of millions of entries in constant memory.
     */
    public void forEach(HistoryFilter filter, long ceiling, AuditRepository.EntryVisitor each) {
        long keyset = 0;
        while (true) {
            List<AuditEntry> page = page(filter, HistorySort.OLDEST_FIRST, keyset, ceiling, STREAM_PAGE);
            for (AuditEntry entry : page) {
                if (!each.visit(entry)) {
                    return;
                }
            }
            if (page.size() < STREAM_PAGE) {
                return;
            }
            keyset = page.get(page.size() - 1).seq();
        }
    }

    /** How many entries with seq at most {@code ceiling} match: a full count, for exports' progress. */
    public long count(HistoryFilter filter, long ceiling) {
        return database.withConnection(connection -> {
            Query query = query(connection, filter);
            if (query == null) {
                return 0L;
            }
            if (!filter.actions().isEmpty()) {
                query.also("e.action IN (" + HistoryConditions.marks(filter.actions().size()) + ")",
                        filter.actions().stream().map(AuditAction::name).sorted().toList());
            }
            List<Object> parameters = new ArrayList<>();
            String sql = "SELECT COUNT(*) FROM (" + query.select(null, null, 0, ceiling, parameters) + ") c";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** A note filter over entries whose words are not indexed yet would silently miss them: refuse it instead. */
    /**
     * The filter's conditions, resolved against the database (applicants, codes, the leading note word, whether the
     * facts are filled), as the query a page or count runs; null when a typed note word begins no entry's words.
     */
    private Query query(Connection connection, HistoryFilter filter) throws SQLException {
        HistoryConditions conditions = new HistoryConditions(filter, zone);
        conditions.resolveApplicants(connection);
        conditions.resolveCodes(connection);
        requireNoteIndex(connection, conditions);
        NoteLead lead = rarestNoteWord(connection, conditions);
        if (lead.absent()) {
            return null;
        }
        boolean byFacts = factsReady(connection, conditions);
        combineActionsAndOutcome(connection, conditions, filter, byFacts);
        return new Query(conditions, !byFacts && fewApplications(connection, conditions), lead, onH2(connection),
                byFacts);
    }

    private static void requireNoteIndex(Connection connection, HistoryConditions conditions) throws SQLException {
        if (!conditions.noteWords().isEmpty()) {
            long pending = NoteWordIndex.pending(connection);
            if (pending > 0) {
                throw new NoteIndexBuildingException(pending);
            }
        }
    }

    /**
     * Whether the application's parts can be read from the entries' facts (history_fact, V58): once the facts of
     * the entries from before V58 are filled. Until then they join the applications, as before.
     */
    private static boolean factsReady(Connection connection, HistoryConditions conditions) throws SQLException {
        return conditions.concernsApplications() && HistoryFactIndex.pending(connection) == 0;
    }

    /**
     * With actions and an outcome, reads them as one fact (V64: the entry's action with its application's status),
     * once those facts are filled: DENIED + APPROVED then finds its few entries, or none, in one walk, where either
     * side alone has tens of thousands of entries that the other must check.
     */
    private static void combineActionsAndOutcome(Connection connection, HistoryConditions conditions,
            HistoryFilter filter, boolean byFacts) throws SQLException {
        if (byFacts && filter.outcome() != null && !filter.actions().isEmpty()
                && HistoryFactIndex.actionPending(connection) == 0) {
            conditions.combineActionsAndOutcome(filter.actions().stream().map(AuditAction::name)
                    .collect(java.util.stream.Collectors.toSet()));
        }
    }

    /**
     * The fact whose entries lead the walk: the one fewest entries have, counted up to {@value #FEW_FACTS} (a fact
     * of several values, an applicant text's ids or a prefix's codes, walks each and merges). When actions or an
     * actor could lead instead, they lead if they have fewer entries than the fact (counted the same way; a tie goes
     * to the fact), so DENIED + country JP walks the denials. Null for none.
     */
    private FactLead factLead(Connection connection, HistoryConditions conditions, HistoryFilter filter)
            throws SQLException {
        FactLead best = null;
        boolean alone = conditions.facts().size() == 1 && filter.actions().isEmpty()
                && !HistoryFilter.present(filter.actor());
        for (HistoryConditions.Fact fact : conditions.facts()) {
            if (fact.values().size() > MAX_LEAD_VALUES) {
                continue;
            }
            if (alone) {
                // Nothing to compare with: the fact leads, uncounted.
                return new FactLead(fact, fewFacts + 1);
            }
            long entries = 0;
            for (String value : fact.values()) {
                entries += count(connection, "history_fact WHERE kind = ? AND fact = ?", List.of(fact.kind(), value),
                        fewFacts + 1 - entries);
                if (entries > fewFacts) {
                    break;
                }
            }
            // On a tie (both common) the fact of fewer values: one walk rather than many merged (issue 11: the
            // outcome or the code rather than 'ganzhou''s 44 applicants).
            if (best == null || entries < best.entries()
                    || entries == best.entries() && fact.values().size() < best.values().size()) {
                best = new FactLead(fact, entries);
            }
        }
        if (best == null || best.entries() == 0) {
            return best;
        }
        String actor = HistoryFilter.present(filter.actor()) ? filter.actor().strip() : null;
        // A tie goes to a fact of one value, and to the actions or actor against a fact of several: its merged walks
        // each need a page of entries the actions or actor also have (issue 11: 'ganzhou' + DENIED or li.na).
        boolean several = best.values().size() > 1;
        if (several && best.entries() > fewFacts && (!filter.actions().isEmpty() || actor != null)) {
            return null; // both common, as far as counted
        }
        long atMost = several ? best.entries() + 1 : best.entries();
        if (!filter.actions().isEmpty()) {
            long entries = 0;
            for (AuditAction action : filter.actions()) {
                entries += actor == null
                        ? count(connection, "audit_entry WHERE action = ?", List.of(action.name()), atMost)
                        : count(connection, "audit_entry WHERE action = ? AND actor = ?", List.of(action.name(), actor),
                                atMost);
                if (entries >= atMost) {
                    return best;
                }
            }
            return null;
        }
        if (actor != null && count(connection, "audit_entry WHERE actor = ?", List.of(actor), atMost) < atMost) {
            return null;
        }
        return best;
    }

    /** How many rows of {@code tableAndCondition} there are, counted up to {@code atMost}. */
    private static long count(Connection connection, String tableAndCondition, List<?> parameters, long atMost)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM "
                + tableAndCondition + " FETCH FIRST " + Math.max(1, atMost) + " ROWS ONLY) c")) {
            bind(statement, parameters);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The fact that leads (one walk per value, merged) and how many entries have it (counted up to a cap). */
    private record FactLead(HistoryConditions.Fact fact, long entries) {
        List<String> values() {
            return fact.values();
        }
    }

    private boolean fewApplications(Connection connection, HistoryConditions conditions) throws SQLException {
        if (!conditions.concernsApplications()) {
            return false;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT 1 FROM licence_application a WHERE "
                        + conditions.applicationCondition() + " FETCH FIRST " + (fewApplications + 1)
                        + " ROWS ONLY) f")) {
            bind(statement, conditions.applicationParameters());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1) <= fewApplications;
            }
        }
    }

    /**
     * The typed note word that begins the fewest entries' words, when at most {@value #FEW_NOTES} do: then the walk
     * goes through that word's part of the (word, seq) key. No word when every word is common (or none was typed),
     * and the walk checks each entry's words through the (seq, word) index instead.
     */
    private NoteLead rarestNoteWord(Connection connection, HistoryConditions conditions) throws SQLException {
        String rarest = null;
        boolean glued = false;
        long fewest = fewNotes + 1;
        // The typed text's glued word starts ("-user" of "end-user") first, once the older notes' are filled (V63):
        // mostly rarer than its words when those are common, so the words are then counted only up to them (counting
        // two common words up to the limit cost more than the page); a text none of whose notes has one is found
        // nowhere at once.
        if (!conditions.noteGlue().isEmpty() && NoteWordIndex.gluePending(connection) == 0) {
            for (String glue : conditions.noteGlue()) {
                long count = countPrefix(connection, "audit_note_glue", "glue", glue, fewest);
                if (count < fewest) {
                    fewest = count;
                    rarest = glue;
                    glued = true;
                }
            }
        }
        for (String word : conditions.noteWords()) {
            if (fewest == 0) {
                break;
            }
            long count = countPrefix(connection, "audit_note_word", "word", word, fewest);
            if (count < fewest) {
                fewest = count;
                rarest = word;
                glued = false;
            }
        }
        return new NoteLead(rarest, fewest, glued);
    }

    /** How many rows of {@code table} have a {@code column} that begins with {@code prefix}, counted up to {@code atMost}. */
    private static long countPrefix(Connection connection, String table, String column, String prefix, long atMost)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM " + table
                + " WHERE " + column + " >= ? AND " + column + " < ? FETCH FIRST " + Math.max(1, atMost)
                + " ROWS ONLY) n")) {
            statement.setString(1, prefix);
            statement.setString(2, NoteWords.upperBound(prefix));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * The note word (or glued word start, when {@code glued}) that leads the walk (null for none) and how many index
     * entries begin with it; none means no entry can match (H2 would otherwise walk every entry for an empty IN list).
     */
    private record NoteLead(String word, long entries, boolean glued) {
        boolean absent() {
            return word != null && entries == 0;
        }
    }

    /**
     * The first and last seq of the entries in the filter's period, and how many there are (entries appended since
     * counted in). Finding them scans the period's part of the
     * (at, seq) index, so they are kept: entries are only ever appended, with higher seqs, so a kept span stays
     * right once its last seq is widened to the head that has moved on since.
     */
    private long[] periodSpan(Connection connection, HistoryConditions conditions) throws SQLException {
        long head = headSeq(connection);
        String key = conditions.atFrom() + "/" + conditions.atBefore();
        long[] known;
        synchronized (spans) {
            known = spans.get(key);
        }
        if (known == null) {
            known = scanPeriod(connection, conditions, head);
            synchronized (spans) {
                spans.put(key, known);
            }
        }
        if (head <= known[2]) {
            return new long[] {known[0], known[1], known[3]};
        }
        return new long[] {known[0] == 0 ? known[2] + 1 : known[0], head, known[3] + head - known[2]};
    }

    /**
     * The period's first and last seq up to {@code head} (0 and 0 when it has none), that head, and how many entries
     * the period holds.
     */
    private static long[] scanPeriod(Connection connection, HistoryConditions conditions, long head)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        List<String> bounds = new ArrayList<>();
        if (conditions.atFrom() != null) {
            bounds.add("at >= ?");
            parameters.add(conditions.atFrom());
        }
        if (conditions.atBefore() != null) {
            bounds.add("at < ?");
            parameters.add(conditions.atBefore());
        }
        parameters.add(head);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0), COUNT(*) FROM audit_entry WHERE "
                        + String.join(" AND ", bounds) + " AND seq <= ?")) {
            bind(statement, parameters);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2), head, row.getLong(3)};
            }
        }
    }

    private static long headSeq(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT seq FROM audit_head WHERE id = 1");
             ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
    }

    private static boolean onH2(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }

    /** One SELECT over audit_entry with the filter's conditions and a seq window. */
    private static final class Query {
        private final HistoryConditions conditions;
        private final boolean throughApplications;
        /** The note word (or glued word start) whose index entries lead the walk, or null. */
        private final NoteLead leadingWord;
        private boolean throughPeriod;
        /** The application's parts are read from the entries' facts (history_fact) rather than joined. */
        private final boolean byFacts;
        /** The fact whose index walk leads, or null. */
        private FactLead factLead;
        private final List<String> extra = new ArrayList<>();
        private final List<Object> extraParameters = new ArrayList<>();

        /** H2 takes an index hint; PostgreSQL has no hints (its planner picks audit_entry_at_ix by itself). */
        private final boolean h2;

        Query(HistoryConditions conditions, boolean throughApplications, NoteLead leadingWord, boolean h2,
                boolean byFacts) {
            this.h2 = h2;
            this.byFacts = byFacts;
            this.conditions = conditions;
            this.throughApplications = throughApplications;
            this.leadingWord = leadingWord.word() == null ? null : leadingWord;
        }

        void also(String condition, List<?> parameters) {
            extra.add(condition);
            extraParameters.addAll(parameters);
        }

        /** The SELECT with its WHERE; appends its parameters in order. */
        String select(String leading, Object leadingParameter, long above, long atMost, List<Object> parameters) {
            return select(leading, leadingParameter == null ? List.of() : List.of(leadingParameter), above, atMost,
                    parameters);
        }

        String select(String leading, List<?> leadingParameters, long above, long atMost, List<Object> parameters) {
            StringBuilder sql = new StringBuilder("SELECT ").append(prefixed()).append(" FROM audit_entry e ")
                    .append(throughPeriod && h2 ? "USE INDEX (audit_entry_at_ix) WHERE " : "WHERE ");
            if (leading != null) {
                sql.append(leading).append(" AND ");
                parameters.addAll(leadingParameters);
            }
            appendEntryConditions(sql, conditions.entryCondition(), above, atMost, parameters);
            appendApplicationConditions(sql, "e", parameters);
            sql.append(" AND e.seq > ? AND e.seq <= ?");
            parameters.add(above);
            parameters.add(atMost);
            return sql.toString();
        }

        /**
         * The page of entries with seq in ({@code above}, {@code atMost}] that have one of the leading fact's values,
         * walking the (seq, kind, fact) index in seq order (named on H2, which would take the key's (kind, fact)
         * ranges) and stopping after the page, with the filter's other conditions; appends its parameters.
         */
        String selectInSeqWindow(long above, long atMost, String direction, int limit, List<Object> parameters) {
            StringBuilder sql = new StringBuilder("SELECT ").append(prefixed()).append(" FROM history_fact l ")
                    .append(h2 ? "USE INDEX (history_fact_seq_ix) " : "")
                    .append("JOIN audit_entry e ON e.seq = l.seq WHERE l.kind = ? AND l.fact IN (")
                    .append(HistoryConditions.marks(factLead.values().size())).append(") AND l.seq > ? AND l.seq <= ? AND ");
            parameters.add(factLead.fact().kind());
            parameters.addAll(factLead.values());
            parameters.add(above);
            parameters.add(atMost);
            appendEntryConditions(sql, conditions.entryCondition(), above, atMost, parameters);
            appendApplicationConditions(sql, "l", parameters);
            return sql.append(" ORDER BY l.seq").append(direction).append(" FETCH FIRST ").append(limit)
                    .append(" ROWS ONLY").toString();
        }

        /**
         * The page as walks along the leading fact's (kind, fact, seq) key, one per value, in seq order, each stopping
         * after {@code limit} matches; several are merged by seq (an entry with two of the codes counted once).
         */
        String selectByFact(long above, long atMost, String direction, int limit, List<Object> parameters) {
            List<String> walks = new ArrayList<>();
            boolean merged = factLead.values().size() > 1;
            // Merged walks need only seqs: without conditions on the entry they never read it.
            boolean readEntry = !merged || conditions.concernsEntries() || !extra.isEmpty()
                    || !conditions.noteWords().isEmpty();
            for (String value : factLead.values()) {
                StringBuilder sql = new StringBuilder("SELECT ").append(merged ? "l.seq" : prefixed())
                        .append(" FROM history_fact l ").append(readEntry ? "JOIN audit_entry e ON e.seq = l.seq " : "")
                        .append("WHERE l.kind = ? AND l.fact = ? AND l.seq > ? AND l.seq <= ? AND ");
                parameters.addAll(List.of(factLead.fact().kind(), value, above, atMost));
                appendEntryConditions(sql, readEntry ? conditions.entryCondition() : "1 = 1", above, atMost,
                        parameters);
                appendApplicationConditions(sql, "l", parameters);
                // Ordered as the key is, so the walk reads it in order and stops after the page (H2 sorts otherwise).
                sql.append(" ORDER BY l.kind").append(direction).append(", l.fact").append(direction)
                        .append(", l.seq").append(direction).append(" FETCH FIRST ").append(limit)
                        .append(" ROWS ONLY");
                walks.add(merged ? "(" + sql + ")" : sql.toString());
            }
            if (!merged) {
                return walks.get(0);
            }
            return "SELECT " + prefixed() + " FROM (SELECT s.seq FROM (" + String.join(" UNION ", walks) + ") s "
                    + "ORDER BY s.seq" + direction + " FETCH FIRST " + limit + " ROWS ONLY) p "
                    + "JOIN audit_entry e ON e.seq = p.seq ORDER BY e.seq" + direction;
        }

        /**
         * The conditions on the entry itself ({@code entryCondition}: the filter's, or "1 = 1" where the walk does not
         * read the entry), then the added ones ({@link #also}) and the note words; appends their parameters in order.
         */
        private void appendEntryConditions(StringBuilder sql, String entryCondition, long above, long atMost,
                List<Object> parameters) {
            sql.append(entryCondition);
            parameters.addAll(conditions.entryParameters());
            for (String condition : extra) {
                sql.append(" AND ").append(condition);
            }
            parameters.addAll(extraParameters);
            appendNoteWords(sql, above, atMost, parameters);
        }

        /**
         * The typed note words: the leading word (or glued word start) as a walk of its index within the seq window,
         * each other word as an EXISTS on the entry. A fact-led walk has no leading word (a note word leads first).
         */
        private void appendNoteWords(StringBuilder sql, long above, long atMost, List<Object> parameters) {
            if (leadingWord != null && leadingWord.glued()) {
                sql.append(" AND e.seq IN (SELECT g.seq FROM audit_note_glue g WHERE g.glue >= ? AND g.glue < ?"
                        + " AND g.seq > ? AND g.seq <= ?)");
                parameters.addAll(List.of(leadingWord.word(), NoteWords.upperBound(leadingWord.word()), above,
                        atMost));
            }
            for (String word : conditions.noteWords()) {
                if (leadingWord != null && !leadingWord.glued() && word.equals(leadingWord.word())) {
                    sql.append(" AND e.seq IN (SELECT w.seq FROM audit_note_word w WHERE w.word >= ? AND w.word < ?"
                            + " AND w.seq > ? AND w.seq <= ?)");
                    parameters.addAll(List.of(word, NoteWords.upperBound(word), above, atMost));
                } else {
                    sql.append(" AND EXISTS (SELECT 1 FROM audit_note_word w WHERE w.seq = e.seq AND w.word >= ?"
                            + " AND w.word < ?)");
                    parameters.addAll(List.of(word, NoteWords.upperBound(word)));
                }
            }
        }

        /** The application's parts: as facts of the entry ({@code alias}.seq), or joined from the application. */
        private void appendApplicationConditions(StringBuilder sql, String alias, List<Object> parameters) {
            if (byFacts) {
                for (HistoryConditions.Fact fact : conditions.facts()) {
                    if (factLead == null || fact != factLead.fact()) {
                        sql.append(" AND ").append(fact.condition(alias, h2, parameters));
                    }
                }
            } else if (conditions.concernsApplications()) {
                sql.append(throughApplications
                        ? " AND e.application_ref IN (SELECT a.reference FROM licence_application a WHERE "
                        : " AND EXISTS (SELECT 1 FROM licence_application a WHERE a.reference = e.application_ref AND ")
                        .append(conditions.applicationCondition()).append(')');
                parameters.addAll(conditions.applicationParameters());
            }
        }

        private static String prefixed() {
            return "e." + AuditRepository.COLUMNS.replace(", ", ", e.");
        }
    }
}
