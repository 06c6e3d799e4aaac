package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.licensedesk.domain.QueueWords;

/**
 * The queue_word table (V59): each application's {@link QueueWords}, which the queue's text filter looks up by
 * prefix. Written on the caller's transaction by every write of the columns they come from: the intake's insert
 * ({@code ApplicationRepository}) and each change of the assignee ({@code WorkflowStateRepository},
 * {@code AppealRepository}); nothing changes a filed reference or applicant name.
 */
public final class QueueWordIndex {
    private static final int INSERT_BATCH = 5_000;
    /**
     * A typed word found in fewer applications than this leads the queue's query (its applications are read and
     * sorted); when every word is more common, the query walks the statuses' rows in order instead, checking each
     * word per row, and stops after the page (measured on 20,000 generated: docs/benchmarks.md).
     */
    static final int LEADING_LIMIT = 5_000;
    private static final String INSERT = "INSERT INTO queue_word (word, application_id) VALUES (?, ?)";
    private static final String COLUMNS = "SELECT a.id, a.reference, a.applicant_name, "
            + "COALESCE(a.applicant_name_local, p.name_local), a.assignee "
            + "FROM licence_application a JOIN applicant p ON p.id = a.applicant_id";

    private QueueWordIndex() {
    }

    /** An application's words and its id. */
    record Words(long applicationId, List<String> words) {
    }

    /** Inserts the words of freshly inserted applications (none of which has words yet). */
    static void insert(Connection connection, List<Words> applications) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, INSERT, INSERT_BATCH)) {
            for (Words application : applications) {
                for (String word : application.words()) {
                    insert.add(word, application.applicationId());
                }
            }
            insert.flush();
        }
    }

    /**
     * Moves the application from its former assignee's words to its new one's: only the words that differ, and none
     * that its reference or applicant's name also has (a username and a name may share a word).
     */
    static void assigneeChanged(Connection connection, String reference, String former, String assignee)
            throws SQLException {
        long id;
        Set<String> named = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(COLUMNS + " WHERE a.reference = ?")) {
            query.setString(1, reference);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                id = row.getLong(1);
                named.addAll(QueueWords.of(row.getString(2), row.getString(3), row.getString(4), null));
            }
        }
        List<String> formerWords = QueueWords.of(null, null, null, former);
        List<String> newWords = QueueWords.of(null, null, null, assignee);
        Set<String> gone = new HashSet<>(formerWords);
        gone.removeAll(named);
        gone.removeAll(newWords);
        Set<String> added = new HashSet<>(newWords);
        added.removeAll(named);
        added.removeAll(formerWords);
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM queue_word WHERE word = ? AND application_id = ?")) {
            for (String word : gone) {
                delete.setString(1, word);
                delete.setLong(2, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        insert(connection, List.of(new Words(id, List.copyOf(added))));
    }

    /**
     * Fills the words of every application in the database, which has none yet: the V59_1 migration, on Flyway's
     * connection and transaction. Reads the applications in chunks and inserts in JDBC batches.
     */
    public static void fillAll(Connection connection) throws SQLException {
        long after = 0;
        while (true) {
            List<Words> chunk = new java.util.ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    COLUMNS + " WHERE a.id > ? ORDER BY a.id FETCH FIRST " + INSERT_BATCH + " ROWS ONLY")) {
                query.setLong(1, after);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        chunk.add(words(row));
                    }
                }
            }
            if (chunk.isEmpty()) {
                return;
            }
            insert(connection, chunk);
            after = chunk.get(chunk.size() - 1).applicationId();
        }
    }

    /**
     * Which typed word should lead the queue's query: the one found in the fewest applications, if under
     * {@code limit} ({@link #LEADING_LIMIT} but in tests); -1 if every word is that common (or there are none). Each word's count stops at the
     * limit, so a keystroke costs at most that many index entries per word.
     */
    static int leadingWord(Connection connection, List<String> words, int limit) throws SQLException {
        int leading = -1;
        long fewest = limit;
        if (limit <= 0) {
            return leading;
        }
        try (PreparedStatement probe = connection.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 AS found "
                + "FROM queue_word WHERE word >= ? AND word < ? FETCH FIRST " + limit + " ROWS ONLY) w")) {
            for (int i = 0; i < words.size(); i++) {
                probe.setString(1, words.get(i));
                probe.setString(2, QueueWords.upperBound(words.get(i)));
                try (ResultSet row = probe.executeQuery()) {
                    row.next();
                    long found = row.getLong(1);
                    if (found < fewest) {
                        fewest = found;
                        leading = i;
                    }
                }
            }
        }
        return leading;
    }

    /**
     * Entries of queue_word read per statement by {@link #applications}: under H2's MAX_MEMORY_ROWS (40,000 per GB
     * of heap), above which a result is first written to a temporary store.
     */
    static final int READ_CHUNK = 20_000;

    /**
     * The applications with a word beginning each of the typed words (all of them): what a query whose every word is
     * common ({@link #leadingWord} -1) checks its rows against in memory. Each word's key range of queue_word is read
     * in order, in chunks of {@code chunk} entries ({@link #READ_CHUNK} but in tests): sequential reads of the index, where an {@code EXISTS} per candidate row probed
     * {@code (application_id, word)} at random (every open application's probe for a count: 437,099 page reads and
     * 21-31 s for 'ganzhou' on 1,000,000 generated, docs/benchmarks.md).
     */
    static Applications applications(Connection connection, List<String> words, int chunk) throws SQLException {
        Applications all = null;
        try (PreparedStatement first = connection.prepareStatement("SELECT word, application_id FROM queue_word "
                + "WHERE word >= ? AND word < ? ORDER BY word, application_id FETCH FIRST " + chunk
                + " ROWS ONLY");
                PreparedStatement next = connection.prepareStatement("SELECT word, application_id FROM queue_word "
                        + "WHERE word >= ? AND word < ? AND (word, application_id) > (?, ?) "
                        + "ORDER BY word, application_id FETCH FIRST " + chunk + " ROWS ONLY")) {
            for (String word : words) {
                Applications found = new Applications();
                String lastWord = null;
                long lastId = 0;
                while (true) {
                    PreparedStatement query = lastWord == null ? first : next;
                    query.setString(1, word);
                    query.setString(2, QueueWords.upperBound(word));
                    if (lastWord != null) {
                        query.setString(3, lastWord);
                        query.setLong(4, lastId);
                    }
                    int read = 0;
                    try (ResultSet row = query.executeQuery()) {
                        while (row.next()) {
                            lastWord = row.getString(1);
                            lastId = row.getLong(2);
                            found.add(lastId);
                            read++;
                        }
                    }
                    if (read < chunk) {
                        break;
                    }
                }
                all = all == null ? found : all.retain(found);
            }
        }
        return all == null ? new Applications() : all;
    }

    /** A set of application ids: a bit each (ids are dense from 1), any beyond an int in a hash set. */
    static final class Applications {
        private final BitSet small = new BitSet();
        private final Set<Long> large = new HashSet<>();

        void add(long id) {
            if (id >= 0 && id < Integer.MAX_VALUE) {
                small.set((int) id);
            } else {
                large.add(id);
            }
        }

        boolean contains(long id) {
            return id >= 0 && id < Integer.MAX_VALUE ? small.get((int) id) : large.contains(id);
        }

        boolean isEmpty() {
            return small.isEmpty() && large.isEmpty();
        }

        Applications retain(Applications other) {
            small.and(other.small);
            large.retainAll(other.large);
            return this;
        }
    }

    /**
     * The WHERE conditions of typed words on licence_application: each must begin one of the application's words.
     * The leading word (if any) as {@code id IN (its applications)}, which the database reads from the word's key
     * range and looks up by id; every other word as an EXISTS on {@code (application_id, word)}, checked per row.
     */
    static String conditions(List<String> words, int leading, List<Object> parameters) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            where.append(i == leading
                    ? " AND id IN (SELECT application_id FROM queue_word WHERE word >= ? AND word < ?)"
                    : " AND EXISTS (SELECT 1 FROM queue_word q WHERE q.application_id = licence_application.id "
                            + "AND q.word >= ? AND q.word < ?)");
            parameters.add(words.get(i));
            parameters.add(QueueWords.upperBound(words.get(i)));
        }
        return where.toString();
    }

    private static Words words(ResultSet row) throws SQLException {
        return new Words(row.getLong(1),
                QueueWords.of(row.getString(2), row.getString(3), row.getString(4), row.getString(5)));
    }
}
