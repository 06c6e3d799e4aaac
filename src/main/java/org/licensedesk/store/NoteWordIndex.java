package org.licensedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.licensedesk.domain.AuditEntry;
import org.licensedesk.domain.history.NoteWords;

/**
 * The audit_note_word table: each entry's note words ({@link NoteWords}), written with the entry on the same
 * transaction, and filled once for the entries written before V12 created it. That fill runs apart from opening
 * and appending (the window starts it in the background; history commands run it first), and until it is done the
 * note filter says so instead of missing older entries.
 */
public final class NoteWordIndex {
    /** Entries per transaction while filling an older database. */
    static final int FILL_CHUNK = EntryFill.CHUNK;
    private static final EntryFill FILL = new EntryFill("audit_note_word_fill", NoteWordIndex::fillChunk);
    private static final EntryFill GLUE_FILL = new EntryFill("audit_note_glue_fill", NoteWordIndex::fillGlueChunk);
    private static final int INSERT_BATCH = 5_000;

    private final Database database;

    public NoteWordIndex(Database database) {
        this.database = database;
    }

    /** Inserts the words and glued word starts of freshly appended entries, on the caller's transaction. */
    static void write(Connection connection, List<AuditEntry> entries) throws SQLException {
        writeWords(connection, entries);
        List<Long> seqs = new ArrayList<>(entries.size());
        List<String> notes = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            seqs.add(entry.seq());
            notes.add(entry.note());
        }
        writeGlue(connection, seqs, notes);
    }

    private static void writeWords(Connection connection, List<AuditEntry> entries) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "INSERT INTO audit_note_word (word, seq) VALUES (?, ?)",
                INSERT_BATCH)) {
            for (AuditEntry entry : entries) {
                for (String word : NoteWords.of(entry.note())) {
                    insert.add(word, entry.seq());
                }
            }
            insert.flush();
        }
    }

    /** Inserts the glued word starts ({@link NoteWords#glued}, V63) of the notes of entries {@code seqs}. */
    private static void writeGlue(Connection connection, List<Long> seqs, List<String> notes) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "INSERT INTO audit_note_glue (glue, seq) VALUES (?, ?)",
                INSERT_BATCH)) {
            for (int n = 0; n < seqs.size(); n++) {
                for (String glue : NoteWords.glued(notes.get(n))) {
                    insert.add(glue, seqs.get(n));
                }
            }
            insert.flush();
        }
    }

    /** How many entries from before V12 still wait for their note words (0 once the fill is done). */
    public long pending() {
        return database.withConnection(NoteWordIndex::pending);
    }

    static long pending(Connection connection) throws SQLException {
        return FILL.pending(connection);
    }

    /**
     * How many entries from before V63 still wait for their glued word starts (0 once the fill is done); meanwhile
     * a note filter reads the words alone, as before.
     */
    public long gluePending() {
        return database.withConnection(NoteWordIndex::gluePending);
    }

    static long gluePending(Connection connection) throws SQLException {
        return GLUE_FILL.pending(connection);
    }

    /**
     * Writes the glued word starts of the entries stored before V63, as {@link #fillMissing(BooleanSupplier,
     * LongConsumer)} does the words; returns how many entries it filled.
     */
    public long fillGlue(BooleanSupplier cancelled, LongConsumer filledSoFar) {
        return GLUE_FILL.fill(database, cancelled, filledSoFar);
    }

    /** As {@link #fillMissing(BooleanSupplier, LongConsumer)}, to the end. */
    public long fillMissing() {
        return fillMissing(() -> false, filled -> { });
    }

    /**
     * Writes the words of the entries stored before V12, {@value #FILL_CHUNK} entries per transaction, recording how
     * far it got so an interrupted (or cancelled) fill resumes; returns how many entries it filled.
     *
     * @param filledSoFar told after each chunk how many entries this call has filled
     */
    public long fillMissing(BooleanSupplier cancelled, LongConsumer filledSoFar) {
        return FILL.fill(database, cancelled, filledSoFar);
    }

    private static void fillChunk(Connection connection, long from, long upTo) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>(FILL_CHUNK);
        try (PreparedStatement query = connection.prepareStatement("SELECT " + AuditRepository.COLUMNS
                + " FROM audit_entry WHERE seq > ? AND seq <= ? ORDER BY seq")) {
            query.setLong(1, from);
            query.setLong(2, upTo);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(AuditRepository.read(rows));
                }
            }
        }
        writeWords(connection, entries);
    }

    private static void fillGlueChunk(Connection connection, long from, long upTo) throws SQLException {
        List<Long> seqs = new ArrayList<>(FILL_CHUNK);
        List<String> notes = new ArrayList<>(FILL_CHUNK);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT seq, note FROM audit_entry WHERE seq > ? AND seq <= ? ORDER BY seq")) {
            query.setLong(1, from);
            query.setLong(2, upTo);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    seqs.add(rows.getLong(1));
                    notes.add(rows.getString(2));
                }
            }
        }
        writeGlue(connection, seqs, notes);
    }
}
